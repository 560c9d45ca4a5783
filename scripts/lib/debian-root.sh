# SPDX-License-Identifier: GPL-3.0-or-later
# A clean Debian 12 root to run things in as a new machine would, shared by
# scripts/check-fresh.sh and scripts/check-package.sh (sourced, not run).
#
# The caller defines say() and die(), sets keep=0|1, refresh=0|1, and then:
#   debian_root_mirrors        # sets suite, arch, cache, mirror, security, updates
#   debian_root_base           # sets base: the cached minbase tarball (made once)
#   debian_root_create         # sets work, root: a fresh copy; cleanup on EXIT
#   debian_root_mount          # /proc, /sys, /dev, /dev/pts, /dev/shm, /run of its own
#   debian_root_apt_archives   # optional: keep downloaded .debs in $cache/apt-archives
#   in_root COMMAND…           # runs as root in the root, a login-like env, no DISPLAY/D-Bus
# The base root is cached as a tarball in $PINGJIA_FRESH_CACHE (default
# /var/cache/pingjia-fresh); packages come from the Debian mirror this machine's apt uses
# ($PINGJIA_FRESH_MIRROR overrides).

debian_root_require_tools() {
  [ "$(id -u)" -eq 0 ] || die "run as root (debootstrap, chroot and mount need it)"
  local tool
  for tool in debootstrap chroot tar mount umount "$@"; do
    command -v "$tool" >/dev/null || die "$tool is missing (apt-get install debootstrap $*)"
  done
}

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

debian_root_mirrors() {
  suite=bookworm
  arch=$(dpkg --print-architecture)
  cache=${PINGJIA_FRESH_CACHE:-/var/cache/pingjia-fresh}
  mirror=${PINGJIA_FRESH_MIRROR:-$(apt_uri_for_suite "$suite")}
  mirror=${mirror:-http://deb.debian.org/debian}
  security=${PINGJIA_FRESH_SECURITY_MIRROR-$(apt_uri_for_suite "$suite-security")}
  updates=$(apt_uri_for_suite "$suite-updates")
}

# --- the base root, cached --------------------------------------------------------------
debian_root_base() {
  mkdir -p "$cache"
  local key staging t0
  key=$(printf '%s' "$mirror" | sed 's|[^A-Za-z0-9]|_|g')
  base="$cache/$suite-minbase-$arch-$key.tar.gz"
  if [ "$refresh" -eq 1 ] || [ ! -s "$base" ]; then
    say "building the $suite minbase root from $mirror (once; cached in $base)"
    staging=$(mktemp -d "$cache/base.XXXXXX")
    # shellcheck disable=SC2064 # the path is fixed now, on purpose
    trap "rm -rf '$staging'" EXIT
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
}

# --- a fresh root for this run ------------------------------------------------------------
debian_root_create() {
  work=$(mktemp -d "$cache/run.XXXXXX")
  root="$work/root"
  mounted=()
  trap debian_root_cleanup EXIT
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
}

# Everything started inside the root is ours: end it by pid, then unmount, then delete.
debian_root_cleanup() {
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

mnt() { # TYPE SOURCE TARGET [OPTIONS]
  mkdir -p "$root$3"
  mount -t "$1" ${4:+-o "$4"} "$2" "$root$3"
  mounted+=("$root$3")
}

debian_root_mount() {
  mnt proc proc /proc
  mnt sysfs sysfs /sys ro
  mount --bind /dev "$root/dev" && mounted+=("$root/dev")
  mnt devpts devpts /dev/pts newinstance,ptmxmode=0666,mode=0620
  mnt tmpfs tmpfs /dev/shm mode=1777
  mnt tmpfs tmpfs /run mode=0755
}

# Downloaded .debs are kept between runs in $cache/apt-archives (only the download is
# saved: every package is still installed from scratch).
debian_root_apt_archives() {
  mkdir -p "$cache/apt-archives/partial" "$root/var/cache/apt/archives"
  mount --bind "$cache/apt-archives" "$root/var/cache/apt/archives" &&
    mounted+=("$root/var/cache/apt/archives")
}

# A login shell's environment as root, and nothing from the caller's (no DISPLAY, no
# D-Bus) but the NAME=VALUE words of the array in_root_env; the command runs in
# $in_root_dir (default /root).
in_root() {
  env -i HOME=/root USER=root LOGNAME=root SHELL=/bin/bash TERM=dumb \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    ${in_root_env[@]+"${in_root_env[@]}"} \
    chroot "$root" /bin/bash -c 'cd "$0" && exec "$@"' "${in_root_dir:-/root}" "$@"
}
