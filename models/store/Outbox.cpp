// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/Outbox.h"

#include "models/store/AuditLog.h"
#include "models/store/ConflictLog.h"
#include "models/store/LocalWorkDatabase.h"
#include "models/store/LocalWorkRows.h"
#include "models/store/PendingOverlay.h"
#include "models/store/SqlText.h"
#include "models/store/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pingjia {

using namespace localwork;

namespace {

std::optional<OutboxStatus> statusFromString(const QString &s)
{
    for (OutboxStatus st : {OutboxStatus::Pending, OutboxStatus::Sent, OutboxStatus::Acked,
                            OutboxStatus::Conflict, OutboxStatus::Refused}) {
        if (toString(st) == s)
            return st;
    }
    return std::nullopt;
}

const QString outboxColumns = QStringLiteral(
    "seq, action_id, eval_id, type, base_version, at, actor, payload, result_record, status, "
    "error, reply");

std::optional<OutboxEntry> outboxFrom(const QSqlQuery &q, QString *error)
{
    OutboxEntry e;
    e.seq = q.value(0).toLongLong();
    e.actionId = q.value(1).toString();
    e.evalId = q.value(2).toString();
    const auto type = actionTypeFromString(q.value(3).toString());
    const auto status = statusFromString(q.value(9).toString());
    const auto record = HandlingRecord::fromJson(object(q.value(8)), error);
    if (!type || !status || !record) {
        if (error->isEmpty())
            *error = Outbox::tr("Outbox entry %1 is unreadable.").arg(e.seq);
        return std::nullopt;
    }
    e.type = *type;
    e.baseVersion = q.value(4).toInt();
    e.at = StoredTime::fromSql(q.value(5));
    e.actor = q.value(6).toString();
    e.payload = object(q.value(7));
    e.resultingRecord = *record;
    e.status = *status;
    e.error = q.value(10).toString();
    e.reply = object(q.value(11));
    return e;
}

QList<OutboxEntry> selectOutbox(Connection &c, const QString &where, const QVariantList &binds,
                                StoreResult *error)
{
    QList<OutboxEntry> out;
    QSqlQuery q(c.database());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM outbox WHERE %2 ORDER BY seq").arg(outboxColumns, where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        setError(error, c.failure(q.lastError(), QStringLiteral("read outbox")));
        return out;
    }
    setError(error, {});
    while (q.next()) {
        QString message;
        auto e = outboxFrom(q, &message);
        if (!e) {
            setError(error, StoreResult::failure(StoreErrorKind::Data, message));
            return {};
        }
        out.append(*e);
    }
    return out;
}

} // namespace

