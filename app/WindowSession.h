// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "models/secrets/SecretStore.h"
#include "ui/ConnectionStatus.h"

#include <functional>
#include <memory>

class QSettings;

namespace pingjia {

class HomeStores;
class MainWindow;
class SyncFrontEnd;
class UserHome;

// Everything the window lives on for one user: the connection status and the window
// with its pages, on stores already open. Constructing it opens nothing modal, so
// tests can build it offscreen.
class WindowSession {
public:
    // `secrets` keeps the sync's credentials and data key; null: the system keychain.
    WindowSession(const UserHome &home, QSettings &settings, HomeStores &stores,
                  std::unique_ptr<SecretStore> secrets = {});
    ~WindowSession();

    MainWindow &window() { return *m_window; }
    ConnectionStatus &connection() { return m_connection; }
    // The sync (engine, account, status-bar feed) the sync section and pages use.
    SyncFrontEnd &sync() { return *m_sync; }
    // Makes every page read the stores again (after the cache was rebuilt).
    void reloadPages() const { m_reloadPages(); }

private:
    ConnectionStatus m_connection;
    std::unique_ptr<SyncFrontEnd> m_sync; // outlives the window's pages
    std::unique_ptr<MainWindow> m_window;
    std::function<void()> m_reloadPages;
};

// How a window starts besides the defaults (`pingjia demo`).
struct WindowStart {
    std::unique_ptr<SecretStore> secrets; // null: the system keychain
    // Called once the window is shown, before the event loop runs.
    std::function<void(WindowSession &session)> shown;
    // Runs on the worker thread of the cache's integrity check, before it (tests hold
    // the worker with it to see the window paint without waiting for the check).
    std::function<void()> beforeCacheCheck;
};

// Opens the home's stores (asking about a broken cache with CacheProblemDialog, and
// refusing to go on with a broken local-work file), shows the window and runs the event
// loop until it closes. Needs a QApplication. Returns the exit code.
// Nothing that grows with the cache runs before the first paint: the cache's whole-file
// integrity check runs on a worker thread once the window is shown (a damaged cache is
// then offered for rebuilding, or the window closes), the pages read on their own threads.
int runWindow(const UserHome &home, QSettings &settings, WindowStart start = {});

} // namespace pingjia
