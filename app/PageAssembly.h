// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QSettings;

namespace pingjia {

class HomeStores;
class MainWindow;
class UserHome;

// Puts the real pages into the window, replacing their shells. Each feature adds its
// page here with window.setPage(PageId::…, new …Page(…)); MainWindow stays unchanged.
void assemblePages(MainWindow &window, const UserHome &home, QSettings &settings,
                   HomeStores &stores);

} // namespace pingjia
