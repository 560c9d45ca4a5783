// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Keys of the user's settings (the INI file in --home, or the native store). One place,
// so the app and the pages never disagree on a spelling.

namespace pingjia::settings_keys {

// Not "general/…": QSettings reads an INI [general] section as the root group.
inline constexpr char kLanguage[] = "ui/language";
inline constexpr char kWindowGeometry[] = "window/geometry";
inline constexpr char kWindowState[] = "window/state";
inline constexpr char kLastPage[] = "window/lastPage";

} // namespace pingjia::settings_keys
