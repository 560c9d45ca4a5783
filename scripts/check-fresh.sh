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

# shellcheck source=lib/debian-root.sh
. "$repo/scripts/lib/debian-root.sh"
debian_root_require_tools git
debian_root_mirrors
debian_root_base

# --- a fresh root for this run ------------------------------------------------------------
sha=$(git -C "$repo" rev-parse --verify "$ref^{commit}") || die "no such commit: $ref"
debian_root_create

# A clean clone of the commit (not the working tree), where a new user would put it.
git clone --quiet --no-hardlinks --no-checkout "$repo" "$root/root/pingjia"
git -C "$root/root/pingjia" cat-file -e "$sha^{commit}" 2>/dev/null ||
  git -C "$root/root/pingjia" fetch --quiet "$repo" "$sha"
git -C "$root/root/pingjia" checkout --quiet --detach "$sha"
git -C "$root/root/pingjia" remote remove origin

debian_root_mount
debian_root_apt_archives

# --- the two Quick-start commands -----------------------------------------------------------
in_root_dir=/root/pingjia

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
