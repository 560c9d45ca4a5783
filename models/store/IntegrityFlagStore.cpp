// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/IntegrityFlagStore.h"

#include "models/store/Connection.h"
#include "models/store/Logging.h"
#include "models/store/Transaction.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace pingjia {

namespace {

std::atomic<qint64> g_hits = 0;

const QString kWhat = QStringLiteral("integrity: stored flags");

QVariantList keyBinds(const IntegrityMemo::Key &key)
{
    return {key.start, key.end, key.repeatMinCases, key.burstMinCount, key.burstMinutes};
}

const char kSetOfKey[] = "period_start = ? AND period_end = ? AND repeat_min_cases = ? AND "
                         "burst_min_count = ? AND burst_minutes = ?";

} // namespace

std::optional<QList<IntegrityFlag>> IntegrityFlagStore::find(const IntegrityMemo::Key &key,
                                                             const Holds &holds, StoreResult *error)
{
    StoreResult ignored;
    StoreResult &r = error ? *error : ignored;
    r = {};
    QSqlQuery set(m_c.database());
    set.setForwardOnly(true);
    set.prepare(QStringLiteral("SELECT id, marks FROM integrity_flag_set WHERE %1")
                    .arg(QLatin1String(kSetOfKey)));
    const QVariantList binds = keyBinds(key);
    for (int i = 0; i < binds.size(); ++i)
        set.bindValue(i, binds.at(i));
    if (!set.exec()) {
        r = m_c.failure(set.lastError(), kWhat);
        return std::nullopt;
    }
    if (!set.next())
        return std::nullopt;
    const QVariant setId = set.value(0);
    const QString marks = set.value(1).toString();
    set.finish();
    if (!holds(marks))
        return std::nullopt;
    QSqlQuery q(m_c.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT rule, eval_id, unit_code, window_code FROM integrity_flag "
                             "WHERE set_id = ? ORDER BY rowid"));
    q.bindValue(0, setId);
    if (!q.exec()) {
        r = m_c.failure(q.lastError(), kWhat);
        return std::nullopt;
    }
    QList<IntegrityFlag> out;
    while (q.next())
        out.append(IntegrityFlag{IntegrityRule(q.value(0).toInt()),
                                 q.value(1).toString(),
                                 q.value(2).toString(),
                                 q.value(3).toString(),
                                 {}});
    ++g_hits;
    return out;
}

StoreResult IntegrityFlagStore::store(const IntegrityMemo::Key &key, const QString &marks,
                                      const QList<IntegrityFlag> &flags)
{
    // Not worth waiting for: a sync holding the write lock is not waited for (its writes
    // change the marks anyway), the busy timeout put back after.
    const QVariant timeout = m_c.scalar(QStringLiteral("PRAGMA busy_timeout"));
    m_c.scalar(QStringLiteral("PRAGMA busy_timeout = 0"));
    const auto restore = qScopeGuard(
        [&] { m_c.scalar(QStringLiteral("PRAGMA busy_timeout = %1").arg(timeout.toInt())); });
    const StoreResult r = storeLocked(key, marks, flags);
    if (!r.ok())
        qCInfo(lcStore) << "integrity flags not stored:" << r.message;
    return r;
}

StoreResult IntegrityFlagStore::storeLocked(const IntegrityMemo::Key &key, const QString &marks,
                                            const QList<IntegrityFlag> &flags)
{
    Transaction t(m_c);
    if (!t.isActive())
        return t.status();
    // The key's old set, and the oldest beyond the newest kKeptSets - 1 (sets of other
    // periods stay usable while their marks hold: IntegrityPeriodMarks).
    const QString setsToDrop =
        QStringLiteral("SELECT id FROM integrity_flag_set WHERE (%1) OR id NOT IN "
                       "(SELECT id FROM integrity_flag_set ORDER BY id DESC LIMIT %2)")
            .arg(QString::fromLatin1(kSetOfKey))
            .arg(kKeptSets - 1);
    const QVariantList dropBinds = keyBinds(key);
    for (const QString &sql :
         {QStringLiteral("DELETE FROM integrity_flag WHERE set_id IN (%1)").arg(setsToDrop),
          QStringLiteral("DELETE FROM integrity_flag_set WHERE id IN (%1)").arg(setsToDrop)}) {
        QSqlQuery q(m_c.database());
        q.prepare(sql);
        for (int i = 0; i < dropBinds.size(); ++i)
            q.bindValue(i, dropBinds.at(i));
        if (!q.exec())
            return m_c.failure(q.lastError(), kWhat);
    }
    QSqlQuery set(m_c.database());
    set.prepare(QStringLiteral("INSERT INTO integrity_flag_set (period_start, period_end, "
                               "repeat_min_cases, burst_min_count, burst_minutes, marks) "
                               "VALUES (?, ?, ?, ?, ?, ?)"));
    const QVariantList setBinds = keyBinds(key) << marks;
    for (int i = 0; i < setBinds.size(); ++i)
        set.bindValue(i, setBinds.at(i));
    if (!set.exec())
        return m_c.failure(set.lastError(), kWhat);
    const QVariant setId = set.lastInsertId();
    QSqlQuery row(m_c.database());
    row.prepare(QStringLiteral("INSERT INTO integrity_flag (set_id, rule, eval_id, unit_code, "
                               "window_code) VALUES (?, ?, ?, ?, ?)"));
    for (const IntegrityFlag &f : flags) {
        row.bindValue(0, setId);
        row.bindValue(1, int(f.rule));
        row.bindValue(2, f.evalId);
        row.bindValue(3, f.unitCode);
        row.bindValue(4, f.windowCode);
        if (!row.exec())
            return m_c.failure(row.lastError(), kWhat);
    }
    return t.commit();
}

qint64 IntegrityFlagStore::hits()
{
    return g_hits.load();
}

} // namespace pingjia
