// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The audit log and the log of personal-data reveals in the local-work file, each row
// sealed into its log's chain as it is written (AuditChain.h). Regulation 000 art.5:
// who did what, who saw which evaluator's data, when and why.

#include "models/store/AuditChain.h"
#include "models/store/StoreResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace pingjia {

class Connection;
class LocalWorkDatabase;

struct RevealEntry {
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString evalId;
    QStringList fields; // "userName", "mobile", "certNo"
    QString reason;
};

struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString event; // "action", "acked", "conflict", "refused", "reveal", "conflict_resolved"
    QString evalId;
    QString actionId;
    QJsonObject detail;
};

// One audit row to write; evalId and actionId may be empty.
struct AuditEvent {
    QString actor;
    QString event;
    QString evalId;
    QString actionId;
    QJsonObject detail;
};

class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    explicit AuditLog(LocalWorkDatabase &db);

    // Writes and seals one row inside the caller's open transaction on `c` (a
    // connection of `db`), so the row belongs with the change it records.
    static StoreResult append(LocalWorkDatabase &db, Connection &c, const AuditEvent &event);
    // The same in a transaction of its own (events recorded on their own, e.g. verdicts).
    StoreResult record(const AuditEvent &event);

    // Call before showing the plaintext; an empty reason is refused. Writes the reveal
    // row and its audit row in one transaction.
    StoreResult recordReveal(const QString &evalId, const QString &actor, const QStringList &fields,
                             const QString &reason);

    QList<AuditEntry> entries(const QString &evalId = {}, StoreResult *error = nullptr);
    QList<RevealEntry> reveals(const QString &evalId = {}, StoreResult *error = nullptr);

    // Both chains checked with the database's audit key.
    AuditVerdict verify();

private:
    LocalWorkDatabase &m_db;
};

} // namespace pingjia
