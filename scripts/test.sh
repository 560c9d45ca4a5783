#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start, command 2: installs what is missing, builds, runs every test through CTest.
# Tests needing a Secret Service or X server start their own (tests/launchers/).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
build=${PINGJIA_BUILD_DIR:-$root/build}
export QT_QPA_PLATFORM=offscreen
mkdir -p "$build/test-artifacts"
cd "$build"
ctest --output-on-failure -j "$(nproc)" --timeout 900 "$@"
