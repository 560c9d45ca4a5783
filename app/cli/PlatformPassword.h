// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The platform password for a command-line sign-in: PINGJIA_PASSWORD, else one line of
// standard input (prompted on stderr, not echoed, when it is a terminal). Never an
// argument: the process list would show it to every user of the machine.

#include <QString>

#include <optional>

class QTextStream;

namespace pingjia {

// nullopt when no non-empty password was given.
std::optional<QString> readPlatformPassword(QTextStream &err, const QString &prompt);

} // namespace pingjia
