// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/WindowSession.h"

#include "app/PageAssembly.h"
#include "app/UserHome.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QSettings>

namespace pingjia {

WindowSession::WindowSession(const UserHome &home, QSettings &settings)
    : m_window(std::make_unique<MainWindow>(settings, m_connection))
{
    assemblePages(*m_window, home, settings);
}

WindowSession::~WindowSession() = default;

int runWindow(const UserHome &home, QSettings &settings)
{
    WindowSession session(home, settings);
    session.window().show();
    return QApplication::exec();
}

} // namespace pingjia
