#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every command `pingjia --help` lists has its man page (MANDIR/pingjia-VERB.1) naming each
# option of `pingjia VERB --help`, and pingjia.1 names every command and global option,
# so a new verb or option without documentation fails here.
#   check-manpages.sh PINGJIA MANDIR
set -euo pipefail
app=$1
man=$2
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
run() { "$app" --home "$home" --lang en "$@"; }

# Options as they appear in roff: --foo is written \-\-foo.
options_of() { grep -oE -- '--[a-z][a-z-]*' | sort -u; }
in_page() { grep -qF -- "$(printf '%s' "$1" | sed 's/-/\\-/g')" "$2"; }

fail=0
verbs=$(run --help | sed -n '/^Commands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }')
[ -n "$verbs" ] || { echo "no commands found in pingjia --help"; exit 1; }
for opt in $(run --help | sed '/^Commands:/,$d' | options_of); do
  in_page "$opt" "$man/pingjia.1" || { echo "pingjia.1 lacks $opt"; fail=1; }
done
for verb in $verbs; do
  page="$man/pingjia-$verb.1"
  [ -f "$page" ] || { echo "no man page for '$verb' ($page)"; fail=1; continue; }
  grep -q "pingjia\\\\-$verb (1)\|BR pingjia\\\\-$verb (1)" "$man/pingjia.1" ||
    { echo "pingjia.1 does not refer to pingjia-$verb(1)"; fail=1; }
  for opt in $(run "$verb" --help | options_of); do
    in_page "$opt" "$page" || { echo "pingjia-$verb.1 lacks $opt"; fail=1; }
  done
  echo "pingjia-$verb.1: $(run "$verb" --help | options_of | wc -l) options documented"
done
exit $fail
