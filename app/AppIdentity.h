// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Who the program is to Qt and the desktop: organization and application names (they
// place the settings and the data folder), the version (from the CMake project version,
// PINGJIA_VERSION), and the desktop-entry id (packaging/org.pingjia.Pingjia.desktop).

namespace pingjia {

inline constexpr auto kDesktopFileName = "org.pingjia.Pingjia";

// Before any QSettings or QStandardPaths use, and before --version is answered.
void setApplicationIdentity();

// The version this binary was built as (the CMake project version).
const char *applicationVersion();

} // namespace pingjia
