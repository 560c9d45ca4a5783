// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/LocalWorkStore.h"

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
QJsonObject object(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}
QVariant now()
{
    return StoredTime::toSql(Clock::now());
}
QDateTime time(const QVariant &v)
{
    return StoredTime::fromSql(v);
}

std::optional<OutboxStatus> statusFromString(const QString &s)
{
    for (OutboxStatus st : {OutboxStatus::Pending, OutboxStatus::Sent, OutboxStatus::Acked,
                            OutboxStatus::Conflict, OutboxStatus::Refused}) {
        if (toString(st) == s)
            return st;
    }
    return std::nullopt;
}

void setError(StoreResult *error, StoreResult r)
{
    if (error)
        *error = std::move(r);
}

StoreResult writeAudit(Connection &c, const QString &actor, const QString &event,
                       const QString &evalId, const QString &actionId, const QJsonObject &detail)
{
    StoreResult r;
    QSqlQuery *q = c.prepared("audit",
                              QStringLiteral("INSERT INTO audit_log (at, actor, event, eval_id, "
                                             "action_id, detail) VALUES (?, ?, ?, ?, ?, ?)"),
                              &r);
    if (!q)
        return r;
    q->bindValue(0, now());
    q->bindValue(1, actor);
    q->bindValue(2, event);
    q->bindValue(3, SqlText::optionalText(evalId));
    q->bindValue(4, SqlText::optionalText(actionId));
    q->bindValue(5, compact(detail));
    if (!q->exec())
        return c.failure(q->lastError(), QStringLiteral("audit"));
    return {};
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
            *error = LocalWorkStore::tr("Outbox entry %1 is unreadable.").arg(e.seq);
        return std::nullopt;
    }
    e.type = *type;
    e.baseVersion = q.value(4).toInt();
    e.at = time(q.value(5));
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

LocalWorkStore::LocalWorkStore(LocalWorkDatabase &db) : m_db(db)
{
}

StoreResult LocalWorkStore::recordAction(const HandlingAction &action, const QString &evalId,
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

    r = writeAudit(c, actor, QStringLiteral("action"), evalId, action.actionId,
                   {{QStringLiteral("type"), toString(action.type)},
                    {QStringLiteral("baseVersion"), baseVersion},
                    {QStringLiteral("at"), StoredTime::toText(action.at)},
                    {QStringLiteral("payload"), action.payload},
                    {QStringLiteral("resultingState"), toString(resultingRecord.state)},
                    {QStringLiteral("seq"), newSeq}});
    if (!r.ok())
        return r;

    QSqlQuery *overlay =
        c.prepared("overlay-upsert",
                   SqlText::upsert(QStringLiteral("pending_overlay"),
                                   {QStringLiteral("eval_id"), QStringLiteral("record"),
                                    QStringLiteral("state"), QStringLiteral("last_seq"),
                                    QStringLiteral("updated_at")},
                                   {QStringLiteral("eval_id")}),
                   &r);
    if (!overlay)
        return r;
    overlay->bindValue(0, evalId);
    overlay->bindValue(1, compact(resultingRecord.toJson()));
    overlay->bindValue(2, toString(resultingRecord.state));
    overlay->bindValue(3, newSeq);
    overlay->bindValue(4, now());
    if (!overlay->exec())
        return c.failure(overlay->lastError(), QStringLiteral("overlay"));
    r = t.commit();
    if (r.ok() && seq)
        *seq = newSeq;
    return r;
}

QList<OutboxEntry> LocalWorkStore::pendingActions(StoreResult *error)
{
    return selectOutbox(m_db.connection(), QStringLiteral("status IN ('pending', 'sent')"), {},
                        error);
}

QList<OutboxEntry> LocalWorkStore::actions(const QString &evalId, StoreResult *error)
{
    return selectOutbox(m_db.connection(), QStringLiteral("eval_id = ?"), {evalId}, error);
}

StoreResult LocalWorkStore::markSent(qint64 seq)
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

StoreResult LocalWorkStore::markUnsent(qint64 seq)
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

StoreResult LocalWorkStore::markAcked(qint64 seq, const QJsonObject &reply)
{
    return finish(seq, OutboxStatus::Acked, {}, reply, std::nullopt);
}

StoreResult LocalWorkStore::markConflict(qint64 seq,
                                         const std::optional<HandlingRecord> &platformRecord,
                                         const QString &message, const QJsonObject &reply)
{
    return finish(seq, OutboxStatus::Conflict, message, reply, platformRecord);
}

