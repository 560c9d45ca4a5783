#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs both Quick-start commands as a new user would: in a clean Debian 12 root
# (debootstrap --variant=minbase, nothing else installed), on a clean `git clone` of REF,
# as root, without a display or the host's D-Bus. Prints each command's last lines and
# how long it took; exits non-zero naming the command that failed.
#
#   sudo ./scripts/check-fresh.sh [--ref REF] [--keep] [--refresh-base] [--lines N]
#
# REF defaults to HEAD of the repository this script lives in (committed work only).
# The base root is cached as a tarball in $PINGJIA_FRESH_CACHE (default
# /var/cache/pingjia-fresh), and downloaded packages in its apt-archives folder (they are
# still installed from scratch on every run); --refresh-base builds the base again.
# Packages come from the Debian mirror this machine's apt uses ($PINGJIA_FRESH_MIRROR
# overrides), so the check needs no network beyond that mirror. --keep leaves the root
# (and its build) for inspection.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
ref=HEAD
keep=0
refresh=0
lines=15
while [ $# -gt 0 ]; do
  case "$1" in
    --ref) ref=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    --refresh-base) refresh=1; shift ;;
    --lines) lines=$2; shift 2 ;;
    -h|--help) sed -n '3,16p' "$0"; exit 0 ;;
    *) echo "check-fresh: unknown argument $1 (see --help)" >&2; exit 1 ;;
  esac
done

say() { echo "check-fresh: $*" >&2; }
die() { say "$*"; exit 1; }

[ "$(id -u)" -eq 0 ] || die "run as root (debootstrap, chroot and mount need it)"
for tool in debootstrap chroot git tar mount umount; do
  command -v "$tool" >/dev/null || die "$tool is missing (apt-get install debootstrap git)"
done

suite=bookworm
arch=$(dpkg --print-architecture)
cache=${PINGJIA_FRESH_CACHE:-/var/cache/pingjia-fresh}

# The first Debian URI in apt's sources that serves $1 with component main (one-line
# .list format and deb822 .sources both).
apt_uri_for_suite() {
  local want=$1 f
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
    [ -r "$f" ] || continue
    awk -v want="$want" '
      function check(uri, suites, comps,   n, s, i) {
        n = split(suites, s, /[ \t]+/)
        for (i = 1; i <= n; i++) if (s[i] == want && comps ~ /(^|[ \t])main([ \t]|$)/) {
          print uri; exit }
      }
      /^[ \t]*#/ { next }
      /^deb[ \t]/ {                      # deb [options] URI SUITE COMPONENTS…
        sub(/\[[^]]*\][ \t]*/, "")
        uri = $2; suite = $3; comps = ""
        for (i = 4; i <= NF; i++) comps = comps " " $i
        check(uri, suite, comps); next
      }
      /^Types:/ { types = $0 }
      /^URIs:/ { uri = $2 }
      /^Suites:/ { $1 = ""; suites = $0 }
      /^Components:/ { $1 = ""; comps = $0 }
      /^[ \t]*$/ { if (types ~ /deb( |$)/) check(uri, suites, comps); types = uri = suites = comps = "" }
      END { if (types ~ /deb( |$)/) check(uri, suites, comps) }
    ' "$f" | head -n1
  done | head -n1
}

