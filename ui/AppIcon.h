// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QIcon>

namespace pingjia {

// The application icon (packaging/pingjia.svg) drawn with QPainter, so the window gets
// it without Qt's SVG plugin, which Debian ships separately.
QIcon appIcon();

} // namespace pingjia