StoreResult LocalWorkStore::markRefused(qint64 seq, const QString &message,
                                        const QJsonObject &reply)
{
    return finish(seq, OutboxStatus::Refused, message, reply, std::nullopt);
}

StoreResult LocalWorkStore::finish(qint64 seq, OutboxStatus status, const QString &message,
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
    for (const OutboxEntry &e : std::as_const(affected)) {
        const bool dependent = e.seq != seq;
        const QString text = dependent
                                 ? tr("Not sent: the earlier action %1 on this evaluation was %2.")
                                       .arg(entry.actionId, toString(status))
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
            QSqlQuery cq(c.database());
            cq.prepare(QStringLiteral(
                "INSERT INTO conflicts (seq, action_id, eval_id, local_record, platform_record, "
                "message, at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
            cq.addBindValue(e.seq);
            cq.addBindValue(e.actionId);
            cq.addBindValue(e.evalId);
            cq.addBindValue(compact(e.resultingRecord.toJson()));
            cq.addBindValue(platformRecord ? QVariant(compact(platformRecord->toJson()))
                                           : QVariant(QMetaType::fromType<QString>()));
            cq.addBindValue(text);
            cq.addBindValue(now());
            if (!cq.exec())
                return c.failure(cq.lastError(), QStringLiteral("conflict"));
        }
        r = writeAudit(c, e.actor, toString(status), e.evalId, e.actionId,
                       {{QStringLiteral("seq"), e.seq},
                        {QStringLiteral("message"), text},
                        {QStringLiteral("reply"), dependent ? QJsonObject() : reply}});
        if (!r.ok())
            return r;
    }

    // The overlay stays only while actions on this evaluation are still to be sent.
    QSqlQuery remaining(c.database());
    remaining.prepare(QStringLiteral(
        "SELECT count(*) FROM outbox WHERE eval_id = ? AND status IN ('pending', 'sent')"));
    remaining.addBindValue(entry.evalId);
    if (!remaining.exec() || !remaining.next())
        return c.failure(remaining.lastError(), QStringLiteral("count open actions"));
    const qint64 open = remaining.value(0).toLongLong();
    remaining.finish();
    if (open == 0) {
        QSqlQuery q(c.database());
        q.prepare(QStringLiteral("DELETE FROM pending_overlay WHERE eval_id = ?"));
        q.addBindValue(entry.evalId);
        if (!q.exec())
            return c.failure(q.lastError(), QStringLiteral("overlay"));
    }
    return t.commit();
}

std::optional<HandlingRecord> LocalWorkStore::overlay(const QString &evalId, StoreResult *error)
{
    setError(error, {});
    Connection &c = m_db.connection();
    QSqlQuery q(c.database());
    q.prepare(QStringLiteral("SELECT record FROM pending_overlay WHERE eval_id = ?"));
    q.addBindValue(evalId);
    if (!q.exec()) {
        setError(error, c.failure(q.lastError(), QStringLiteral("overlay")));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    QString message;
    auto record = HandlingRecord::fromJson(object(q.value(0)), &message);
    if (!record)
        setError(error, StoreResult::failure(StoreErrorKind::Data, message));
    return record;
}

QList<HandlingRecord> LocalWorkStore::overlays(StoreResult *error)
{
    setError(error, {});
    QList<HandlingRecord> out;
    Connection &c = m_db.connection();
    QSqlQuery q(c.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT record FROM pending_overlay ORDER BY eval_id"))) {
        setError(error, c.failure(q.lastError(), QStringLiteral("overlays")));
        return out;
    }
    while (q.next()) {
        QString message;
        auto record = HandlingRecord::fromJson(object(q.value(0)), &message);
        if (!record) {
            setError(error, StoreResult::failure(StoreErrorKind::Data, message));
            continue;
        }
        out.append(*record);
    }
    return out;
}

QList<ConflictEntry> LocalWorkStore::conflicts(bool includeResolved, StoreResult *error)
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
        e.at = time(q.value(7));
        e.resolved = q.value(8).toBool();
        e.resolution = q.value(9).toString();
        out.append(e);
    }
    return out;
}

