// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/IndicatorRollup.h"

#include "models/domain/Clock.h"
#include "models/store/Connection.h"
#include "models/store/HandlingRollup.h"
#include "models/store/IndicatorSql.h"
#include "models/store/Logging.h"
#include "models/store/StoredTime.h"
#include "models/store/Transaction.h"

#include <QDate>
#include <QElapsedTimer>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace pingjia {

using IndicatorSql::Grain;

namespace {

QString levelSum(int l)
{
    return QStringLiteral("sum(CASE WHEN e.valid = 1 AND e.level = %1 THEN 1 ELSE 0 END)").arg(l);
}

QString monthKey(QDate d)
{
    return d.toString(u"yyyy-MM");
}

QDate monthOf(const QString &text)
{
    return QDate::fromString(text.left(7) + QStringLiteral("-01"), u"yyyy-MM-dd");
}

QString startOf(QDate month)
{
    return month.toString(u"yyyy-MM-dd") + QStringLiteral(" 00:00:00");
}

// A case finished on or after this instant of its month has its 7-day default dated in the
// next month (DefaultEvaluation.h: finish + 7×24 h, the same time of day 7 days on).
QString lateFrom(QDate month)
{
    return startOf(month.addMonths(1).addDays(-7));
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

// Whether the row of kMarks says the stored rollups cover the cache: unchanged when the
// newest stamp and the number of rows carrying it are the same (the platform stamps every
// change no earlier than what it served before).
bool marksUnchanged(const QSqlQuery &q)
{
    if (q.value(8).isNull())
        return false;
    return q.value(0).toString() == q.value(4).toString() &&
           q.value(1).toLongLong() == q.value(5).toLongLong() &&
           q.value(2).toString() == q.value(6).toString() &&
           q.value(3).toLongLong() == q.value(7).toLongLong();
}

} // namespace

bool IndicatorRollup::isFresh(StoreResult *error)
{
    StoreResult r;
    const bool fresh = marksFresh(&r) && !HandlingRollup(m_c).isStale(&r);
    if (error)
        *error = r;
    return fresh && r.ok();
}

bool IndicatorRollup::marksFresh(StoreResult *error)
{
    QSqlQuery q(m_c.database());
    if (!q.exec(kMarks) || !q.next()) {
        if (error)
            *error = m_c.failure(q.lastError(), tr("reading the indicator rollups"));
        return false;
    }
    return marksUnchanged(q);
}

StoreResult IndicatorRollup::refresh(qint64 *rebuiltMonths)
{
    StoreResult error;
    if (marksFresh(&error)) {
        const bool stale = HandlingRollup(m_c).isStale(&error);
        return !error.ok() ? error : stale ? rebuildHandling() : StoreResult{};
    }
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
    return rebuild(!built, rebuiltMonths);
}

StoreResult IndicatorRollup::invalidate()
{
    Transaction t(m_c);
    for (const char *sql : {"DELETE FROM indicator_month", "DELETE FROM indicator_channel_month",
                            "DELETE FROM indicator_rollup_state"}) {
        if (StoreResult r = exec(QString::fromLatin1(sql)); !r.ok())
            return r;
    }
    if (StoreResult r = HandlingRollup(m_c).invalidate(); !r.ok())
        return r;
    return t.commit();
}

// Only bad_reviews changed (a local action's answer, a sync of handling records alone).
StoreResult IndicatorRollup::rebuildHandling()
{
    if (cancelled())
        return StoreResult::failure(StoreErrorKind::Sql, tr("Cancelled."));
    QElapsedTimer timer;
    timer.start();
    Transaction t(m_c);
    if (!t.isActive())
        return t.status();
    if (StoreResult r = HandlingRollup(m_c).rebuild(); !r.ok())
        return r;
    if (StoreResult r = t.commit(); !r.ok())
        return r;
    qCInfo(lcStore) << "handling rollups rebuilt in" << timer.elapsed() << "ms";
    return {};
}

namespace {

const char *const kTempTables[] = {"rollup_touched",     "rollup_months", "rollup_eval_ranges",
                                   "rollup_case_ranges", "rollup_eval",   "rollup_case"};

// Disjoint [from, to) text ranges covering `ranges` (sorted by from).
QList<std::pair<QString, QString>> merged(QList<std::pair<QString, QString>> ranges)
{
    std::sort(ranges.begin(), ranges.end());
    QList<std::pair<QString, QString>> out;
    for (const auto &r : ranges) {
        if (!out.isEmpty() && r.first <= out.last().second)
            out.last().second = std::max(out.last().second, r.second);
        else
            out << r;
    }
    return out;
}

} // namespace

// Fills temp.rollup_touched (the months rebuilt), temp.rollup_months (every finish month
// read, with its late week and next month) and, when not everything, the time ranges of
// the evaluations and cases to read.
StoreResult IndicatorRollup::chooseMonths(bool everything, const QString &oldCases,
                                          const QString &oldEvaluations)
{
    QSet<QDate> touched, finishMonths;
    auto collect = [&](const QString &sql, const QString &bind, QSet<QDate> &into) {
        QSqlQuery q(m_c.database());
        q.prepare(sql);
        if (!bind.isNull())
            q.addBindValue(bind);
        if (!q.exec())
            return m_c.failure(q.lastError(), tr("reading the indicator rollups"));
        while (q.next()) {
            for (int col = 0; col < q.record().count(); ++col) {
                if (const QDate m = monthOf(q.value(col).toString()); m.isValid())
                    into.insert(m);
            }
        }
        return StoreResult{};
    };
    StoreResult r;
    if (everything) {
        // Every month from the oldest row to the newest (index ends), and the one after.
        QSet<QDate> ends;
        r = collect(QStringLiteral("SELECT min(assess_time), max(assess_time), "
                                   "(SELECT min(finish_date) FROM cases), (SELECT "
                                   "max(finish_date) FROM cases) FROM evaluations"),
                    QString(), ends);
        if (!r.ok())
            return r;
        if (!ends.isEmpty()) {
            const QDate first = *std::min_element(ends.begin(), ends.end());
            const QDate last = *std::max_element(ends.begin(), ends.end());
            for (QDate m = first; m <= last.addMonths(1) && touched.size() < 2400;
                 m = m.addMonths(1))
                touched.insert(m);
        }
        finishMonths = touched;
    } else {
        r = collect(QStringLiteral("SELECT DISTINCT substr(assess_time, 1, 7) FROM evaluations "
                                   "WHERE updated_at >= ?"),
                    oldEvaluations, touched);
        if (r.ok())
            r = collect(QStringLiteral("SELECT DISTINCT substr(finish_date, 1, 7) FROM cases "
                                       "WHERE updated_at >= ? AND finish_date IS NOT NULL"),
                        oldCases, finishMonths);
        if (r.ok())
            r = collect(QStringLiteral("SELECT DISTINCT substr(c.finish_date, 1, 7) FROM "
                                       "evaluations e JOIN cases c ON c.project_no = e.project_no "
                                       "WHERE e.updated_at >= ? AND c.finish_date IS NOT NULL"),
                        oldEvaluations, finishMonths);
        if (!r.ok())
            return r;
        // A finish month's late week has its defaults in the next month.
        for (const QDate &m : std::as_const(finishMonths))
            touched << m << m.addMonths(1);
        finishMonths.clear();
        for (const QDate &m : std::as_const(touched))
            finishMonths << m << m.addMonths(-1);
    }
    QList<std::pair<QString, QString>> evalRanges, caseRanges;
    for (const QDate &m : std::as_const(touched)) {
        if (r = exec(QStringLiteral("INSERT INTO temp.rollup_touched (month) VALUES (?)"),
                     {monthKey(m)});
            !r.ok())
            return r;
        evalRanges << std::pair{startOf(m), startOf(m.addMonths(1))};
        // The month's served cases and the defaults dated in it (previous month's late week).
        caseRanges << std::pair{lateFrom(m.addMonths(-1)), startOf(m.addMonths(1))};
    }
    for (const QDate &m : std::as_const(finishMonths)) {
        if (r = exec(QStringLiteral("INSERT INTO temp.rollup_months (month, late_from, "
                                    "next_month) VALUES (?, ?, ?)"),
                     {monthKey(m), lateFrom(m), monthKey(m.addMonths(1))});
            !r.ok())
            return r;
    }
    if (everything)
        return {};
    for (const auto &[table, ranges] :
         {std::pair{QStringLiteral("rollup_eval_ranges"), merged(evalRanges)},
          std::pair{QStringLiteral("rollup_case_ranges"), merged(caseRanges)}}) {
        for (const auto &[from, to] : ranges) {
            if (r = exec(
                    QStringLiteral("INSERT INTO temp.%1 (from_at, to_at) VALUES (?, ?)").arg(table),
                    {from, to});
                !r.ok())
                return r;
        }
    }
    return {};
}

// temp.rollup_eval and temp.rollup_case at the finest grain (every unit column) per month,
// then every grain's rows of the touched months from them.
StoreResult IndicatorRollup::aggregate(bool everything)
{
    QStringList levels;
    for (int l = 1; l <= 5; ++l)
        levels << levelSum(l) + QStringLiteral(" AS level%1").arg(l);
    // Incremental: only the rows in the touched months' ranges (time indexes); first build:
    // one pass over each table.
    const QString evalFrom =
        everything ? QStringLiteral("evaluations e")
                   : QStringLiteral("temp.rollup_eval_ranges r CROSS JOIN evaluations e");
    const QString evalRange =
        everything ? QString()
                   : QStringLiteral(" AND e.assess_time >= r.from_at AND e.assess_time < r.to_at");
    const QString caseFrom = everything
                                 ? QStringLiteral("cases c")
                                 : QStringLiteral("temp.rollup_case_ranges r CROSS JOIN cases c");
    const QString caseRange =
        everything ? QString()
                   : QStringLiteral(" AND c.finish_date >= r.from_at AND c.finish_date < r.to_at");
    const QStringList build = {
        // countsInIndicators (EvaluationValidity.h): withdrawn never counts; valid column
        // is evaluationValidity() as stored by the writer.
        QStringLiteral("CREATE TEMP TABLE rollup_eval AS SELECT substr(e.assess_time, 1, 7) AS "
                       "month, e.center_code AS center_code, e.dept_code AS dept_code, "
                       "e.window_code AS window_code, e.staff_id AS staff_id, "
                       "coalesce(e.channel_code, '') AS channel_code, count(*) AS n, "
                       "sum(e.valid) AS valid, %1 FROM %2 WHERE e.withdrawn = 0%3 GROUP BY "
                       "substr(e.assess_time, 1, 7), e.center_code, e.dept_code, e.window_code, "
                       "e.staff_id, coalesce(e.channel_code, '')")
            .arg(levels.join(QStringLiteral(", ")), evalFrom, evalRange),
        // evaluatedCases: any non-withdrawn evaluation (issue 8; an index-only probe of
        // evaluations_project); `late`: the default is dated in the next month. The
        // month table is joined last (CROSS JOIN keeps SQLite from scanning cases per month);
        // the join drops a NULL finish_date, and no "IS NOT NULL" on it keeps the first
        // build a plain scan of cases (the finish index would fetch every row at random).
        QStringLiteral("CREATE TEMP TABLE rollup_case AS SELECT m.month AS month, CASE WHEN "
                       "c.finish_date >= m.late_from THEN 1 ELSE 0 END AS late, c.center_code AS "
                       "center_code, c.dept_code AS dept_code, c.window_code AS window_code, "
                       "c.staff_id AS staff_id, count(*) AS served, sum(CASE WHEN EXISTS (SELECT "
                       "1 FROM evaluations x WHERE x.project_no = c.project_no AND x.withdrawn = "
                       "0) THEN 1 ELSE 0 END) AS evaluated FROM %1 CROSS JOIN "
                       "temp.rollup_months m WHERE m.month = substr(c.finish_date, 1, 7) AND "
                       "c.withdrawn = 0 AND c.pro_status = 3%2 "
                       "GROUP BY m.month, CASE WHEN c.finish_date >= m.late_from THEN 1 ELSE 0 "
                       "END, c.center_code, c.dept_code, c.window_code, c.staff_id")
            .arg(caseFrom, caseRange),
    };
    for (const QString &sql : build) {
        if (StoreResult r = exec(sql); !r.ok())
            return r;
    }
    const QString touched = QStringLiteral("month IN (SELECT month FROM temp.rollup_touched)");
    for (Grain g : IndicatorSql::kAllGrains) {
        const QString unit = IndicatorSql::unitColumn(g);
        const QString unitOfCase = IndicatorSql::unitColumn(g, QStringLiteral("c"));
        const QString grain = QString::number(int(g));
        QStringList sql = {
            // Evaluations by assess month, cases by finish month, defaults by the month
            // they are dated in (the finish month, or the next for the late week).
            QStringLiteral(
                "INSERT INTO indicator_month (grain, unit_code, month, served, evaluated_cases, "
                "evaluations, valid, level1, level2, level3, level4, level5, unevaluated_due) "
                "SELECT %1, unit, month, sum(served), sum(evaluated), sum(n), sum(valid), "
                "sum(level1), sum(level2), sum(level3), sum(level4), sum(level5), sum(undue) "
                "FROM (SELECT month, %2 AS unit, 0 AS served, 0 AS evaluated, n, valid, level1, "
                "level2, level3, level4, level5, 0 AS undue FROM temp.rollup_eval "
                "UNION ALL SELECT month, %2, served, evaluated, 0, 0, 0, 0, 0, 0, 0, 0 FROM "
                "temp.rollup_case "
                "UNION ALL SELECT CASE WHEN c.late = 1 THEN m.next_month ELSE c.month END, %3, "
                "0, 0, 0, 0, 0, 0, 0, 0, 0, c.served - c.evaluated FROM temp.rollup_case c JOIN "
                "temp.rollup_months m ON m.month = c.month WHERE c.served > c.evaluated) x "
                "WHERE %4 GROUP BY month, unit")
                .arg(grain, unit, unitOfCase, touched),
        };
        if (g != Grain::Staff) {
            sql << QStringLiteral("INSERT INTO indicator_channel_month (grain, unit_code, month, "
                                  "channel_code, evaluations, valid) SELECT %1, %2, month, "
                                  "channel_code, sum(n), sum(valid) FROM temp.rollup_eval WHERE "
                                  "%3 GROUP BY month, %2, channel_code")
                       .arg(grain, unit, touched);
        }
        for (const QString &s : std::as_const(sql)) {
            if (StoreResult r = exec(s); !r.ok())
                return r;
        }
    }
    return {};
}

StoreResult IndicatorRollup::rebuild(bool everything, qint64 *rebuiltMonths)
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
    // Another connection (a second page's query thread) may have built them while this
    // one waited for the write lock: building again would hold the lock as long again,
    // and a sync waiting behind both would give up ("database is locked").
    if (marksUnchanged(w)) {
        w.finish();
        return t.commit();
    }
    const QVariantList marks{w.value(0).toString(), w.value(1), w.value(2).toString(), w.value(3)};
    const QString oldCases = w.value(4).toString(), oldEvaluations = w.value(6).toString();
    // A build over an empty cache left no watermark: everything since is new.
    if (oldCases.isNull() || oldEvaluations.isNull())
        everything = true;
    w.finish();

