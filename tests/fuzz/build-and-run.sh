#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the page-parser fuzzer with clang++ (-fsanitize=fuzzer,address) straight from
# the parser's sources, whatever compiler the main build uses, and runs it for a bounded
# time. Exit 77 (CTest: skipped) with a clear message when clang or libFuzzer is missing.
#   build-and-run.sh [--build-only|--run-only] SOURCE_DIR WORK_DIR [SECONDS]
# The build runs the compile step (--build-only, so that compiling is the build's time and
# not the test's: on a loaded machine it took longer than the test's timeout) and the test
# runs the fuzzer (--run-only); without a mode it does both. A compile that cannot be done
# here leaves WORK_DIR/skipped with the reason, and --run-only then exits 77 with it.
set -eu
mode=both
case "${1:-}" in
    --build-only) mode=build; shift ;;
    --run-only) mode=run; shift ;;
esac
src=$1
work=$2
seconds=${3:-30}
mkdir -p "$work"

skip() { # reason…: record it for the test, say it, exit 77 (or 0 when only building)
    printf '%s\n' "$@" > "$work/skipped"
    printf '%s\n' "$@"
    [ "$mode" = build ] && exit 0
    exit 77
}

if [ "$mode" = run ]; then
    if [ -f "$work/skipped" ]; then cat "$work/skipped"; exit 77; fi
    [ -x "$work/fuzz_pageparser" ] || { echo "the fuzzer was not built (build the fuzz_pageparser_build target)"; exit 1; }
fi

if [ "$mode" != run ]; then
rm -f "$work/skipped"
cxx=${PINGJIA_FUZZ_CXX:-$(command -v clang++ || true)}
if [ -z "$cxx" ]; then
    skip "SKIPPED: clang++ is not installed; the libFuzzer target needs clang (apt-get install clang libclang-rt-14-dev)."
fi
if ! pkg-config --exists Qt6Core simdjson; then
    skip "SKIPPED: pkg-config does not know Qt6Core or simdjson."
fi
sources="
    tests/fuzz/fuzz_pageparser.cpp
    models/sync/PageParser.cpp models/sync/RecordReaders.cpp models/sync/JsonFields.cpp
    models/sync/SyncTypes.cpp
    models/domain/EvaluationLevel.cpp models/domain/Channel.cpp models/domain/PlatformTime.cpp
    models/domain/HandlingRecord.cpp models/domain/HandlingState.cpp"
files=""
for f in $sources; do files="$files $src/$f"; done

echo "building the fuzzer with $cxx"
# shellcheck disable=SC2046,SC2086
if ! "$cxx" -std=c++20 -g -O1 -fPIC -fsanitize=fuzzer,address -fno-omit-frame-pointer \
        -I"$src" $(pkg-config --cflags Qt6Core simdjson) $files \
        $(pkg-config --libs Qt6Core simdjson) -o "$work/fuzz_pageparser" 2> "$work/build.log"; then
    if grep -q "libclang_rt.fuzzer\|fsanitize=fuzzer" "$work/build.log"; then
        skip "SKIPPED: clang cannot link libFuzzer here (install libclang-rt-14-dev):" \
            "$(tail -3 "$work/build.log")"
    fi
    cat "$work/build.log"
    exit 1
fi
[ "$mode" = build ] && exit 0
fi
mkdir -p "$work/corpus"
cp -n "$src/tests/fuzz/corpus/pageparser/"* "$work/corpus/" 2>/dev/null || true

echo "fuzzing for ${seconds}s"
status=0
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
    "$work/fuzz_pageparser" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$work/" "$work/corpus" \
    > "$work/fuzz.log" 2>&1 || status=$?
grep -E "^stat::|Done [0-9]+ runs|ERROR|SUMMARY|crash-|leak-|timeout-" "$work/fuzz.log" || true
if [ "$status" -ne 0 ]; then
    echo "the fuzzer found a problem (exit $status); the input is in $work, the log in $work/fuzz.log"
    tail -60 "$work/fuzz.log"
fi
exit "$status"
