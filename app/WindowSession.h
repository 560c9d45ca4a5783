// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "ui/ConnectionStatus.h"

#include <memory>

class QSettings;

namespace pingjia {

class HomeStores;
class MainWindow;
class UserHome;

// Everything the window lives on for one user: the connection status and the window
// with its pages, on stores already open. Constructing it opens nothing modal, so
// tests can build it offscreen.
class WindowSession {
public:
    WindowSession(const UserHome &home, QSettings &settings, HomeStores &stores);
    ~WindowSession();

    MainWindow &window() { return *m_window; }
    ConnectionStatus &connection() { return m_connection; }

private:
    ConnectionStatus m_connection;
    std::unique_ptr<MainWindow> m_window;
};

// Opens the home's stores (asking about a broken cache with CacheProblemDialog, and
// refusing to go on with a broken local-work file), shows the window and runs the event
// loop until it closes. Needs a QApplication. Returns the exit code.
int runWindow(const UserHome &home, QSettings &settings);

} // namespace pingjia
