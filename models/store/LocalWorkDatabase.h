// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The local-work file (localwork.sqlite): unsent actions, audit, settings. Unlike the
// cache it cannot be refilled from the platform, so Pingjia never deletes, moves or
// repairs it on its own: a damaged file is reported and the app refuses to go on.

#include "models/store/Database.h"

#include <QByteArray>
#include <QMutex>

namespace pingjia {

class LocalWorkDatabase : public Database {
    Q_DECLARE_TR_FUNCTIONS(LocalWorkDatabase)
public:
    static constexpr auto kFileName = "localwork.sqlite";

    explicit LocalWorkDatabase(const QString &path);

    // The key sealing the audit and reveal logs (AuditChain.h, AuditKey.h); empty:
    // unkeyed seals. Shared by every thread's connection.
    void setAuditKey(const QByteArray &key);
    QByteArray auditKey() const;

protected:
    QString corruptAdvice() const override;

private:
    mutable QMutex m_keyMutex;
    QByteArray m_auditKey;
};

} // namespace pingjia
