// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/IntegrityVerdicts.h"

#include "models/domain/Clock.h"
#include "models/store/AuditLog.h"
#include "models/store/LocalWorkDatabase.h"
#include "models/store/StoredTime.h"
#include "models/store/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pingjia {

QString toString(IntegrityVerdict verdict)
{
    return verdict == IntegrityVerdict::Confirmed ? QStringLiteral("confirmed")
                                                  : QStringLiteral("cleared");
}

IntegrityVerdicts::IntegrityVerdicts(LocalWorkDatabase &db) : m_db(db)
{
}

QString IntegrityVerdicts::itemKey(const IntegrityFlag &flag)
{
    return flag.evalId.isEmpty() ? flag.unitCode : flag.evalId;
}

StoreResult IntegrityVerdicts::record(const IntegrityFlag &flag, const QString &month,
                                      IntegrityVerdict verdict, const QString &note,
                                      const QString &actor)
{
    if (actor.isEmpty() || itemKey(flag).isEmpty() || month.isEmpty())
        return StoreResult::failure(StoreErrorKind::Data,
                                    tr("A verdict needs the item, its month and who gives it."));
    Connection &c = m_db.connection();
    Transaction t(c);
    if (!t.isActive())
        return t.status();
    const QVariant at = StoredTime::toSql(Clock::now());
    QSqlQuery q(c.database());
    q.prepare(QStringLiteral(
        "INSERT INTO integrity_verdicts (rule, item_key, month, verdict, note, actor, at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (rule, item_key, month) DO UPDATE SET "
        "verdict = excluded.verdict, note = excluded.note, actor = excluded.actor, "
        "at = excluded.at"));
    for (const QVariant &v :
         {QVariant(toString(flag.rule)), QVariant(itemKey(flag)), QVariant(month),
          QVariant(toString(verdict)),
          QVariant(note.trimmed().isEmpty() ? QStringLiteral("") : note.trimmed()), QVariant(actor),
          at})
        q.addBindValue(v);
    if (!q.exec())
        return c.failure(q.lastError(), QStringLiteral("integrity verdict"));
    // The audit row names the item by codes only: no personal data (the note is the
    // user's own words and is kept in the verdict table, not repeated here).
    StoreResult r = AuditLog::append(m_db, c,
                                     {actor,
                                      QStringLiteral("integrity_verdict"),
                                      flag.evalId,
                                      {},
                                      {{QStringLiteral("rule"), toString(flag.rule)},
                                       {QStringLiteral("unitCode"), flag.unitCode},
                                       {QStringLiteral("month"), month},
                                       {QStringLiteral("verdict"), toString(verdict)}}});
    return r.ok() ? t.commit() : r;
}

std::optional<QHash<QPair<QString, QString>, IntegrityVerdictEntry>>
IntegrityVerdicts::verdicts(const QString &month, StoreResult *error)
{
    Connection &c = m_db.connection();
    QSqlQuery q(c.database());
    q.prepare(QStringLiteral("SELECT rule, item_key, verdict, note, actor, at FROM "
                             "integrity_verdicts WHERE month = ?"));
    q.addBindValue(month);
    if (!q.exec()) {
        if (error)
            *error = c.failure(q.lastError(), QStringLiteral("integrity verdicts"));
        return std::nullopt;
    }
    QHash<QPair<QString, QString>, IntegrityVerdictEntry> out;
    while (q.next()) {
        IntegrityVerdictEntry e;
        e.verdict = q.value(2).toString() == QLatin1String("confirmed")
                        ? IntegrityVerdict::Confirmed
                        : IntegrityVerdict::Cleared;
        e.note = q.value(3).toString();
        e.actor = q.value(4).toString();
        e.at = StoredTime::fromSql(q.value(5));
        out.insert({q.value(0).toString(), q.value(1).toString()}, e);
    }
    return out;
}

std::optional<QSet<QPair<QString, QString>>>
IntegrityVerdicts::clearedItems(const QStringList &months, StoreResult *error)
{
    QSet<QPair<QString, QString>> cleared;
    for (const QString &month : months) {
        const auto all = verdicts(month, error);
        if (!all)
            return std::nullopt;
        for (auto it = all->cbegin(); it != all->cend(); ++it) {
            if (it->verdict == IntegrityVerdict::Cleared)
                cleared.insert(it.key());
        }
    }
    return cleared;
}

bool IntegrityVerdicts::counts(const IntegrityFlag &flag,
                               const QSet<QPair<QString, QString>> &cleared)
{
    return !cleared.contains({toString(flag.rule), itemKey(flag)});
}

} // namespace pingjia
