#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures and builds into ./build (or $PINGJIA_BUILD_DIR). Idempotent.
#   ./scripts/build.sh [TARGET…]     (no target: everything, tests included)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${PINGJIA_BUILD_DIR:-$root/build}
extra=()
if [ "${PINGJIA_FUZZ:-auto}" != off ] && command -v clang++ >/dev/null 2>&1; then extra+=(-DPINGJIA_FUZZ=ON); fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=${PINGJIA_BUILD_TYPE:-RelWithDebInfo} "${extra[@]}" >&2
targets=()
if [ $# -gt 0 ]; then targets=(--target "$@"); fi
cmake --build "$build" -j "$(nproc)" "${targets[@]}" >&2
