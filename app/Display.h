// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace pingjia {

// Whether a window can be shown: false under QT_QPA_PLATFORM=offscreen|minimal, or on
// X11/Wayland systems with neither DISPLAY nor WAYLAND_DISPLAY (a server, CI, ssh).
bool displayAvailable();

} // namespace pingjia
