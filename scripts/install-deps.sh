#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs, on Debian 12 as root, only the packages that are missing: everything the build
# and the tests need, from a minbase root up (scripts/check-fresh.sh proves it).
# Idempotent; one dpkg-query when all is present. To add a package, add it to a group below
# (one group per purpose, a comment saying who needs it).
set -euo pipefail
pkgs=(
  # build (zlib1g-dev: libxlsxwriter-dev's pkg-config names -lz but does not depend on it)
  build-essential cmake ninja-build pkg-config git zlib1g-dev
  # Qt 6.4.2 (Qt Charts needs libqt6opengl6-dev, QtHttpServer needs qt6-websockets-dev)
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite qt6-httpserver-dev
  qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  # libraries
  qtkeychain-qt6-dev libsecret-1-0 libsodium-dev libsqlite3-dev libxlsxwriter-dev
  libsimdjson-dev
  # runtime and tests: CJK fonts, Xvfb (xvfb-run needs xauth), a Secret Service, PDF tools
  fonts-noto-cjk xvfb xauth dbus dbus-x11 gnome-keyring poppler-utils imagemagick
  sqlite3 openssl procps unzip
  # printed queue and record: Latin letters and digits in DejaVu Sans (Noto CJK's Latin
  # glyphs lose their digits in pdftotext, see ui/queue/QueuePrinting.cpp)
  fonts-dejavu-core
  # Qt SVG: the dashboard saves charts as SVG (QSvgGenerator)
  qt6-svg-dev
  # bulletin tests: the ODT/XLSX round trip through LibreOffice headless
  libreoffice-writer-nogui libreoffice-calc-nogui
  # fuzzing
  clang libclang-rt-14-dev
  # packaging (packaging/README.md): PNG icons from the SVG (rsvg-convert); cpack's .deb
  # (file, dpkg-shlibdeps from dpkg-dev); its checks (appstreamcli, lintian)
  librsvg2-bin file dpkg-dev appstream lintian
)
missing=()
mapfile -t present < <(dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' "${pkgs[@]}" 2>/dev/null |
  awk '$1 == "ii" { print $2 }')
declare -A have=()
for p in "${present[@]}"; do have[$p]=1; done
for p in "${pkgs[@]}"; do [ -n "${have[$p]:-}" ] || missing+=("$p"); done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#pkgs[@]} packages present" >&2
  exit 0
fi
echo "install-deps: installing ${missing[*]}" >&2
if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: run as root (or install the packages above yourself)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
