// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/IndicatorRollup.h"

#include "models/domain/Clock.h"
#include "models/store/Connection.h"
#include "models/store/IndicatorSql.h"
#include "models/store/Logging.h"
#include "models/store/StoredTime.h"
#include "models/store/Transaction.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

namespace pingjia {

using IndicatorSql::Grain;

namespace {

// The day filter: every row, or those of the days in temp.rollup_touched.
QString dayJoin(bool everything, const QString &column)
{
    if (everything)
        return {};
    return QStringLiteral(" JOIN temp.rollup_touched t ON %1 BETWEEN t.day || ' 00:00:00' AND "
                          "t.day || ' 23:59:59'")
        .arg(column);
}

QString dayCondition(bool everything)
{
    return everything ? QString()
                      : QStringLiteral(" AND day IN (SELECT day FROM temp.rollup_touched)");
}

QString levelSum(int l)
{
    return QStringLiteral("sum(CASE WHEN e.valid = 1 AND e.level = %1 THEN 1 ELSE 0 END)").arg(l);
}

} // namespace

StoreResult IndicatorRollup::exec(const QString &sql, const QVariantList &binds)
{
    if (cancelled())
        return StoreResult::failure(StoreErrorKind::Sql, tr("Cancelled."));
    QSqlQuery q(m_c.database());
    if (!q.prepare(sql))
        return m_c.failure(q.lastError(), tr("preparing the indicator rollups"));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        qCWarning(lcStore) << "indicator rollups:" << sql;
        return m_c.failure(q.lastError(), tr("updating the indicator rollups"));
    }
    return {};
}

namespace {

// The current marks: the newest updated_at of cases and evaluations and how many rows
// carry exactly it (two index look-ups and two short index ranges), then the stored ones.
const QString kMarks = QStringLiteral(
    "SELECT m.cm, (SELECT count(*) FROM cases WHERE updated_at = m.cm), m.em, "
    "(SELECT count(*) FROM evaluations WHERE updated_at = m.em), s.cases_watermark, "
    "s.cases_at_mark, s.evaluations_watermark, s.evaluations_at_mark, s.built_at "
    "FROM (SELECT (SELECT max(updated_at) FROM cases) AS cm, (SELECT max(updated_at) FROM "
    "evaluations) AS em) m LEFT JOIN indicator_rollup_state s ON s.id = 1");

} // namespace

bool IndicatorRollup::isFresh(StoreResult *error)
{
    QSqlQuery q(m_c.database());
    if (!q.exec(kMarks) || !q.next()) {
        if (error)
            *error = m_c.failure(q.lastError(), tr("reading the indicator rollups"));
        return false;
    }
    if (q.value(8).isNull())
        return false;
    // Unchanged when the newest stamp and the number of rows carrying it are the same
    // (the platform stamps every change no earlier than what it served before).
    return q.value(0).toString() == q.value(4).toString() &&
           q.value(1).toLongLong() == q.value(5).toLongLong() &&
           q.value(2).toString() == q.value(6).toString() &&
           q.value(3).toLongLong() == q.value(7).toLongLong();
}

StoreResult IndicatorRollup::refresh(qint64 *rebuiltDays)
{
    StoreResult error;
    if (isFresh(&error))
        return {};
    if (!error.ok())
        return error;
    bool built = false;
    {
        QSqlQuery q(m_c.database());
        built =
            q.exec(QStringLiteral("SELECT built_at FROM indicator_rollup_state WHERE id = 1")) &&
            q.next() && !q.value(0).isNull();
        // No statement may stay open: the rebuild drops temporary tables.
        q.finish();
    }
    return rebuild(!built, rebuiltDays);
}

StoreResult IndicatorRollup::invalidate()
{
    Transaction t(m_c);
    for (const char *sql : {"DELETE FROM indicator_day", "DELETE FROM indicator_channel_day",
                            "DELETE FROM indicator_rollup_state"}) {
        if (StoreResult r = exec(QString::fromLatin1(sql)); !r.ok())
            return r;
    }
    return t.commit();
}

