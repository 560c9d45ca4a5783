// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/IndicatorSql.h"

#include "models/domain/DefaultEvaluation.h"
#include "models/store/StoredTime.h"

namespace pingjia::IndicatorSql {

namespace {

// A case "has an evaluation": any non-withdrawn one, valid or not (issue 8
// evaluatedCases; DefaultEvaluation countsAsDefault's firstEvaluationAt).
const QString kHasEvaluation = QStringLiteral(
    "EXISTS (SELECT 1 FROM evaluations x WHERE x.project_no = c.project_no AND x.withdrawn = 0)");

// A served case: not withdrawn, proStatus 3 (已完结), finished.
const QString kServed =
    QStringLiteral("c.withdrawn = 0 AND c.pro_status = 3 AND c.finish_date IS NOT NULL");

QString levelSums(const QString &validColumn, const QString &levelColumn)
{
    QStringList sums;
    for (int l = 1; l <= 5; ++l) {
        sums << QStringLiteral("sum(CASE WHEN %1 = 1 AND %2 = %3 THEN 1 ELSE 0 END) AS level%3")
                    .arg(validColumn, levelColumn)
                    .arg(l);
    }
    return sums.join(QStringLiteral(", "));
}

} // namespace

QString unitColumn(Grain grain, const QString &alias)
{
    const QString prefix = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    switch (grain) {
    case Grain::All:
        return QStringLiteral("''");
    case Grain::Center:
        return QStringLiteral("coalesce(%1center_code, '')").arg(prefix);
    case Grain::Department:
        return QStringLiteral("coalesce(%1dept_code, '')").arg(prefix);
    case Grain::Window:
        return QStringLiteral("coalesce(%1window_code, '')").arg(prefix);
    case Grain::Staff:
        return QStringLiteral("coalesce(%1staff_id, '')").arg(prefix);
    }
    return {};
}

QString periodStart(const Period &p)
{
    return StoredTime::toText(p.start());
}

QString periodEnd(const Period &p)
{
    return StoredTime::toText(p.end());
}

FinishWindow defaultFinishWindow(const Period &p, const QDateTime &now)
{
    const QDateTime from = p.start().addSecs(-kDefaultAfterSeconds);
    QDateTime to = p.end().addSecs(-kDefaultAfterSeconds);
    const QDateTime dueBy = now.addSecs(-kDefaultAfterSeconds);
    if (dueBy < to)
        to = dueBy;
    return {StoredTime::toText(from), StoredTime::toText(to)};
}

QString defaultCountsSql(Grain grain)
{
    const QString c = unitColumn(grain, QStringLiteral("c"));
    // DefaultEvaluation.h countsAsDefault: no evaluation, finish + 7×24 h ≤ now (the caller
    // caps :dto at now − 7×24 h).
    return QStringLiteral("SELECT %1 AS unit, count(*) AS defaults FROM cases c WHERE %2 AND "
                          "c.finish_date BETWEEN :dfrom AND :dto AND NOT %3 GROUP BY %1")
        .arg(c, kServed, kHasEvaluation);
}

QString referenceCountsSql(Grain grain)
{
    const QString e = unitColumn(grain, QStringLiteral("e"));
    const QString c = unitColumn(grain, QStringLiteral("c"));
    return QStringLiteral(
               "WITH ev AS (SELECT %1 AS unit, count(*) AS evaluations, sum(e.valid) AS valid, %3 "
               "FROM evaluations e WHERE e.withdrawn = 0 AND e.assess_time BETWEEN :ps AND :pe "
               "GROUP BY %1), "
               "cs AS (SELECT %2 AS unit, count(*) AS served, sum(CASE WHEN %4 THEN 1 ELSE 0 END) "
               "AS evaluated FROM cases c WHERE %5 AND c.finish_date BETWEEN :ps AND :pe GROUP BY "
               "%2), "
               "df AS (%6), "
               "u AS (SELECT unit FROM ev UNION SELECT unit FROM cs UNION SELECT unit FROM df) "
               "SELECT u.unit, coalesce(cs.served, 0), coalesce(cs.evaluated, 0), "
               "coalesce(ev.evaluations, 0), coalesce(ev.valid, 0), coalesce(ev.level1, 0), "
               "coalesce(ev.level2, 0), coalesce(ev.level3, 0), coalesce(ev.level4, 0), "
               "coalesce(ev.level5, 0), coalesce(df.defaults, 0) FROM u "
               "LEFT JOIN ev ON ev.unit = u.unit LEFT JOIN cs ON cs.unit = u.unit "
               "LEFT JOIN df ON df.unit = u.unit")
        .arg(e, c, levelSums(QStringLiteral("e.valid"), QStringLiteral("e.level")), kHasEvaluation,
             kServed, defaultCountsSql(grain));
}

QString monthCountsSql(Grain grain)
{
    return QStringLiteral("SELECT unit_code, sum(served), sum(evaluated_cases), sum(evaluations), "
                          "sum(valid), sum(level1), sum(level2), sum(level3), sum(level4), "
                          "sum(level5), sum(unevaluated_due) FROM indicator_month WHERE grain = %1 "
                          "AND month BETWEEN :m1 AND :m2 GROUP BY unit_code")
        .arg(int(grain));
}

QString monthChannelSql(Grain grain)
{
    return QStringLiteral("SELECT unit_code, channel_code, sum(evaluations), sum(valid) FROM "
                          "indicator_channel_month WHERE grain = %1 AND month BETWEEN :m1 AND :m2 "
                          "GROUP BY unit_code, channel_code")
        .arg(int(grain));
}

QString referenceChannelSql(Grain grain)
{
    const QString e = unitColumn(grain, QStringLiteral("e"));
    // countsInIndicators (EvaluationValidity.h): withdrawn never counts.
    return QStringLiteral("SELECT %1, coalesce(e.channel_code, ''), count(*), sum(e.valid) FROM "
                          "evaluations e WHERE e.withdrawn = 0 AND e.assess_time BETWEEN :ps AND "
                          ":pe GROUP BY %1, coalesce(e.channel_code, '')")
        .arg(e);
}

QString handlingCountsSql(Grain grain)
{
    const QString e = unitColumn(grain, QStringLiteral("e"));
    // rectificationCompletedAt (BadReviewTimeliness.h): the last `complete` in history,
    // while rectified or closed.
    const QString completedAt =
        QStringLiteral("(SELECT json_extract(h.value, '$.at') FROM json_each(b.history) h WHERE "
                       "json_extract(h.value, '$.type') = 'complete' ORDER BY h.key DESC LIMIT 1)");
    const QString done = QStringLiteral("b.state IN ('rectified', 'closed')");
    const QString effective = QStringLiteral("coalesce(b.delay_deadline, b.reform_deadline)");
    const QString verifyDue =
        QStringLiteral("b.verify_deadline BETWEEN :ps AND :pe AND b.verify_deadline <= :now");
    const QString reformDue =
        QStringLiteral("b.verify_result = 'confirmed' AND %1 BETWEEN :ps AND :pe AND %1 <= :now")
            .arg(effective);
    const QString ofPeriod =
        QStringLiteral("e.assess_time BETWEEN :ps AND :pe AND b.verify_result = 'confirmed'");
    return QStringLiteral(
               // The candidates through three indexes (verify deadline, effective deadline,
               // the level 1–2 index: "+" keeps the planner off the all-levels time index)
               // instead of a scan of every handling record.
               "WITH ids AS (SELECT b.eval_id FROM bad_reviews b WHERE b.verify_deadline BETWEEN "
               ":ps AND :pe UNION SELECT b.eval_id FROM bad_reviews b WHERE %2 BETWEEN :ps AND :pe "
               "UNION SELECT eval_id FROM evaluations WHERE level <= 2 AND +assess_time BETWEEN "
               ":ps AND :pe) "
               "SELECT %1 AS unit, "
               "sum(CASE WHEN %3 THEN 1 ELSE 0 END), "
               // verifiedByDeadline: verified (any outcome) at or before the deadline.
               "sum(CASE WHEN %3 AND b.verified_at IS NOT NULL AND b.verified_at <= "
               "b.verify_deadline THEN 1 ELSE 0 END), "
               "sum(CASE WHEN %4 THEN 1 ELSE 0 END), "
               // rectifiedByDeadline: completed at or before the effective deadline.
               "sum(CASE WHEN %4 AND %5 AND %6 <= %2 THEN 1 ELSE 0 END), "
               "sum(CASE WHEN %7 THEN 1 ELSE 0 END), "
               "sum(CASE WHEN %7 AND %5 THEN 1 ELSE 0 END), "
               "sum(CASE WHEN %7 AND b.state = 'closed' THEN 1 ELSE 0 END), "
               "sum(CASE WHEN %7 AND b.state = 'closed' AND b.follow_up IS NOT NULL THEN "
               "coalesce(json_extract(b.follow_up, '$.satisfaction'), 0) ELSE 0 END), "
               "sum(CASE WHEN %7 AND b.state = 'closed' AND json_extract(b.follow_up, "
               "'$.satisfaction') IS NOT NULL THEN 1 ELSE 0 END) "
               "FROM ids JOIN bad_reviews b ON b.eval_id = ids.eval_id "
               "JOIN evaluations e ON e.eval_id = b.eval_id "
               // countsInIndicators (EvaluationValidity.h): valid, not withdrawn.
               "WHERE b.withdrawn = 0 AND e.withdrawn = 0 AND e.valid = 1 AND e.level <= 2 "
               "GROUP BY %1")
        .arg(e, effective, verifyDue, reformDue, done, completedAt, ofPeriod);
}

QString openBadReviewsSql(Grain grain)
{
    const QString e = unitColumn(grain, QStringLiteral("e"));
    return QStringLiteral(
               "SELECT %1 AS unit, count(*), "
               // verifyOverdue / reformOverdue (Overdue.h): strictly past the deadline.
               "sum(CASE WHEN (b.state = 'unverified' AND b.verify_deadline < :now) OR (b.state "
               "IN ('confirmed', 'rectifying') AND coalesce(b.delay_deadline, b.reform_deadline) "
               "< :now) THEN 1 ELSE 0 END) "
               "FROM bad_reviews b JOIN evaluations e ON e.eval_id = b.eval_id "
               // isOpenState (HandlingState.h).
               "WHERE b.state IN ('unverified', 'invalid_requested', 'confirmed', 'rectifying', "
               "'rectified') AND b.withdrawn = 0 AND e.withdrawn = 0 AND e.valid = 1 "
               "GROUP BY %1")
        .arg(e);
}

} // namespace pingjia::IndicatorSql
