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

namespace {

// The fragments every handling statement shares, each mirroring one rule of
// BadReviewTimeliness.h on a bad review `b`.
// effectiveRectificationDeadline (HandlingRecord.h): the approved delay's deadline when set.
const QString kEffective = QStringLiteral("coalesce(b.delay_deadline, b.rectification_deadline)");
// isRectificationDone: rectified or closed.
const QString kDone = QStringLiteral("b.state IN ('rectified', 'closed')");
// rectificationCompletedAt: the last `complete` in history (read while done).
const QString kCompletedAt =
    QStringLiteral("(SELECT json_extract(h.value, '$.at') FROM json_each(b.history) h WHERE "
                   "json_extract(h.value, '$.type') = 'complete' ORDER BY h.key DESC LIMIT 1)");
// verifiedByDeadline: verified (any outcome) at or before the deadline.
const QString kVerifiedByDeadline =
    QStringLiteral("b.verified_at IS NOT NULL AND b.verified_at <= b.verify_deadline");
// isFollowedUp: closed; the follow-up satisfaction when recorded.
const QString kFollowedUp = QStringLiteral("b.state = 'closed'");
const QString kFollowUpSatisfaction = QStringLiteral("json_extract(b.follow_up, '$.satisfaction')");
const QString kConfirmed = QStringLiteral("b.verify_result = 'confirmed'");
// countsInIndicators (EvaluationValidity.h): valid, not withdrawn; a bad review: level 1–2.
const QString kCountedBadReview =
    QStringLiteral("b.withdrawn = 0 AND e.withdrawn = 0 AND e.valid = 1 AND e.level <= 2");

// rectifiedByDeadline: done, completed at or before the effective deadline.
QString rectifiedByDeadline()
{
    return QStringLiteral("%1 AND %2 <= %3").arg(kDone, kCompletedAt, kEffective);
}

const QString kHandlingColumns =
    QStringLiteral("verify_due, verified_by_deadline, rectification_due, rectified_by_deadline, "
                   "confirmed, rectified, followed_up, follow_up_sum, follow_up_count");

} // namespace

QString handlingCountsSql(Grain grain)
{
    const QString e = unitColumn(grain, QStringLiteral("e"));
    const QString verifyDue =
        QStringLiteral("b.verify_deadline BETWEEN :ps AND :pe AND b.verify_deadline <= :now");
    const QString rectificationDue =
        QStringLiteral("%1 AND %2 BETWEEN :ps AND :pe AND %2 <= :now").arg(kConfirmed, kEffective);
    const QString ofPeriod =
        QStringLiteral("e.assess_time BETWEEN :ps AND :pe AND %1").arg(kConfirmed);
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
               "sum(CASE WHEN %3 AND %9 THEN 1 ELSE 0 END), "
               "sum(CASE WHEN %4 THEN 1 ELSE 0 END), "
               "sum(CASE WHEN %4 AND %5 THEN 1 ELSE 0 END), "
               "sum(CASE WHEN %6 THEN 1 ELSE 0 END), "
               "sum(CASE WHEN %6 AND %7 THEN 1 ELSE 0 END), "
               "sum(CASE WHEN %6 AND %8 THEN 1 ELSE 0 END), "
               "sum(CASE WHEN %6 AND %8 AND b.follow_up IS NOT NULL THEN coalesce(%10, 0) ELSE 0 "
               "END), "
               "sum(CASE WHEN %6 AND %8 AND %10 IS NOT NULL THEN 1 ELSE 0 END) "
               "FROM ids JOIN bad_reviews b ON b.eval_id = ids.eval_id "
               "JOIN evaluations e ON e.eval_id = b.eval_id WHERE %11 GROUP BY %1")
        .arg(e, kEffective, verifyDue, rectificationDue, rectifiedByDeadline(), ofPeriod, kDone,
             kFollowedUp, kVerifiedByDeadline)
        .arg(kFollowUpSatisfaction, kCountedBadReview);
}

