// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/PendingOverlay.h"

#include "models/store/LocalWorkDatabase.h"
#include "models/store/LocalWorkRows.h"
#include "models/store/SqlText.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pingjia {

using namespace localwork;

StoreResult PendingOverlay::put(Connection &c, const HandlingRecord &record, qint64 seq)
{
    return c.execPrepared(
        "overlay-upsert",
        SqlText::upsert(QStringLiteral("pending_overlay"),
                        {QStringLiteral("eval_id"), QStringLiteral("record"),
                         QStringLiteral("state"), QStringLiteral("last_seq"),
                         QStringLiteral("updated_at")},
                        {QStringLiteral("eval_id")}),
        {record.evalId, compact(record.toJson()), toString(record.state), seq, now()},
        QStringLiteral("overlay"));
}

StoreResult PendingOverlay::dropWhenSettled(Connection &c, const QString &evalId)
{
    QSqlQuery remaining(c.database());
    remaining.prepare(QStringLiteral(
        "SELECT count(*) FROM outbox WHERE eval_id = ? AND status IN ('pending', 'sent')"));
    remaining.addBindValue(evalId);
    if (!remaining.exec() || !remaining.next())
        return c.failure(remaining.lastError(), QStringLiteral("count open actions"));
    const qint64 open = remaining.value(0).toLongLong();
    remaining.finish();
    if (open > 0)
        return {};
    QSqlQuery q(c.database());
    q.prepare(QStringLiteral("DELETE FROM pending_overlay WHERE eval_id = ?"));
    q.addBindValue(evalId);
    if (!q.exec())
        return c.failure(q.lastError(), QStringLiteral("overlay"));
    return {};
}

std::optional<HandlingRecord> PendingOverlay::overlay(const QString &evalId, StoreResult *error)
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

QList<HandlingRecord> PendingOverlay::overlays(StoreResult *error)
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

} // namespace pingjia
