// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/LocalWorkDatabase.h"

#include "models/store/LocalWorkSchema.h"

namespace pingjia {

LocalWorkDatabase::LocalWorkDatabase(const QString &path) : Database(path, localWorkSchema())
{
}

QString LocalWorkDatabase::corruptAdvice() const
{
    return tr("It holds your unsent actions and audit log, so Pingjia leaves it exactly as it "
              "is and cannot continue. Restore %1 from a backup (close Pingjia first), or "
              "move it elsewhere to start with empty local work — actions not yet sent in it "
              "would then be lost.")
        .arg(path());
}

} // namespace pingjia
