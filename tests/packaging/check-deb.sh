#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the .deb from a built tree (cpack -G DEB into OUT, not the build folder's own
# package output) and checks it: the files an installed desktop program needs, the control
# fields (real library dependencies from dpkg-shlibdeps, the runtime extras), the AppStream
# metainfo (appstreamcli validate), man pages for every command, and lintian: no errors.
#   check-deb.sh BUILD OUT VERSION
set -euo pipefail
build=$1
out=$2
version=$3
rm -rf "$out"
mkdir -p "$out"
fail=0
bad() { echo "FAIL: $*"; fail=1; }

(cd "$build" && cpack -G DEB -B "$out" >"$out/cpack.log" 2>&1) ||
  { tail -n 30 "$out/cpack.log"; exit 1; }
deb=$(ls "$out"/pingjia_"$version"_*.deb 2>/dev/null | head -n1)
[ -n "$deb" ] || { echo "no pingjia_${version}_*.deb in $out"; ls "$out"; exit 1; }
echo "package: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"

dpkg-deb -c "$deb" | awk '{ print $6 }' | sed 's|^\./|/|' >"$out/contents.txt"
expect=(
  /usr/bin/pingjia /usr/bin/pingjia-platform-sim
  /usr/share/applications/org.pingjia.Pingjia.desktop
  /usr/share/metainfo/org.pingjia.Pingjia.metainfo.xml
  /usr/share/icons/hicolor/scalable/apps/pingjia.svg
  /usr/share/pingjia/translations/pingjia_zh_CN.qm /usr/share/pingjia/translations/pingjia_en.qm
  /usr/share/pingjia/cn-holidays.tsv
  /usr/share/doc/pingjia/copyright /usr/share/doc/pingjia/changelog.gz
  /usr/share/doc/pingjia/OPERATORS.md
  /usr/share/man/man1/pingjia.1.gz /usr/share/man/man1/pingjia-platform-sim.1.gz
)
for size in 16 24 32 48 64 128 256; do
  expect+=("/usr/share/icons/hicolor/${size}x${size}/apps/pingjia.png")
done
for verb in demo sync queue rankings bulletin; do
  expect+=("/usr/share/man/man1/pingjia-$verb.1.gz")
done
for path in "${expect[@]}"; do
  grep -qxF "$path" "$out/contents.txt" || bad "missing $path"
done
echo "contents: ${#expect[@]} expected paths checked, $(wc -l <"$out/contents.txt") entries"

# The PNGs are the size their folder says.
mkdir -p "$out/x"
dpkg-deb -x "$deb" "$out/x"
for size in 16 24 32 48 64 128 256; do
  png="$out/x/usr/share/icons/hicolor/${size}x${size}/apps/pingjia.png"
  got=$(od -An -tu1 -j16 -N8 "$png" | awk '{ print $3 * 256 + $4 "x" $7 * 256 + $8 }')
  [ "$got" = "${size}x${size}" ] || bad "$png is $got"
done

# Control fields: what dpkg-shlibdeps found plus what is loaded at run time.
depends=$(dpkg-deb -f "$deb" Depends)
recommends=$(dpkg-deb -f "$deb" Recommends)
echo "Depends: $depends"
echo "Recommends: $recommends"
for dep in libqt6core6 libqt6widgets6 libqt6charts6 libqt6sql6 libqt6network6 libqt6keychain1 \
  libsodium23 libxlsxwriter libsimdjson libsqlite3-0 libqt6sql6-sqlite fonts-noto-cjk; do
  [[ "$depends" == *"$dep"* ]] || bad "Depends lacks $dep"
done
[[ "$recommends" == *"gnome-keyring |"* ]] || bad "Recommends lacks gnome-keyring | …"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || bad "Version is not $version"

if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$out/x/usr/share/metainfo/org.pingjia.Pingjia.metainfo.xml" ||
    bad "appstreamcli validate"
fi
grep -q "<release version=\"$version\"" "$out/x/usr/share/metainfo/org.pingjia.Pingjia.metainfo.xml" ||
  bad "metainfo release is not $version"

if command -v lintian >/dev/null; then
  lintian --no-cfg --display-info "$deb" >"$out/lintian.txt" 2>&1 || true
  cat "$out/lintian.txt"
  if grep -q '^E:' "$out/lintian.txt"; then bad "lintian reports errors"; fi
  echo "lintian: $(grep -c '^E:' "$out/lintian.txt") errors, $(grep -c '^W:' "$out/lintian.txt") warnings"
else
  echo "lintian not installed: skipped (apt-get install lintian)"
fi
exit $fail