StoreResult IndicatorRollup::rebuild(bool everything, qint64 *rebuiltDays)
{
    QElapsedTimer timer;
    timer.start();
    Transaction t(m_c);
    if (!t.isActive())
        return t.status();
    // Read inside the write transaction: no writer can add rows between this and the
    // aggregates below, so the new watermark covers exactly what was aggregated.
    QSqlQuery w(m_c.database());
    if (!w.exec(kMarks) || !w.next())
        return m_c.failure(w.lastError(), tr("reading the indicator rollups"));
    const QVariantList marks{w.value(0).toString(), w.value(1), w.value(2).toString(), w.value(3)};
    const QString oldCases = w.value(4).toString(), oldEvaluations = w.value(6).toString();
    w.finish();

    if (StoreResult r = exec(QStringLiteral("DROP TABLE IF EXISTS temp.rollup_touched")); !r.ok())
        return r;
    if (StoreResult r = exec(
            QStringLiteral("CREATE TEMP TABLE rollup_touched (day TEXT PRIMARY KEY NOT NULL)"));
        !r.ok())
        return r;
    if (!everything) {
        const QString insert =
            QStringLiteral("INSERT INTO temp.rollup_touched (day) %1 ON CONFLICT (day) DO NOTHING");
        const struct {
            QString select;
            QString bind;
        } touched[] = {
            {QStringLiteral("SELECT DISTINCT substr(assess_time, 1, 10) FROM evaluations WHERE "
                            "updated_at >= ?"),
             oldEvaluations},
            {QStringLiteral("SELECT DISTINCT substr(finish_date, 1, 10) FROM cases WHERE "
                            "updated_at >= ? AND finish_date IS NOT NULL"),
             oldCases},
            {QStringLiteral("SELECT DISTINCT substr(c.finish_date, 1, 10) FROM evaluations e "
                            "JOIN cases c ON c.project_no = e.project_no WHERE e.updated_at >= ? "
                            "AND c.finish_date IS NOT NULL"),
             oldEvaluations},
        };
        for (const auto &s : touched) {
            if (StoreResult r = exec(insert.arg(s.select), {s.bind}); !r.ok())
                return r;
        }
    }
    if (StoreResult r = exec(QStringLiteral("DELETE FROM indicator_day WHERE 1 = 1") +
                             dayCondition(everything));
        !r.ok())
        return r;
    if (StoreResult r = exec(QStringLiteral("DELETE FROM indicator_channel_day WHERE 1 = 1") +
                             dayCondition(everything));
        !r.ok())
        return r;

    // The finest grain first (one pass over each big table), then each grain from it.
    QStringList levels;
    for (int l = 1; l <= 5; ++l)
        levels << levelSum(l) + QStringLiteral(" AS level%1").arg(l);
    const QString fine = QStringLiteral(
        "e.center_code AS center_code, e.dept_code AS dept_code, e.window_code AS window_code, "
        "e.staff_id AS staff_id");
    const QStringList build = {
        QStringLiteral("DROP TABLE IF EXISTS temp.rollup_eval"),
        QStringLiteral("DROP TABLE IF EXISTS temp.rollup_case"),
        // countsInIndicators (EvaluationValidity.h): withdrawn never counts; valid column
        // is evaluationValidity() as stored by the writer.
        QStringLiteral("CREATE TEMP TABLE rollup_eval AS SELECT substr(e.assess_time, 1, 10) AS "
                       "day, %1, coalesce(e.channel_code, '') AS channel_code, count(*) AS n, "
                       "sum(e.valid) AS valid, %2 FROM evaluations e%3 WHERE e.withdrawn = 0 "
                       "GROUP BY substr(e.assess_time, 1, 10), e.center_code, e.dept_code, "
                       "e.window_code, e.staff_id, e.channel_code")
            .arg(fine, levels.join(QStringLiteral(", ")),
                 dayJoin(everything, QStringLiteral("e.assess_time"))),
        // evaluatedCases: any non-withdrawn evaluation (issue 8); the 7-day defaults are
        // served − evaluated of the finish day (DefaultEvaluation.h countsAsDefault).
        QStringLiteral("CREATE TEMP TABLE rollup_case AS SELECT substr(c.finish_date, 1, 10) AS "
                       "day, c.center_code AS center_code, c.dept_code AS dept_code, "
                       "c.window_code AS window_code, c.staff_id AS staff_id, count(*) AS served, "
                       "sum(CASE WHEN EXISTS (SELECT 1 FROM evaluations x WHERE x.project_no = "
                       "c.project_no AND x.withdrawn = 0) THEN 1 ELSE 0 END) AS evaluated FROM "
                       "cases c%1 WHERE c.withdrawn = 0 AND c.pro_status = 3 AND c.finish_date IS "
                       "NOT NULL GROUP BY substr(c.finish_date, 1, 10), c.center_code, "
                       "c.dept_code, c.window_code, c.staff_id")
            .arg(dayJoin(everything, QStringLiteral("c.finish_date"))),
    };
    for (const QString &sql : build) {
        if (StoreResult r = exec(sql); !r.ok())
            return r;
    }
    for (Grain g : IndicatorSql::kAllGrains) {
        const QString unit = IndicatorSql::unitColumn(g);
        const QString grain = QString::number(int(g));
        // Both sources in one insert, grouped in the primary key's order (day, unit): the
        // rows append to the b-tree instead of landing all over it.
        QStringList sql = {
            QStringLiteral(
                "INSERT INTO indicator_day (grain, unit_code, day, served, evaluated_cases, "
                "evaluations, valid, level1, level2, level3, level4, level5) SELECT %1, unit, "
                "day, sum(served), sum(evaluated), sum(n), sum(valid), sum(level1), sum(level2), "
                "sum(level3), sum(level4), sum(level5) FROM (SELECT day, %2 AS unit, 0 AS served, "
                "0 AS evaluated, n, valid, level1, level2, level3, level4, level5 FROM "
                "temp.rollup_eval UNION ALL SELECT day, %2, served, evaluated, 0, 0, 0, 0, 0, 0, "
                "0 FROM temp.rollup_case) x GROUP BY day, unit")
                .arg(grain, unit),
        };
        if (g != Grain::Staff) {
            sql << QStringLiteral("INSERT INTO indicator_channel_day (grain, unit_code, day, "
                                  "channel_code, evaluations, valid) SELECT %1, %2, day, "
                                  "channel_code, sum(n), sum(valid) FROM temp.rollup_eval GROUP "
                                  "BY day, %2, channel_code")
                       .arg(grain, unit);
        }
        for (const QString &s : std::as_const(sql)) {
            if (StoreResult r = exec(s); !r.ok())
                return r;
        }
    }
    qint64 days = 0;
    {
        QSqlQuery n(m_c.database());
        if (n.exec(everything ? QStringLiteral("SELECT count(DISTINCT day) FROM indicator_day")
                              : QStringLiteral("SELECT count(*) FROM temp.rollup_touched")) &&
            n.next())
            days = n.value(0).toLongLong();
    }
    for (const char *sql : {"DROP TABLE temp.rollup_eval", "DROP TABLE temp.rollup_case",
                            "DROP TABLE temp.rollup_touched"}) {
        if (StoreResult r = exec(QString::fromLatin1(sql)); !r.ok())
            return r;
    }
    if (StoreResult r =
            exec(QStringLiteral("INSERT INTO indicator_rollup_state (id, cases_watermark, "
                                "cases_at_mark, evaluations_watermark, evaluations_at_mark, "
                                "built_at) VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE "
                                "SET cases_watermark = excluded.cases_watermark, cases_at_mark "
                                "= excluded.cases_at_mark, evaluations_watermark = "
                                "excluded.evaluations_watermark, evaluations_at_mark = "
                                "excluded.evaluations_at_mark, built_at = excluded.built_at"),
                 marks + QVariantList{StoredTime::toText(Clock::now())});
        !r.ok())
        return r;
    if (StoreResult r = t.commit(); !r.ok())
        return r;
    if (rebuiltDays)
        *rebuiltDays = days;
    qCInfo(lcStore) << "indicator rollups:" << (everything ? "built" : "refreshed") << days
                    << "days in" << timer.elapsed() << "ms";
    return {};
}

} // namespace pingjia
