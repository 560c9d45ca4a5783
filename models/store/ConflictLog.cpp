// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/ConflictLog.h"

#include "models/store/AuditLog.h"
#include "models/store/LocalWorkDatabase.h"
#include "models/store/LocalWorkRows.h"
#include "models/store/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pingjia {

using namespace localwork;

StoreResult ConflictLog::add(Connection &c, const ConflictEntry &e)
{
    QSqlQuery cq(c.database());
    cq.prepare(QStringLiteral(
        "INSERT INTO conflicts (seq, action_id, eval_id, local_record, platform_record, "
        "message, at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    cq.addBindValue(e.seq);
    cq.addBindValue(e.actionId);
    cq.addBindValue(e.evalId);
    cq.addBindValue(compact(e.localRecord.toJson()));
    cq.addBindValue(e.platformRecord ? QVariant(compact(e.platformRecord->toJson()))
                                     : QVariant(QMetaType::fromType<QString>()));
    cq.addBindValue(e.message);
    cq.addBindValue(now());
    if (!cq.exec())
        return c.failure(cq.lastError(), QStringLiteral("conflict"));
    return {};
}

QList<ConflictEntry> ConflictLog::conflicts(bool includeResolved, StoreResult *error)
{
    setError(error, {});
    QList<ConflictEntry> out;
    Connection &c = m_db.connection();
    QSqlQuery q(c.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, seq, action_id, eval_id, local_record, platform_record, "
                             "message, at, resolved, resolution FROM conflicts %1 ORDER BY id")
                  .arg(includeResolved ? QString() : QStringLiteral("WHERE resolved = 0")));
    if (!q.exec()) {
        setError(error, c.failure(q.lastError(), QStringLiteral("conflicts")));
        return out;
    }
    while (q.next()) {
        ConflictEntry e;
        e.id = q.value(0).toLongLong();
        e.seq = q.value(1).toLongLong();
        e.actionId = q.value(2).toString();
        e.evalId = q.value(3).toString();
        QString message;
        const auto local = HandlingRecord::fromJson(object(q.value(4)), &message);
        if (!local) {
            setError(error, StoreResult::failure(StoreErrorKind::Data, message));
            continue;
        }
        e.localRecord = *local;
        if (!q.value(5).isNull())
            e.platformRecord = HandlingRecord::fromJson(object(q.value(5)), &message);
        e.message = q.value(6).toString();
        e.at = StoredTime::fromSql(q.value(7));
        e.resolved = q.value(8).toBool();
        e.resolution = q.value(9).toString();
        out.append(e);
    }
    return out;
}

StoreResult ConflictLog::resolve(qint64 id, const QString &resolution, const QString &actor)
{
    Connection &c = m_db.connection();
    Transaction t(c);
    if (!t.isActive())
        return t.status();
    QSqlQuery q(c.database());
    q.prepare(QStringLiteral("UPDATE conflicts SET resolved = 1, resolution = ? WHERE id = ?"));
    q.addBindValue(resolution);
    q.addBindValue(id);
    if (!q.exec())
        return c.failure(q.lastError(), QStringLiteral("resolve conflict"));
    if (q.numRowsAffected() != 1)
        return StoreResult::failure(StoreErrorKind::Data,
                                    tr("Conflict %1 does not exist.").arg(id));
    StoreResult r = AuditLog::append(
        m_db, c,
        {actor,
         QStringLiteral("conflict_resolved"),
         {},
         {},
         {{QStringLiteral("conflict"), id}, {QStringLiteral("resolution"), resolution}}});
    return r.ok() ? t.commit() : r;
}

} // namespace pingjia
