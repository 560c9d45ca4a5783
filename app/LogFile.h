// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

namespace pingjia {

// Sends every Qt log message to <directory>/pingjia.log (one previous file kept as
// pingjia.log.1 past 5 MiB). Warnings and worse still reach stderr, debug chatter
// does not: stderr belongs to the verbs' messages. Returns false when the file cannot
// be opened; logging then stays on stderr.
bool startLogFile(const QString &directory);
void stopLogFile();

} // namespace pingjia