QString wire::toString(OutboxStatus status)
{
    switch (status) {
    case OutboxStatus::Pending:
        return QStringLiteral("pending");
    case OutboxStatus::Sent:
        return QStringLiteral("sent");
    case OutboxStatus::Acked:
        return QStringLiteral("acked");
    case OutboxStatus::Conflict:
        return QStringLiteral("conflict");
    case OutboxStatus::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

QJsonObject OutboxEntry::requestBody() const
{
    return {{QStringLiteral("actionId"), actionId},
            {QStringLiteral("type"), toString(type)},
            {QStringLiteral("baseVersion"), baseVersion},
            {QStringLiteral("at"), StoredTime::toText(at)},
            {QStringLiteral("payload"), payload}};
}

StoreResult Outbox::recordAction(const HandlingAction &action, const QString &evalId,
                                 int baseVersion, const HandlingRecord &resultingRecord,
                                 const QString &actor, qint64 *seq)
{
    if (action.actionId.isEmpty() || evalId.isEmpty() || resultingRecord.evalId != evalId ||
        !action.at.isValid()) {
        return StoreResult::failure(
            StoreErrorKind::Data,
            tr("The action on %1 is incomplete (action id, time or record missing) and was "
               "not recorded.")
                .arg(evalId));
    }
    Connection &c = m_db.connection();
    Transaction t(c);
    if (!t.isActive())
        return t.status();
    StoreResult r;
    QSqlQuery *q = c.prepared(
        "outbox-insert",
        QStringLiteral("INSERT INTO outbox (action_id, eval_id, type, base_version, at, actor, "
                       "payload, result_record, status, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)"),
        &r);
    if (!q)
        return r;
    int i = 0;
    q->bindValue(i++, action.actionId);
    q->bindValue(i++, evalId);
    q->bindValue(i++, toString(action.type));
    q->bindValue(i++, baseVersion);
    q->bindValue(i++, StoredTime::toSql(action.at));
    q->bindValue(i++, actor);
    q->bindValue(i++, compact(action.payload));
    q->bindValue(i++, compact(resultingRecord.toJson()));
    q->bindValue(i++, now());
    q->bindValue(i++, now());
    if (!q->exec()) {
        // SQLITE_CONSTRAINT (19), whether Qt reports the primary or the extended code.
        if ((q->lastError().nativeErrorCode().toInt() & 0xff) == 19)
            return StoreResult::failure(StoreErrorKind::Data,
                                        tr("Action %1 was already recorded.").arg(action.actionId));
        return c.failure(q->lastError(), QStringLiteral("outbox"));
    }
    const qint64 newSeq = q->lastInsertId().toLongLong();

    r = AuditLog::append(m_db, c,
                         {actor,
                          QStringLiteral("action"),
                          evalId,
                          action.actionId,
                          {{QStringLiteral("type"), toString(action.type)},
                           {QStringLiteral("baseVersion"), baseVersion},
                           {QStringLiteral("at"), StoredTime::toText(action.at)},
                           {QStringLiteral("payload"), action.payload},
                           {QStringLiteral("resultingState"), toString(resultingRecord.state)},
                           {QStringLiteral("seq"), newSeq}}});
    if (!r.ok())
        return r;

    r = PendingOverlay::put(c, resultingRecord, newSeq);
    if (!r.ok())
        return r;
    r = t.commit();
    if (r.ok() && seq)
        *seq = newSeq;
    return r;
}

QList<OutboxEntry> Outbox::pendingActions(StoreResult *error)
{
    return selectOutbox(m_db.connection(), QStringLiteral("status IN ('pending', 'sent')"), {},
                        error);
}

QList<OutboxEntry> Outbox::actions(const QString &evalId, StoreResult *error)
{
    return selectOutbox(m_db.connection(), QStringLiteral("eval_id = ?"), {evalId}, error);
}

StoreResult Outbox::markSent(qint64 seq)
{
    Connection &c = m_db.connection();
    QSqlQuery q(c.database());
    q.prepare(QStringLiteral("UPDATE outbox SET status = 'sent', updated_at = ? "
                             "WHERE seq = ? AND status = 'pending'"));
    q.addBindValue(now());
    q.addBindValue(seq);
    if (!q.exec())
        return c.failure(q.lastError(), QStringLiteral("mark sent"));
    return {};
}

StoreResult Outbox::markUnsent(qint64 seq)
{
    Connection &c = m_db.connection();
    QSqlQuery q(c.database());
    q.prepare(QStringLiteral("UPDATE outbox SET status = 'pending', updated_at = ? "
                             "WHERE seq = ? AND status = 'sent'"));
    q.addBindValue(now());
    q.addBindValue(seq);
    if (!q.exec())
        return c.failure(q.lastError(), QStringLiteral("mark unsent"));
    return {};
}

StoreResult Outbox::markAcked(qint64 seq, const QJsonObject &reply)
{
    return finish(seq, OutboxStatus::Acked, {}, reply, std::nullopt);
}

StoreResult Outbox::markConflict(qint64 seq, const std::optional<HandlingRecord> &platformRecord,
                                 const QString &message, const QJsonObject &reply)
{
    return finish(seq, OutboxStatus::Conflict, message, reply, platformRecord);
}

StoreResult Outbox::markRefused(qint64 seq, const QString &message, const QJsonObject &reply)
{
    return finish(seq, OutboxStatus::Refused, message, reply, std::nullopt);
}

StoreResult Outbox::finish(qint64 seq, OutboxStatus status, const QString &message,
                           const QJsonObject &reply,
                           const std::optional<HandlingRecord> &platformRecord)
{
    Connection &c = m_db.connection();
    Transaction t(c);
    if (!t.isActive())
        return t.status();
    StoreResult r;
    const QList<OutboxEntry> found = selectOutbox(c, QStringLiteral("seq = ?"), {seq}, &r);
    if (!r.ok())
        return r;
    if (found.isEmpty())
        return StoreResult::failure(StoreErrorKind::Data,
                                    tr("Outbox entry %1 does not exist.").arg(seq));
    const OutboxEntry entry = found.first();
    if (entry.status != OutboxStatus::Pending && entry.status != OutboxStatus::Sent) {
        // A repeated answer (e.g. after a resend) changes nothing.
        return entry.status == status
                   ? StoreResult::success()
                   : StoreResult::failure(
                         StoreErrorKind::Data,
                         tr("Outbox entry %1 is already %2.").arg(seq).arg(toString(entry.status)));
    }

    QList<OutboxEntry> affected{entry};
    if (status != OutboxStatus::Acked) {
        // Later actions on this evaluation were computed on top of this one.
        affected += selectOutbox(
            c, QStringLiteral("eval_id = ? AND seq > ? AND status IN ('pending', 'sent')"),
            {entry.evalId, seq}, &r);
        if (!r.ok())
            return r;
    }
    // Shown to the user in the history: the outcome in words, not its wire code.
    const QString outcome = status == OutboxStatus::Conflict ? tr("in conflict with the platform")
                                                             : tr("refused by the platform");
    for (const OutboxEntry &e : std::as_const(affected)) {
        const bool dependent = e.seq != seq;
        const QString text = dependent
                                 ? tr("Not sent: the earlier action %1 on this evaluation was %2.")
                                       .arg(entry.actionId, outcome)
                                 : message;
        QSqlQuery q(c.database());
        q.prepare(QStringLiteral(
            "UPDATE outbox SET status = ?, error = ?, reply = ?, updated_at = ? WHERE seq = ?"));
        q.addBindValue(toString(status));
        q.addBindValue(SqlText::optionalText(text));
        q.addBindValue(dependent || reply.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                    : QVariant(compact(reply)));
        q.addBindValue(now());
        q.addBindValue(e.seq);
        if (!q.exec())
            return c.failure(q.lastError(), QStringLiteral("finish outbox entry"));
        if (status == OutboxStatus::Conflict) {
            r = ConflictLog::add(c, {0,
                                     e.seq,
                                     e.actionId,
                                     e.evalId,
                                     e.resultingRecord,
                                     platformRecord,
                                     text,
                                     {},
                                     false,
                                     {}});
            if (!r.ok())
                return r;
        }
        r = AuditLog::append(m_db, c,
                             {e.actor,
                              toString(status),
                              e.evalId,
                              e.actionId,
                              {{QStringLiteral("seq"), e.seq},
                               {QStringLiteral("message"), text},
                               {QStringLiteral("reply"), dependent ? QJsonObject() : reply}}});
        if (!r.ok())
            return r;
    }

    // The overlay stays only while actions on this evaluation are still to be sent.
    r = PendingOverlay::dropWhenSettled(c, entry.evalId);
    if (!r.ok())
        return r;
    return t.commit();
}

} // namespace pingjia
