// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <functional>

class QSettings;

namespace pingjia {

class HomeStores;
class MainWindow;
class SyncFrontEnd;
class UserHome;

// Puts the real pages into the window, replacing their shells. Each feature adds its
// page here with window.setPage(PageId::…, new …Page(…)); MainWindow stays unchanged.
// With `sync`, the sync section and status-bar progress join, and the pages reload after
// each sync. Returns what makes every page read the stores again (after a sync, or after
// the cache was rebuilt under the window).
std::function<void()> assemblePages(MainWindow &window, const UserHome &home, QSettings &settings,
                                    HomeStores &stores, SyncFrontEnd *sync = nullptr);

} // namespace pingjia
