// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Conflicts: an action the platform answered with 409, with both versions of the
// record, until the user resolves it (the resolution goes to the audit log).

#include "models/domain/HandlingRecord.h"
#include "models/store/StoreResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace pingjia {

class Connection;
class LocalWorkDatabase;

struct ConflictEntry {
    qint64 id = 0;
    qint64 seq = 0;
    QString actionId;
    QString evalId;
    HandlingRecord localRecord;
    std::optional<HandlingRecord> platformRecord;
    QString message;
    QDateTime at;
    bool resolved = false;
    QString resolution;
};

class ConflictLog {
    Q_DECLARE_TR_FUNCTIONS(ConflictLog)
public:
    explicit ConflictLog(LocalWorkDatabase &db) : m_db(db) {}

    QList<ConflictEntry> conflicts(bool includeResolved = false, StoreResult *error = nullptr);
    StoreResult resolve(qint64 id, const QString &resolution, const QString &actor);

    // Inside the outbox's transaction on `c`: `entry` with id, resolved and resolution
    // left out.
    static StoreResult add(Connection &c, const ConflictEntry &entry);

private:
    LocalWorkDatabase &m_db;
};

} // namespace pingjia
