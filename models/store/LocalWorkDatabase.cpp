// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/LocalWorkDatabase.h"

#include "models/store/LocalWorkSchema.h"

namespace pingjia {

LocalWorkDatabase::LocalWorkDatabase(const QString &path) : Database(path, localWorkSchema())
{
}

void LocalWorkDatabase::setAuditKey(const QByteArray &key)
{
    const QMutexLocker lock(&m_keyMutex);
    m_auditKey = key;
}

QByteArray LocalWorkDatabase::auditKey() const
{
    const QMutexLocker lock(&m_keyMutex);
    return m_auditKey;
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
