// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The home holds masked names, the audit log and encrypted evaluator data: only its
// owner may read it, whatever the umask of the shell that started the console.

#include <QStringList>

namespace pingjia {

// New files and folders of this process: 0600 / 0700 (a no-op where there is no umask).
void restrictNewFilesToOwner();

// Sets `directory` and its sub-folders to 0700 and every file in them to 0600; returns
// the paths it had to tighten (for the log).
QStringList tightenToOwner(const QString &directory);

} // namespace pingjia
