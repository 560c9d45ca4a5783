#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command on a private Xvfb display with the xcb platform; PINGJIA_XVFB_SCREEN
# (default 1280x800x24) sets the screen.
set -eu
export QT_QPA_PLATFORM=xcb
exec xvfb-run -a -s "-screen 0 ${PINGJIA_XVFB_SCREEN:-1280x800x24}" "$@"
