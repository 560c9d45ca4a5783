#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian package into a clean Debian 12 root (the cached minbase root of
# check-fresh.sh), uses it as an operator would (a normal user runs `pingjia --version`,
# `pingjia --help`, `pingjia demo --headless` and `man pingjia`), then purges it and checks
# that nothing of it is left outside that user's data. Exits non-zero naming the failed step.
#
#   sudo ./scripts/check-package.sh [--deb FILE] [--keep] [--refresh-base]
#
# Without --deb it makes the package first (cpack -G DEB in $PINGJIA_BUILD_DIR, default
# ./build, which must be configured; see packaging/README.md). Needs network only to the
# Debian mirror, for the package's dependencies. Takes minutes: not part of .ci/run.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
deb=
keep=0
refresh=0
while [ $# -gt 0 ]; do
  case "$1" in
    --deb) deb=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    --refresh-base) refresh=1; shift ;;
    -h|--help) sed -n '3,11p' "$0"; exit 0 ;;
    *) echo "check-package: unknown argument $1 (see --help)" >&2; exit 1 ;;
  esac
done

say() { echo "check-package: $*" >&2; }
die() { say "$*"; exit 1; }
step() { echo "===== $*"; }

# shellcheck source=lib/debian-root.sh
. "$repo/scripts/lib/debian-root.sh"
debian_root_require_tools dpkg-deb

# --- the package ----------------------------------------------------------------------------
if [ -z "$deb" ]; then
  build=${PINGJIA_BUILD_DIR:-$repo/build}
  [ -f "$build/CPackConfig.cmake" ] || die "$build is not configured (run ./scripts/build.sh)"
  say "making the package in $build/package"
  (cd "$build" && cpack -G DEB -B "$build/package" >"$build/package.log" 2>&1) ||
    { tail -n 20 "$build/package.log" >&2; die "cpack failed (log: $build/package.log)"; }
  deb=$(ls -t "$build"/package/pingjia_*.deb | head -n1)
fi
[ -f "$deb" ] || die "no package $deb"
deb=$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")
version=$(dpkg-deb -f "$deb" Version)
say "package $deb (version $version)"

debian_root_mirrors
debian_root_base
debian_root_create
debian_root_mount
say "root $root (mirror $mirror)"

failed=()
check() { # NAME COMMAND… : runs it, prints its output, remembers a failure
  local name=$1 rc
  shift
  step "$name"
  set +e
  "$@" 2>&1
  rc=$?
  set -e
  echo "----- exit $rc"
  [ "$rc" -eq 0 ] || failed+=("$name")
}

# Everything in the root but the kernel's, the package manager's own state and caches,
# and /tmp: the files an installation could leave behind.
snapshot() {
  in_root find / -xdev \( -path /proc -o -path /sys -o -path /dev -o -path /run -o \
    -path /tmp -o -path /var/cache -o -path /var/lib/apt -o -path /var/lib/dpkg -o \
    -path /var/log -o -path /var/lib/ucf -o -path /etc/ld.so.cache \) -prune -o -print |
    LC_ALL=C sort
}

# An operator (user zhangsan): a normal user with a home, and the tools a desktop has (a D-Bus session
# bus, man). They are there before the package, so they are not counted as its leftovers.
t0=$SECONDS
in_root_env=(DEBIAN_FRONTEND=noninteractive)
check "prepare: user 'zhangsan', apt-get install dbus man-db" in_root sh -c '
  useradd --create-home --shell /bin/bash zhangsan &&
  apt-get update -q >/dev/null &&
  apt-get install -y -q --no-install-recommends dbus man-db >/dev/null'