QString handlingFactsSql()
{
    // One row per counted bad review; each figure under the month its period test reads
    // (handlingCountsSql): the verify deadline's, the effective deadline's (confirmed only)
    // and the assess time's (confirmed only). NULL month: not counted there.
    return QStringLiteral(
               "SELECT e.center_code AS center_code, e.dept_code AS dept_code, e.window_code AS "
               "window_code, e.staff_id AS staff_id, "
               "substr(b.verify_deadline, 1, 7) AS verify_month, "
               "CASE WHEN %1 THEN 1 ELSE 0 END AS verified_ok, "
               "CASE WHEN %2 THEN substr(%3, 1, 7) END AS rectification_month, "
               "CASE WHEN %4 THEN 1 ELSE 0 END AS rectified_ok, "
               "CASE WHEN %2 THEN substr(e.assess_time, 1, 7) END AS confirmed_month, "
               "CASE WHEN %5 THEN 1 ELSE 0 END AS rectified, "
               "CASE WHEN %6 THEN 1 ELSE 0 END AS followed_up, "
               "CASE WHEN %6 AND b.follow_up IS NOT NULL THEN coalesce(%7, 0) ELSE 0 END AS "
               "follow_up_sum, "
               "CASE WHEN %6 AND %7 IS NOT NULL THEN 1 ELSE 0 END AS follow_up_count "
               "FROM bad_reviews b JOIN evaluations e ON e.eval_id = b.eval_id WHERE %8")
        .arg(kVerifiedByDeadline, kConfirmed, kEffective, rectifiedByDeadline(), kDone, kFollowedUp,
             kFollowUpSatisfaction, kCountedBadReview);
}

QString handlingRollupSql(Grain grain, const QString &factsTable, const QString &into,
                          const QString &monthFilter)
{
    const QString unit = unitColumn(grain);
    return QStringLiteral(
               "INSERT INTO %5 (grain, unit_code, month, %1) "
               "SELECT %2, unit, month, sum(vd), sum(vo), sum(rd), sum(ro), sum(c), sum(r), "
               "sum(f), sum(fs), sum(fc) FROM ("
               "SELECT verify_month AS month, %3 AS unit, 1 AS vd, verified_ok AS vo, 0 AS rd, "
               "0 AS ro, 0 AS c, 0 AS r, 0 AS f, 0 AS fs, 0 AS fc FROM %4 WHERE verify_month IS "
               "NOT NULL "
               "UNION ALL SELECT rectification_month, %3, 0, 0, 1, rectified_ok, 0, 0, 0, 0, 0 "
               "FROM %4 "
               "WHERE rectification_month IS NOT NULL "
               "UNION ALL SELECT confirmed_month, %3, 0, 0, 0, 0, 1, rectified, followed_up, "
               "follow_up_sum, follow_up_count FROM %4 WHERE confirmed_month IS NOT NULL) x "
               "%6 GROUP BY month, unit")
        .arg(kHandlingColumns, QString::number(int(grain)), unit, factsTable, into,
             monthFilter.isEmpty() ? QString() : QStringLiteral("WHERE ") + monthFilter);
}

QString monthHandlingSql(Grain grain)
{
    return QStringLiteral("SELECT unit_code, sum(verify_due), sum(verified_by_deadline), "
                          "sum(rectification_due), sum(rectified_by_deadline), sum(confirmed), "
                          "sum(rectified), sum(followed_up), sum(follow_up_sum), "
                          "sum(follow_up_count) FROM indicator_handling_month WHERE grain = %1 "
                          "AND month BETWEEN :m1 AND :m2 GROUP BY unit_code")
        .arg(int(grain));
}

QString openBadReviewsSql(Grain grain)
{
    const QString e = unitColumn(grain, QStringLiteral("e"));
    return QStringLiteral(
               "SELECT %1 AS unit, count(*), "
               // verifyOverdue / rectificationOverdue (Overdue.h): strictly past the deadline.
               "sum(CASE WHEN (b.state = 'unverified' AND b.verify_deadline < :now) OR (b.state "
               "IN ('confirmed', 'rectifying') AND coalesce(b.delay_deadline, "
               "b.rectification_deadline) "
               "< :now) THEN 1 ELSE 0 END) "
               "FROM bad_reviews b JOIN evaluations e ON e.eval_id = b.eval_id "
               // isOpenState (HandlingState.h).
               "WHERE b.state IN ('unverified', 'invalid_requested', 'confirmed', 'rectifying', "
               "'rectified') AND b.withdrawn = 0 AND e.withdrawn = 0 AND e.valid = 1 "
               "GROUP BY %1")
        .arg(e);
}

} // namespace pingjia::IndicatorSql
