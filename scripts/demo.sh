#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start, command 1: installs what is missing, builds, runs `pingjia demo`.
# With a display it opens the console; without one it runs the same job headless.
# Without a D-Bus session it starts one with a throwaway unlocked keyring.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" pingjia # the app and what it runs (the simulator), not the tests
build=${PINGJIA_BUILD_DIR:-$root/build}
app="$build/app/pingjia"
args=(--home "${PINGJIA_HOME:-$build/demo-home}" demo "$@")
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  export QT_QPA_PLATFORM=offscreen
  args=("${args[@]}" --headless)
fi
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  exec "$root/tests/launchers/with-keyring.sh" "$app" "${args[@]}"
fi
exec "$app" "${args[@]}"
