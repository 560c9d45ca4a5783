// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/IndicatorRollup.h"

#include "models/domain/Clock.h"
#include "models/store/Connection.h"
#include "models/store/HandlingRollup.h"
#include "models/store/IndicatorSql.h"
#include "models/store/Logging.h"
#include "models/store/ReadSnapshot.h"
#include "models/store/StoredTime.h"
#include "models/store/Transaction.h"

#include <QDate>
#include <QElapsedTimer>
#include <QMutex>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <functional>

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

StoreResult IndicatorRollup::refresh(qint64 *rebuiltMonths, QStringList *handlingMonths)
{
    if (m_c.transactionDepth() != 0) {
        return StoreResult::failure(StoreErrorKind::Sql,
                                    QStringLiteral("indicator rollups refreshed inside a "
                                                   "transaction"));
    }
    StoreResult error;
    if (isFresh(&error))
        return {};
    if (!error.ok())
        return error;
    // One build at a time in the process: the dashboard's figures and its scope tree ask
    // from two threads at once, and two snapshots built side by side would cost the first
    // build's CPU twice. The second waits (cancellable), then finds them fresh.
    static QMutex building;
    while (!building.tryLock(100)) {
        if (cancelled())
            return StoreResult::failure(StoreErrorKind::Sql, tr("Cancelled."));
    }
    const auto unlock = qScopeGuard([] { building.unlock(); });
    if (isFresh(&error))
        return {};
    if (!error.ok())
        return error;
    return rebuild(rebuiltMonths, handlingMonths);
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

namespace {

const char *const kTempTables[] = {"rollup_touched",     "rollup_months", "rollup_eval_ranges",
                                   "rollup_case_ranges", "rollup_eval",   "rollup_case",
                                   "stage_month",        "stage_channel", "rollup_handling_months"};

const QString kMonthColumns =
    QStringLiteral("grain, unit_code, month, served, evaluated_cases, evaluations, valid, level1, "
                   "level2, level3, level4, level5, unevaluated_due");
const QString kChannelColumns =
    QStringLiteral("grain, unit_code, month, channel_code, evaluations, valid");

std::function<void()> &buildHook()
{
    static std::function<void()> hook;
    return hook;
}

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
                "INSERT INTO temp.stage_month (grain, unit_code, month, served, evaluated_cases, "
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
            sql << QStringLiteral("INSERT INTO temp.stage_channel (grain, unit_code, month, "
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

void IndicatorRollup::setBuildHookForTest(std::function<void()> hook)
{
    buildHook() = std::move(hook);
}

StoreResult IndicatorRollup::dropTempTables()
{
    for (const char *table : kTempTables) {
        if (StoreResult r =
                exec(QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(QLatin1String(table)));
            !r.ok())
            return r;
    }
    for (const char *table : HandlingRollup::kTempTables) {
        if (StoreResult r =
                exec(QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(QLatin1String(table)));
            !r.ok())
            return r;
    }
    return {};
}

StoreResult IndicatorRollup::createTempTables()
{
    QStringList create = {
        QStringLiteral("CREATE TEMP TABLE rollup_touched (month TEXT PRIMARY KEY NOT NULL)"),
        QStringLiteral("CREATE TEMP TABLE rollup_months (month TEXT PRIMARY KEY NOT NULL, "
                       "late_from TEXT NOT NULL, next_month TEXT NOT NULL)"),
        QStringLiteral("CREATE TEMP TABLE rollup_handling_months (month TEXT PRIMARY KEY NOT "
                       "NULL)"),
        QStringLiteral("CREATE TEMP TABLE stage_month AS SELECT %1 FROM indicator_month WHERE "
                       "1 = 0")
            .arg(kMonthColumns),
        QStringLiteral("CREATE TEMP TABLE stage_channel AS SELECT %1 FROM "
                       "indicator_channel_month WHERE 1 = 0")
            .arg(kChannelColumns),
    };
    for (const char *ranges : {"rollup_eval_ranges", "rollup_case_ranges"}) {
        create << QStringLiteral(
                      "CREATE TEMP TABLE %1 (from_at TEXT NOT NULL, to_at TEXT NOT NULL)")
                      .arg(QLatin1String(ranges));
    }
    for (const QString &sql : create) {
        if (StoreResult r = exec(sql); !r.ok())
            return r;
    }
    return {};
}

// The handling months of the bad reviews of changed evaluations (their validity, withdrawal
// and units enter the handling figures): the assess month and every deadline's.
StoreResult IndicatorRollup::addHandlingMonthsOfEvaluations(const QString &oldEvaluations)
{
    QSet<QString> months;
    {
        QSqlQuery q(m_c.database());
        q.prepare(
            QStringLiteral("SELECT e.assess_time, b.verify_deadline, b.rectification_deadline, "
                           "b.delay_deadline FROM evaluations e JOIN bad_reviews b ON "
                           "b.eval_id = e.eval_id WHERE e.updated_at >= ?"));
        q.addBindValue(oldEvaluations);
        if (!q.exec())
            return m_c.failure(q.lastError(), tr("reading the indicator rollups"));
        while (q.next()) {
            for (int col = 0; col < 4; ++col) {
                if (const QString t = q.value(col).toString(); t.size() >= 7)
                    months.insert(t.left(7));
            }
        }
    }
    for (const QString &m : std::as_const(months)) {
        if (StoreResult r = exec(QStringLiteral("INSERT INTO temp.rollup_handling_months (month) "
                                                "SELECT ? WHERE ? NOT IN (SELECT month FROM "
                                                "temp.rollup_handling_months)"),
                                 {m, m});
            !r.ok())
            return r;
    }
    return {};
}

// Stores the staged rows in one short write transaction. Not stored when another refresh
// stored its own since this one read its snapshot (refresh_count moved): that one may be
// newer, and the next query checks the marks again anyway.
StoreResult IndicatorRollup::store(const Plan &plan)
{
    Transaction t(m_c);
    if (!t.isActive())
        return t.status();
    {
        QSqlQuery q(m_c.database());
        q.prepare(QStringLiteral("UPDATE indicator_handling_state SET refresh_count = "
                                 "refresh_count + 1 WHERE id = 1 AND refresh_count = ?"));
        q.addBindValue(plan.refreshCount);
        if (!q.exec())
            return m_c.failure(q.lastError(), tr("updating the indicator rollups"));
        if (q.numRowsAffected() != 1) {
            qCInfo(lcStore) << "indicator rollups: another refresh stored first";
            return t.commit();
        }
    }
    if (plan.indicators) {
        const QString where = plan.everything ? QString()
                                              : QStringLiteral(" WHERE month IN (SELECT month "
                                                               "FROM temp.rollup_touched)");
        const QStringList sql = {
            QStringLiteral("DELETE FROM indicator_month") + where,
            QStringLiteral("DELETE FROM indicator_channel_month") + where,
            QStringLiteral("INSERT INTO indicator_month (%1) SELECT %1 FROM temp.stage_month")
                .arg(kMonthColumns),
            QStringLiteral("INSERT INTO indicator_channel_month (%1) SELECT %1 FROM "
                           "temp.stage_channel")
                .arg(kChannelColumns),
        };
        for (const QString &s : sql) {
            if (StoreResult r = exec(s); !r.ok())
                return r;
        }
        if (StoreResult r = exec(
                QStringLiteral("INSERT INTO indicator_rollup_state (id, cases_watermark, "
                               "cases_at_mark, evaluations_watermark, evaluations_at_mark, "
                               "built_at) VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE "
                               "SET cases_watermark = excluded.cases_watermark, cases_at_mark "
                               "= excluded.cases_at_mark, evaluations_watermark = "
                               "excluded.evaluations_watermark, evaluations_at_mark = "
                               "excluded.evaluations_at_mark, built_at = excluded.built_at"),
                plan.marks + QVariantList{StoredTime::toText(Clock::now())});
            !r.ok())
            return r;
    }
    if (plan.handling) {
        if (StoreResult r = HandlingRollup(m_c).store(plan.handlingWhole); !r.ok())
            return r;
    }
    return t.commit();
}

// Reads the snapshot's marks and decides what to rebuild (fills plan).
StoreResult IndicatorRollup::planBuild(Plan &plan)
{
    QSqlQuery w(m_c.database());
    if (!w.exec(kMarks) || !w.next())
        return m_c.failure(w.lastError(), tr("reading the indicator rollups"));
    plan.indicators = !marksUnchanged(w);
    plan.marks = {w.value(0).toString(), w.value(1), w.value(2).toString(), w.value(3)};
    plan.oldCases = w.value(4).toString();
    plan.oldEvaluations = w.value(6).toString();
    // Never built, or built over an empty cache (no watermark): everything is new.
    plan.everything = plan.indicators && (w.value(8).isNull() || plan.oldCases.isNull() ||
                                          plan.oldEvaluations.isNull());
    w.finish();
    if (!w.exec(
            QStringLiteral("SELECT refresh_count FROM indicator_handling_state WHERE id = 1")) ||
        !w.next())
        return m_c.failure(w.lastError(), tr("reading the indicator rollups"));
    plan.refreshCount = w.value(0).toLongLong();
    w.finish();
    return {};
}

StoreResult IndicatorRollup::rebuild(qint64 *rebuiltMonths, QStringList *handlingMonths)
{
    QElapsedTimer timer;
    timer.start();
    if (StoreResult r = dropTempTables(); !r.ok())
        return r;
    Plan plan;
    {
        ReadSnapshot snapshot(m_c);
        if (!snapshot.status().ok())
            return snapshot.status();
        if (StoreResult r = stageAll(plan); !r.ok())
            return r;
        if (buildHook())
            buildHook()();
        if (StoreResult r = snapshot.end(); !r.ok())
            return r;
    }
    if (plan.indicators || plan.handling) {
        if (StoreResult r = store(plan); !r.ok())
            return r;
    }
    qint64 months = 0;
    QStringList staged;
    {
        QSqlQuery n(m_c.database());
        if (n.exec(QStringLiteral("SELECT count(*) FROM temp.rollup_touched")) && n.next())
            months = n.value(0).toLongLong();
        StoreResult r;
        if (plan.handling && !plan.handlingWhole)
            staged = HandlingRollup(m_c).stagedMonths(&r);
    }
    if (StoreResult r = dropTempTables(); !r.ok())
        return r;
    if (rebuiltMonths)
        *rebuiltMonths = months;
    if (handlingMonths)
        *handlingMonths = plan.handlingWhole ? QStringList{QStringLiteral("*")} : staged;
    qCInfo(lcStore) << "indicator rollups:" << (plan.everything ? "built" : "refreshed") << months
                    << "months, handling" << (plan.handlingWhole ? "whole" : staged.join(u','))
                    << "in" << timer.elapsed() << "ms";
    return {};
}

// Inside the read snapshot: what changed, and the new rows in the temp stage tables.
StoreResult IndicatorRollup::stageAll(Plan &plan)
{
    if (StoreResult r = planBuild(plan); !r.ok())
        return r;
    if (StoreResult r = createTempTables(); !r.ok())
        return r;
    if (plan.indicators) {
        if (StoreResult r = chooseMonths(plan.everything, plan.oldCases, plan.oldEvaluations);
            !r.ok())
            return r;
        if (StoreResult r = aggregate(plan.everything); !r.ok())
            return r;
        if (!plan.everything) {
            if (StoreResult r = addHandlingMonthsOfEvaluations(plan.oldEvaluations); !r.ok())
                return r;
        }
    }
    StoreResult error;
    plan.handling = HandlingRollup(m_c).readMarks(&plan.handlingWhole, &error);
    if (!error.ok())
        return error;
    if (plan.everything)
        plan.handling = plan.handlingWhole = true;
    if (!plan.handling && plan.indicators) {
        QSqlQuery q(m_c.database());
        plan.handling =
            q.exec(QStringLiteral("SELECT 1 FROM temp.rollup_handling_months")) && q.next();
    }
    if (plan.handling)
        return HandlingRollup(m_c).stage(plan.handlingWhole);
    return {};
}

} // namespace pingjia
