// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "ui/ConnectionStatus.h"

#include <memory>

class QSettings;

namespace pingjia {

class MainWindow;
class UserHome;

// Everything the window lives on for one user: the connection status, the window with
// its pages. Constructing it opens nothing modal, so tests can build it offscreen.
class WindowSession {
public:
    WindowSession(const UserHome &home, QSettings &settings);
    ~WindowSession();

    MainWindow &window() { return *m_window; }
    ConnectionStatus &connection() { return m_connection; }

private:
    ConnectionStatus m_connection;
    std::unique_ptr<MainWindow> m_window;
};

// Shows the window and runs the event loop until it closes. Needs a QApplication.
int runWindow(const UserHome &home, QSettings &settings);

} // namespace pingjia
