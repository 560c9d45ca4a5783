// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/PlatformPassword.h"

#include <QTextStream>

#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace pingjia {

namespace {

// Turns terminal echo off for its lifetime.
class EchoOff {
public:
    EchoOff()
    {
        if (tcgetattr(STDIN_FILENO, &m_saved) != 0)
            return;
        termios quiet = m_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff()
    {
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};

} // namespace

std::optional<QString> readPlatformPassword(QTextStream &err, const QString &prompt)
{
    if (qEnvironmentVariableIsSet("PINGJIA_PASSWORD")) {
        const QString fromEnvironment = qEnvironmentVariable("PINGJIA_PASSWORD");
        return fromEnvironment.isEmpty() ? std::nullopt : std::optional(fromEnvironment);
    }
    std::string line;
    if (isatty(STDIN_FILENO)) {
        err << prompt << Qt::flush;
        EchoOff quiet;
        std::getline(std::cin, line);
        err << Qt::endl;
    } else {
        std::getline(std::cin, line);
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    QString password = QString::fromStdString(line);
    std::fill(line.begin(), line.end(), '\0');
    if (password.isEmpty())
        return std::nullopt;
    return password;
}

} // namespace pingjia
