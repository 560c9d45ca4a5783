// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/AuditLog.h"

#include "models/domain/Clock.h"
#include "models/store/LocalWorkDatabase.h"
#include "models/store/SqlText.h"
#include "models/store/StoredTime.h"
#include "models/store/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace pingjia {

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QSqlQuery selectWhereEval(Connection &c, const QString &columns, const QString &table,
                          const QString &evalId)
{
    QSqlQuery q(c.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 %3 ORDER BY id")
                  .arg(columns, table,
                       evalId.isEmpty() ? QString() : QStringLiteral("WHERE eval_id = ?")));
    if (!evalId.isEmpty())
        q.addBindValue(evalId);
    return q;
}

} // namespace

AuditLog::AuditLog(LocalWorkDatabase &db) : m_db(db)
{
}

StoreResult AuditLog::append(LocalWorkDatabase &db, Connection &c, const AuditEvent &event)
{
    QSqlQuery *q = nullptr;
    const StoreResult r = c.execPrepared(
        "audit",
        QStringLiteral("INSERT INTO audit_log (at, actor, event, eval_id, action_id, detail) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {StoredTime::toSql(Clock::now()), event.actor, event.event,
         SqlText::optionalText(event.evalId), SqlText::optionalText(event.actionId),
         compact(event.detail)},
        QStringLiteral("audit"), &q);
    if (!r.ok())
        return r;
    return AuditChain::seal(c, AuditLogTable::Audit, q->lastInsertId().toLongLong(), db.auditKey());
}

StoreResult AuditLog::record(const AuditEvent &event)
{
    Connection &c = m_db.connection();
    Transaction t(c);
    if (!t.isActive())
        return t.status();
    StoreResult r = append(m_db, c, event);
    return r.ok() ? t.commit() : r;
}

StoreResult AuditLog::recordReveal(const QString &evalId, const QString &actor,
                                   const QStringList &fields, const QString &reason)
{
    if (reason.trimmed().isEmpty() || actor.isEmpty() || evalId.isEmpty())
        return StoreResult::failure(
            StoreErrorKind::Data,
            tr("Showing an evaluator's personal data needs a stated reason: it is protected and "
               "given to nobody without the evaluator's consent."));
    Connection &c = m_db.connection();
    Transaction t(c);
    if (!t.isActive())
        return t.status();
    QSqlQuery q(c.database());
    q.prepare(QStringLiteral(
        "INSERT INTO reveal_log (at, actor, eval_id, fields, reason) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(StoredTime::toSql(Clock::now()));
    q.addBindValue(actor);
    q.addBindValue(evalId);
    q.addBindValue(fields.join(QLatin1Char(',')));
    q.addBindValue(reason.trimmed());
    if (!q.exec())
        return c.failure(q.lastError(), QStringLiteral("reveal log"));
    StoreResult r =
        AuditChain::seal(c, AuditLogTable::Reveal, q.lastInsertId().toLongLong(), m_db.auditKey());
    if (r.ok())
        r = append(m_db, c,
                   {actor,
                    QStringLiteral("reveal"),
                    evalId,
                    {},
                    {{QStringLiteral("fields"), QJsonArray::fromStringList(fields)},
                     {QStringLiteral("reason"), reason.trimmed()}}});
    return r.ok() ? t.commit() : r;
}

QList<AuditEntry> AuditLog::entries(const QString &evalId, StoreResult *error)
{
    setError(error, {});
    QList<AuditEntry> out;
    Connection &c = m_db.connection();
    QSqlQuery q =
        selectWhereEval(c, QStringLiteral("id, at, actor, event, eval_id, action_id, detail"),
                        QStringLiteral("audit_log"), evalId);
    if (!q.exec()) {
        setError(error, c.failure(q.lastError(), QStringLiteral("audit log")));
        return out;
    }
    while (q.next()) {
        out.append({q.value(0).toLongLong(), StoredTime::fromSql(q.value(1)), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                    QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object()});
    }
    return out;
}

QList<RevealEntry> AuditLog::reveals(const QString &evalId, StoreResult *error)
{
    setError(error, {});
    QList<RevealEntry> out;
    Connection &c = m_db.connection();
    QSqlQuery q = selectWhereEval(c, QStringLiteral("id, at, actor, eval_id, fields, reason"),
                                  QStringLiteral("reveal_log"), evalId);
    if (!q.exec()) {
        setError(error, c.failure(q.lastError(), QStringLiteral("reveal log")));
        return out;
    }
    while (q.next()) {
        out.append({q.value(0).toLongLong(), StoredTime::fromSql(q.value(1)), q.value(2).toString(),
                    q.value(3).toString(),
                    q.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts),
                    q.value(5).toString()});
    }
    return out;
}

AuditVerdict AuditLog::verify()
{
    return AuditChain::verify(m_db.connection(), m_db.auditKey());
}

} // namespace pingjia