    QStringList create = {
        QStringLiteral("CREATE TEMP TABLE rollup_touched (month TEXT PRIMARY KEY NOT NULL)"),
        QStringLiteral("CREATE TEMP TABLE rollup_months (month TEXT PRIMARY KEY NOT NULL, "
                       "late_from TEXT NOT NULL, next_month TEXT NOT NULL)"),
    };
    for (const char *ranges : {"rollup_eval_ranges", "rollup_case_ranges"}) {
        create << QStringLiteral(
                      "CREATE TEMP TABLE %1 (from_at TEXT NOT NULL, to_at TEXT NOT NULL)")
                      .arg(QLatin1String(ranges));
    }
    for (const char *table : kTempTables) {
        if (StoreResult r =
                exec(QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(QLatin1String(table)));
            !r.ok())
            return r;
    }
    for (const QString &sql : create) {
        if (StoreResult r = exec(sql); !r.ok())
            return r;
    }
    if (StoreResult r = chooseMonths(everything, oldCases, oldEvaluations); !r.ok())
        return r;
    for (const char *table : {"indicator_month", "indicator_channel_month"}) {
        const QString sql = everything ? QStringLiteral("DELETE FROM %1")
                                       : QStringLiteral("DELETE FROM %1 WHERE month IN (SELECT "
                                                        "month FROM temp.rollup_touched)");
        if (StoreResult r = exec(sql.arg(QLatin1String(table))); !r.ok())
            return r;
    }
    if (StoreResult r = aggregate(everything); !r.ok())
        return r;
    // Evaluations changed: their validity, withdrawal and units enter the handling figures.
    if (StoreResult r = HandlingRollup(m_c).rebuild(); !r.ok())
        return r;
    qint64 months = 0;
    {
        QSqlQuery n(m_c.database());
        if (n.exec(QStringLiteral("SELECT count(*) FROM temp.rollup_touched")) && n.next())
            months = n.value(0).toLongLong();
    }
    for (const char *table : kTempTables) {
        if (StoreResult r = exec(QStringLiteral("DROP TABLE temp.%1").arg(QLatin1String(table)));
            !r.ok())
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
    if (rebuiltMonths)
        *rebuiltMonths = months;
    qCInfo(lcStore) << "indicator rollups:" << (everything ? "built" : "refreshed") << months
                    << "months in" << timer.elapsed() << "ms";
    return {};
}

} // namespace pingjia