[ ${#failed[@]} -eq 0 ] || die "could not prepare the root"
snapshot >"$work/before.txt"

cp "$deb" "$root/tmp/"
check "apt-get install ./$(basename "$deb") (with Recommends)" in_root sh -c "
  apt-get install -y -q /tmp/$(basename "$deb") >/tmp/install.log 2>&1
  rc=\$?; tail -n 5 /tmp/install.log; exit \$rc"
[ ${#failed[@]} -eq 0 ] || die "the package does not install"
say "installed with its dependencies in $((SECONDS - t0)) s"
dpkg-deb --fsys-tarfile "$deb" | tar -t | sed 's|^\./|/|; s|/$||' | grep -v '^\.\?$' \
  >"$work/package-paths.txt"

# As zhangsan, in a login-like environment with a private D-Bus session and an
# unlocked throwaway keyring (what a desktop session gives; tests/launchers/with-keyring.sh).
as_operator() {
  in_root_dir=/home/zhangsan in_root runuser -u zhangsan -- env -i HOME=/home/zhangsan USER=zhangsan LOGNAME=zhangsan \
    PATH=/usr/bin:/bin LANG=C.UTF-8 TERM=dumb "$@"
}
with_session() {
  as_operator sh -c 'export XDG_RUNTIME_DIR=$(mktemp -d); cd "$HOME"
    exec dbus-run-session -- sh -c "printf throwaway | gnome-keyring-daemon --unlock \
      --components=secrets >/dev/null 2>&1; exec \"\$@\"" sh "$@"' sh "$@"
}

# The checks, each a function: its output is shown, its status counts.
t_version() {
  local out
  out=$(as_operator pingjia --version) || return 1
  echo "$out"
  [ "$out" = "pingjia $version" ] || { echo "expected: pingjia $version"; return 1; }
}
t_help() {
  local out
  out=$(as_operator pingjia --help) || return 1
  echo "$out" | head -n 3
  echo "$out" | grep -q '用法'
}
t_man() { # PAGE EXPECTED-TEXT
  local out
  out=$(as_operator env MANPAGER=cat MANWIDTH=80 man "$1") || return 1
  echo "$out" | head -n 8
  # man justifies lines: compare with runs of spaces squeezed.
  echo "$out" | tr -s ' ' | grep -q -- "$2"
}
t_desktop_files() {
  in_root ls -l /usr/share/applications/org.pingjia.Pingjia.desktop \
    /usr/share/metainfo/org.pingjia.Pingjia.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/pingjia.svg \
    /usr/share/icons/hicolor/48x48/apps/pingjia.png /usr/share/pingjia/cn-holidays.tsv \
    /usr/share/pingjia/translations/pingjia_zh_CN.qm /usr/bin/pingjia-platform-sim
}
t_user_data() {
  in_root sh -c 'cd /home/zhangsan && find .local/share/Pingjia .config/Pingjia -maxdepth 3 |
    LC_ALL=C sort'
}
t_purge() {
  in_root sh -c 'apt-get purge -y -q pingjia >/tmp/purge.log 2>&1 &&
    apt-get autoremove --purge -y -q >>/tmp/purge.log 2>&1
    rc=$?; grep -E "^(Removing|Purging) pingjia" /tmp/purge.log
    echo "packages removed in all: $(grep -c "^Removing" /tmp/purge.log)"; exit $rc'
}
t_dpkg_forgot() { # purged: unknown to dpkg, or "not-installed" (no config-files left)
  local status
  status=$(in_root dpkg-query -W -f='${Status}' pingjia 2>/dev/null) || true
  echo "status: ${status:-unknown to dpkg}"
  [ -z "$status" ] || [[ "$status" == *not-installed ]]
}
t_no_package_file() {
  local p left=0
  while read -r p; do
    [ -n "$p" ] || continue
    if [ -e "$root$p" ] && [ ! -d "$root$p" ]; then echo "left: $p"; left=1; fi
  done <"$work/package-paths.txt"
  [ "$left" -eq 0 ] && echo "none of its $(wc -l <"$work/package-paths.txt") paths"
}
t_no_pingjia_name() {
  local left
  left=$(in_root find / -xdev \( -path /proc -o -path /sys -o -path /dev -o -path /tmp -o \
    -path /home/zhangsan/.local/share/Pingjia -o -path /home/zhangsan/.config/Pingjia \) \
    -prune -o -iname '*pingjia*' -print)
  [ -z "$left" ] || { echo "$left"; return 1; }
  echo "none"
}

check "pingjia --version" t_version
check "pingjia --help (Chinese: the translations)" t_help
check "pingjia demo --headless (a private D-Bus session and keyring)" \
  with_session pingjia demo --headless
check "man pingjia" t_man pingjia 'government service review supervision console'
check "man pingjia-bulletin" t_man pingjia-bulletin '--month YYYY-MM'
check "desktop entry, metainfo, icons, calendar, translations, simulator" t_desktop_files
check "the user's data" t_user_data

# --- removal: nothing of the package may be left but the user's data --------------------
check "apt-get purge pingjia, then apt-get autoremove --purge" t_purge
check "dpkg no longer knows pingjia" t_dpkg_forgot
snapshot >"$work/after.txt"
check "none of the package's files is left" t_no_package_file
check "nothing named pingjia outside the user's data and /tmp" t_no_pingjia_name
step "paths that differ before install and after purge (for information)"
# `head` closes the pipe early; under pipefail that must not end the script.
LC_ALL=C comm -3 "$work/before.txt" "$work/after.txt" | sed 's/^\t/+ /; t; s/^/- /' |
  grep -v -E '^\+ /home/zhangsan/(\.local/share/Pingjia|\.config/Pingjia)' | head -n 40 || true
echo "(+ new, - gone; the user's Pingjia folders are theirs and kept)"

echo "===== summary: Debian $(cat "$root/etc/debian_version") minbase, package $version, $((SECONDS - t0)) s"
if [ ${#failed[@]} -gt 0 ]; then
  keep=1
  say "FAILED: ${failed[*]} (root kept in $root)"
  exit 1
fi
say "the package installs, runs, documents itself and purges cleanly"
