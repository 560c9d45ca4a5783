// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/HandlingRollup.h"

#include "models/store/Connection.h"
#include "models/store/IndicatorSql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pingjia {

const char *const HandlingRollup::kTempTables[3] = {"rollup_dirty_seen", "rollup_handling",
                                                    "stage_handling"};

namespace {

const QString kColumns = QStringLiteral(
    "grain, unit_code, month, verify_due, verified_by_deadline, rectification_due, "
    "rectified_by_deadline, confirmed, rectified, followed_up, follow_up_sum, follow_up_count");

const QString kStagedMonth =
    QStringLiteral("month IN (SELECT month FROM temp.rollup_handling_months)");

} // namespace

StoreResult HandlingRollup::exec(const QString &sql)
{
    QSqlQuery q(m_c.database());
    if (!q.exec(sql))
        return m_c.failure(q.lastError(), tr("updating the handling rollups"));
    return {};
}

bool HandlingRollup::isStale(StoreResult *error)
{
    QSqlQuery q(m_c.database());
    if (!q.exec(QStringLiteral("SELECT stale, EXISTS (SELECT 1 FROM indicator_handling_dirty) "
                               "FROM indicator_handling_state WHERE id = 1"))) {
        if (error)
            *error = m_c.failure(q.lastError(), tr("reading the handling rollups"));
        return true;
    }
    return !q.next() || q.value(0).toInt() != 0 || q.value(1).toInt() != 0;
}

bool HandlingRollup::readMarks(bool *whole, StoreResult *error)
{
    QSqlQuery q(m_c.database());
    if (!q.exec(QStringLiteral("SELECT stale FROM indicator_handling_state WHERE id = 1"))) {
        *error = m_c.failure(q.lastError(), tr("reading the handling rollups"));
        return false;
    }
    *whole = !q.next() || q.value(0).toInt() != 0;
    q.finish();
    for (const char *sql : {"CREATE TEMP TABLE rollup_dirty_seen AS SELECT month, generation FROM "
                            "indicator_handling_dirty",
                            "INSERT INTO temp.rollup_handling_months (month) SELECT month FROM "
                            "temp.rollup_dirty_seen WHERE month NOT IN (SELECT month FROM "
                            "temp.rollup_handling_months)"}) {
        if (StoreResult r = exec(QString::fromLatin1(sql)); !r.ok()) {
            *error = r;
            return false;
        }
    }
    return *whole || (q.exec(QStringLiteral("SELECT 1 FROM temp.rollup_dirty_seen")) && q.next());
}

QStringList HandlingRollup::stagedMonths(StoreResult *error)
{
    QStringList months;
    QSqlQuery q(m_c.database());
    if (!q.exec(QStringLiteral("SELECT month FROM temp.rollup_handling_months ORDER BY month"))) {
        *error = m_c.failure(q.lastError(), tr("reading the handling rollups"));
        return months;
    }
    while (q.next())
        months << q.value(0).toString();
    return months;
}

StoreResult HandlingRollup::stage(bool whole)
{
    // A bad review belongs to a staged month through any of its three months; its rows
    // under the other months are dropped by the month filter of the insert.
    const QString facts =
        whole
            ? IndicatorSql::handlingFactsSql()
            : QStringLiteral("SELECT * FROM (%1) f WHERE verify_month IN (SELECT month FROM "
                             "temp.rollup_handling_months) OR rectification_month IN (SELECT month "
                             "FROM temp.rollup_handling_months) OR confirmed_month IN (SELECT "
                             "month FROM temp.rollup_handling_months)")
                  .arg(IndicatorSql::handlingFactsSql());
    QStringList sql = {
        QStringLiteral("CREATE TEMP TABLE rollup_handling AS ") + facts,
        QStringLiteral("CREATE TEMP TABLE stage_handling AS SELECT %1 FROM "
                       "indicator_handling_month WHERE 1 = 0")
            .arg(kColumns),
    };
    for (IndicatorSql::Grain g : IndicatorSql::kAllGrains) {
        sql << IndicatorSql::handlingRollupSql(g, QStringLiteral("temp.rollup_handling"),
                                               QStringLiteral("temp.stage_handling"),
                                               whole ? QString() : kStagedMonth);
    }
    for (const QString &s : std::as_const(sql)) {
        if (StoreResult r = exec(s); !r.ok())
            return r;
    }
    return {};
}

StoreResult HandlingRollup::store(bool whole)
{
    const QStringList sql = {
        whole ? QStringLiteral("DELETE FROM indicator_handling_month")
              : QStringLiteral("DELETE FROM indicator_handling_month WHERE ") + kStagedMonth,
        QStringLiteral("INSERT INTO indicator_handling_month (%1) SELECT %1 FROM "
                       "temp.stage_handling")
            .arg(kColumns),
        // Only the marks as seen: a write since has raised the generation and stays marked.
        QStringLiteral("DELETE FROM indicator_handling_dirty WHERE EXISTS (SELECT 1 FROM "
                       "temp.rollup_dirty_seen s WHERE s.month = indicator_handling_dirty.month "
                       "AND s.generation = indicator_handling_dirty.generation)"),
        whole ? QStringLiteral("UPDATE indicator_handling_state SET stale = 0") : QString(),
    };
    for (const QString &s : sql) {
        if (s.isEmpty())
            continue;
        if (StoreResult r = exec(s); !r.ok())
            return r;
    }
    return {};
}

StoreResult HandlingRollup::invalidate()
{
    for (const char *s : {"DELETE FROM indicator_handling_month",
                          "UPDATE indicator_handling_state SET stale = 1, refresh_count = "
                          "refresh_count + 1"}) {
        if (StoreResult r = exec(QString::fromLatin1(s)); !r.ok())
            return r;
    }
    return {};
}

} // namespace pingjia