StoreResult LocalWorkStore::resolveConflict(qint64 id, const QString &resolution,
                                            const QString &actor)
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
    StoreResult r =
        writeAudit(c, actor, QStringLiteral("conflict_resolved"), {}, {},
                   {{QStringLiteral("conflict"), id}, {QStringLiteral("resolution"), resolution}});
    return r.ok() ? t.commit() : r;
}

StoreResult LocalWorkStore::recordReveal(const QString &evalId, const QString &actor,
                                         const QStringList &fields, const QString &reason)
{
    if (reason.trimmed().isEmpty() || actor.isEmpty() || evalId.isEmpty())
        return StoreResult::failure(
            StoreErrorKind::Data,
            tr("Showing an evaluator's personal data needs a stated reason (000 art.5)."));
    Connection &c = m_db.connection();
    Transaction t(c);
    if (!t.isActive())
        return t.status();
    QSqlQuery q(c.database());
    q.prepare(QStringLiteral(
        "INSERT INTO reveal_log (at, actor, eval_id, fields, reason) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(now());
    q.addBindValue(actor);
    q.addBindValue(evalId);
    q.addBindValue(fields.join(QLatin1Char(',')));
    q.addBindValue(reason.trimmed());
    if (!q.exec())
        return c.failure(q.lastError(), QStringLiteral("reveal log"));
    StoreResult r = writeAudit(c, actor, QStringLiteral("reveal"), evalId, {},
                               {{QStringLiteral("fields"), QJsonArray::fromStringList(fields)},
                                {QStringLiteral("reason"), reason.trimmed()}});
    return r.ok() ? t.commit() : r;
}

StoreResult LocalWorkStore::appendAudit(const QString &actor, const QString &event,
                                        const QString &evalId, const QJsonObject &detail)
{
    return writeAudit(m_db.connection(), actor, event, evalId, {}, detail);
}

QList<RevealEntry> LocalWorkStore::reveals(const QString &evalId, StoreResult *error)
{
    setError(error, {});
    QList<RevealEntry> out;
    Connection &c = m_db.connection();
    QSqlQuery q(c.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, at, actor, eval_id, fields, reason FROM reveal_log %1 "
                             "ORDER BY id")
                  .arg(evalId.isEmpty() ? QString() : QStringLiteral("WHERE eval_id = ?")));
    if (!evalId.isEmpty())
        q.addBindValue(evalId);
    if (!q.exec()) {
        setError(error, c.failure(q.lastError(), QStringLiteral("reveal log")));
        return out;
    }
    while (q.next()) {
        out.append({q.value(0).toLongLong(), time(q.value(1)), q.value(2).toString(),
                    q.value(3).toString(),
                    q.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts),
                    q.value(5).toString()});
    }
    return out;
}

QList<AuditEntry> LocalWorkStore::audit(const QString &evalId, StoreResult *error)
{
    setError(error, {});
    QList<AuditEntry> out;
    Connection &c = m_db.connection();
    QSqlQuery q(c.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, at, actor, event, eval_id, action_id, detail "
                             "FROM audit_log %1 ORDER BY id")
                  .arg(evalId.isEmpty() ? QString() : QStringLiteral("WHERE eval_id = ?")));
    if (!evalId.isEmpty())
        q.addBindValue(evalId);
    if (!q.exec()) {
        setError(error, c.failure(q.lastError(), QStringLiteral("audit log")));
        return out;
    }
    while (q.next()) {
        out.append({q.value(0).toLongLong(), time(q.value(1)), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                    object(q.value(6))});
    }
    return out;
}

std::optional<QString> LocalWorkStore::setting(const QString &key, StoreResult *error)
{
    setError(error, {});
    Connection &c = m_db.connection();
    QSqlQuery q(c.database());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec()) {
        setError(error, c.failure(q.lastError(), QStringLiteral("settings")));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

StoreResult LocalWorkStore::setSetting(const QString &key, const QString &value)
{
    Connection &c = m_db.connection();
    QSqlQuery q(c.database());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                             "updated_at = excluded.updated_at"));
    q.addBindValue(key);
    q.addBindValue(SqlText::text(value));
    q.addBindValue(now());
    if (!q.exec())
        return c.failure(q.lastError(), QStringLiteral("settings"));
    return {};
}

StoreResult LocalWorkStore::removeSetting(const QString &key)
{
    Connection &c = m_db.connection();
    QSqlQuery q(c.database());
    q.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return c.failure(q.lastError(), QStringLiteral("settings"));
    return {};
}

} // namespace pingjia