mirror=${PINGJIA_FRESH_MIRROR:-$(apt_uri_for_suite "$suite")}
mirror=${mirror:-http://deb.debian.org/debian}
security=${PINGJIA_FRESH_SECURITY_MIRROR-$(apt_uri_for_suite "$suite-security")}
updates=$(apt_uri_for_suite "$suite-updates")

# --- the base root, cached --------------------------------------------------------------
mkdir -p "$cache"
key=$(printf '%s' "$mirror" | sed 's|[^A-Za-z0-9]|_|g')
base="$cache/$suite-minbase-$arch-$key.tar.gz"
if [ "$refresh" -eq 1 ] || [ ! -s "$base" ]; then
  say "building the $suite minbase root from $mirror (once; cached in $base)"
  staging=$(mktemp -d "$cache/base.XXXXXX")
  trap 'rm -rf "$staging"' EXIT
  t0=$SECONDS
  if ! debootstrap --variant=minbase "$suite" "$staging/root" "$mirror" >"$staging/log" 2>&1; then
    tail -n 20 "$staging/log" >&2
    die "debootstrap failed"
  fi
  tar -C "$staging/root" --numeric-owner -czf "$staging/base.tar.gz" .
  mv "$staging/base.tar.gz" "$base"
  rm -rf "$staging"
  trap - EXIT
  say "base root ready in $((SECONDS - t0)) s"
fi

# --- a fresh root for this run ------------------------------------------------------------
sha=$(git -C "$repo" rev-parse --verify "$ref^{commit}") || die "no such commit: $ref"
work=$(mktemp -d "$cache/run.XXXXXX")
root="$work/root"
mounted=()

# Everything started inside the root is ours: end it by pid, then unmount, then delete.
cleanup() {
  local rc=$? pid link i
  for pid in $(ls /proc | grep -E '^[0-9]+$'); do
    link=$(readlink "/proc/$pid/root" 2>/dev/null) || continue
    [ "$link" = "$root" ] && kill -KILL "$pid" 2>/dev/null || true
  done
  sleep 0.2
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" 2>/dev/null || true
  done
  if [ "$keep" -eq 1 ]; then
    say "root kept in $root"
  elif grep -q " $work/" /proc/mounts; then
    say "something is still mounted under $work; not deleting it"
  else
    rm -rf "$work"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

mkdir -p "$root"
tar -C "$root" --numeric-owner -xzf "$base"

# apt inside the root: the same Debian mirror(s) as this machine, nothing else.
{
  echo "deb $mirror $suite main"
  [ -z "$updates" ] || echo "deb $updates $suite-updates main"
  [ -z "$security" ] || echo "deb $security $suite-security main"
} >"$root/etc/apt/sources.list"
cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true

# A clean clone of the commit (not the working tree), where a new user would put it.
git clone --quiet --no-hardlinks --no-checkout "$repo" "$root/root/pingjia"
git -C "$root/root/pingjia" cat-file -e "$sha^{commit}" 2>/dev/null ||
  git -C "$root/root/pingjia" fetch --quiet "$repo" "$sha"
git -C "$root/root/pingjia" checkout --quiet --detach "$sha"
git -C "$root/root/pingjia" remote remove origin

mnt() { # TYPE SOURCE TARGET [OPTIONS]
  mkdir -p "$root$3"
  mount -t "$1" ${4:+-o "$4"} "$2" "$root$3"
  mounted+=("$root$3")
}
mnt proc proc /proc
mnt sysfs sysfs /sys ro
mount --bind /dev "$root/dev" && mounted+=("$root/dev")
mnt devpts devpts /dev/pts newinstance,ptmxmode=0666,mode=0620
mnt tmpfs tmpfs /dev/shm mode=1777
mnt tmpfs tmpfs /run mode=0755
# Downloaded .debs are kept between runs (only the download is saved: every package is
# still installed from scratch by the Quick-start commands).
mkdir -p "$cache/apt-archives/partial" "$root/var/cache/apt/archives"
mount --bind "$cache/apt-archives" "$root/var/cache/apt/archives" &&
  mounted+=("$root/var/cache/apt/archives")

# --- the two Quick-start commands -----------------------------------------------------------
# A login shell's environment as root, and nothing from this one (no DISPLAY, no D-Bus).
in_root() {
  env -i HOME=/root USER=root LOGNAME=root SHELL=/bin/bash TERM=dumb \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    chroot "$root" /bin/bash -c 'cd /root/pingjia && exec "$@"' bash "$@"
}

say "commit $(git -C "$repo" log -1 --format='%h %s' "$sha")"
say "root $root (mirror $mirror)"
failed=()
summary=()
for cmd in ./scripts/demo.sh ./scripts/test.sh; do
  logf="$work/$(basename "$cmd" .sh).log"
  say "running $cmd (log: $logf)"
  t0=$SECONDS
  # In the background so that a signal reaches the trap at once (bash runs traps only
  # between foreground commands).
  in_root "$cmd" >"$logf" 2>&1 &
  set +e
  wait $!
  rc=$?
  set -e
  took=$((SECONDS - t0))
  echo "===== $cmd: exit $rc after $((took / 60)) min $((took % 60)) s; last $lines lines:"
  tail -n "$lines" "$logf"
  summary+=("$cmd: exit $rc, $((took / 60)) min $((took % 60)) s")
  [ "$rc" -eq 0 ] || failed+=("$cmd")
done

echo "===== summary (commit ${sha:0:12}, Debian $(cat "$root/etc/debian_version") minbase)"
printf '  %s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  keep=1
  say "FAILED: ${failed[*]} (logs and root kept in $work)"
  exit 1
fi
say "both Quick-start commands passed on a fresh root"
