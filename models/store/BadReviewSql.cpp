// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/BadReviewSql.h"

#include "models/domain/Overdue.h"
#include "models/domain/PlatformTime.h"
#include "models/store/CommentSearch.h"
#include "models/store/Connection.h"
#include "models/store/StoredTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace pingjia::BadReviewSql {

namespace {

// "?, ?, ?" for n values.
QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

void addIn(QStringList &where, QVariantList &binds, const QString &column,
           const QStringList &values)
{
    if (values.isEmpty())
        return;
    where << QStringLiteral("%1 IN (%2)").arg(column, placeholders(values.size()));
    for (const QString &v : values)
        binds << v;
}

// An overlay column when the local-work record exists, else the platform's column.
QString effective(const QString &jsonPath, const QString &platform)
{
    return QStringLiteral("CASE WHEN o.eval_id IS NOT NULL THEN json_extract(o.record, '$.%1') "
                          "ELSE %2 END")
        .arg(jsonPath, platform);
}

} // namespace

QString rectificationRunningStates()
{
    QStringList states;
    for (HandlingState s : kAllHandlingStates) {
        if (rectificationRunning(s))
            states << QLatin1Char('\'') + toString(s) + QLatin1Char('\'');
    }
    return states.join(QStringLiteral(", "));
}

QString delayed()
{
    return QStringLiteral("(r.st IN (%1) AND (r.dd IS NOT NULL OR r.dp = 1))")
        .arg(rectificationRunningStates());
}

QString awaitingApproval()
{
    return QStringLiteral("r.st = 'invalid_requested' OR (r.dp = 1 AND r.st IN (%1))")
        .arg(rectificationRunningStates());
}

QString lastRequester()
{
    // The requester of the pending request is the actor of the last request in history
    // (a delay can only be asked for after any invalid request was settled).
    return QStringLiteral(
        "coalesce((SELECT json_extract(h.value, '$.actor') FROM json_each(r.hist) h "
        "WHERE json_extract(h.value, '$.type') IN ('request_invalid', 'request_delay') "
        "ORDER BY h.key DESC LIMIT 1), '')");
}

namespace {

// The conditions on the evaluation itself: they use the evaluations indexes and run
// before any overlay work.
QString evaluationConditions(const BadReviewFilter &f, QVariantList &binds)
{
    // "level <= 2" exactly: it is the WHERE of the partial index evaluations_queue.
    QStringList where{QStringLiteral("e.level <= 2"), QStringLiteral("e.withdrawn = 0"),
                      QStringLiteral("(b.withdrawn IS NULL OR b.withdrawn = 0)")};
    if (!f.levels.isEmpty()) {
        QStringList levels;
        for (int l : f.levels)
            levels << QString::number(l);
        where << QStringLiteral("e.level IN (%1)").arg(placeholders(levels.size()));
        for (int l : f.levels)
            binds << l;
    }
    addIn(where, binds, QStringLiteral("e.dept_code"), f.deptCodes);
    addIn(where, binds, QStringLiteral("e.center_code"), f.centerCodes);
    addIn(where, binds, QStringLiteral("e.channel_code"), f.channelCodes);
    addIn(where, binds, QStringLiteral("e.task_code"), f.taskCodes);
    if (f.from.isValid()) {
        where << QStringLiteral("e.assess_time >= ?");
        binds << f.from.toString(u"yyyy-MM-dd") + QStringLiteral(" 00:00:00");
    }
    if (f.to.isValid()) {
        where << QStringLiteral("e.assess_time <= ?");
        binds << f.to.toString(u"yyyy-MM-dd") + QStringLiteral(" 23:59:59");
    }
    if (f.validity == BadReviewFilter::Validity::Valid)
        where << QStringLiteral("e.valid = 1");
    else if (f.validity == BadReviewFilter::Validity::Invalid)
        where << QStringLiteral("e.valid = 0");
    if (const auto c = CommentSearch::condition(f.text, QStringLiteral("e"))) {
        where << QLatin1Char('(') + c->sql + QLatin1Char(')');
        binds += c->binds;
    }
    if (f.evalIds) {
        where << QStringLiteral("e.eval_id IN (SELECT value FROM json_each(?))");
        binds << QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(*f.evalIds)).toJson(QJsonDocument::Compact));
    }
    return where.join(QStringLiteral(" AND "));
}

// The effective rows as the relation `r` (see the header for its columns).
QString effectiveRows(const BadReviewFilter &f, const DeadlinePolicy &policy, bool withOverlay,
                      QVariantList &binds)
{
    const QString overlay =
        withOverlay ? QStringLiteral("lw.pending_overlay")
                    : QStringLiteral("(SELECT NULL AS eval_id, NULL AS state, NULL AS record "
                                     "WHERE 0)");
    // A level 1–2 evaluation whose handling record has not synced: derived state and
    // verify deadline, like HandlingStateMachine::initialRecord. The strftime() mirrors
    // verifyDeadline() of models/domain/Deadlines.h (assessTime + policy.verifyHours).
    binds << QStringLiteral("+%1 hours").arg(policy.verifyHours);
    const QString inner =
        QStringLiteral(
            "SELECT e.id AS rid, e.eval_id AS eval_id, e.level AS level, e.valid AS valid, "
            "e.assess_time AS assess_time, e.center_code AS center_code, e.dept_code AS "
            "dept_code, e.window_code AS window_code, e.staff_id AS staff_id, e.channel_code AS "
            "channel_code, e.task_code AS task_code, e.text AS text, "
            "CASE WHEN o.eval_id IS NOT NULL THEN o.state WHEN b.eval_id IS NOT NULL THEN b.state "
            "WHEN e.valid = 0 THEN 'invalid' ELSE 'unverified' END AS st, "
            "%1 AS vr, "
            "CASE WHEN o.eval_id IS NOT NULL THEN json_extract(o.record, '$.verifyDeadline') "
            "WHEN b.eval_id IS NOT NULL THEN b.verify_deadline WHEN e.valid = 0 THEN NULL "
            "ELSE strftime('%Y-%m-%d %H:%M:%S', e.assess_time, ?) END AS vd, "
            "%2 AS rd, %3 AS dd, %4 AS dp, %5 AS de, %6 AS ver, %7 AS hist, "
            "o.eval_id IS NOT NULL AS pu, b.eval_id IS NULL AS derived "
            "FROM evaluations e LEFT JOIN bad_reviews b ON b.eval_id = e.eval_id "
            "LEFT JOIN %8 o ON o.eval_id = e.eval_id WHERE ")
            .arg(effective(QStringLiteral("verifyResult"), QStringLiteral("b.verify_result")),
                 effective(QStringLiteral("reformDeadline"),
                           QStringLiteral("b.rectification_deadline")),
                 effective(QStringLiteral("delayDeadline"), QStringLiteral("b.delay_deadline")),
                 effective(QStringLiteral("delayPending"),
                           QStringLiteral("coalesce(b.delay_pending, 0)")),
                 effective(QStringLiteral("deadlineEstimated"),
                           QStringLiteral("coalesce(b.deadline_estimated, 0)")),
                 effective(QStringLiteral("version"), QStringLiteral("coalesce(b.version, 0)")),
                 effective(QStringLiteral("history"), QStringLiteral("coalesce(b.history, '[]')")),
                 overlay);
    // Built after the select list: its bind values follow the verify-hours one.
    const QString conditions = evaluationConditions(f, binds);
    // erd mirrors HandlingRecord::effectiveRectificationDeadline(), running mirrors
    // runningDeadline() (models/domain/Overdue.h).
    return QStringLiteral(
               "(SELECT q.*, coalesce(q.dd, q.rd) AS erd, CASE WHEN q.st = 'unverified' THEN q.vd "
               "WHEN q.st IN (%3) THEN coalesce(q.dd, q.rd) END AS running "
               "FROM (%1%2) q) r")
        .arg(inner, conditions, rectificationRunningStates());
}

QString stateList(const QList<HandlingState> &states, QVariantList &binds)
{
    for (HandlingState s : states)
        binds << toString(s);
    return QStringLiteral("r.st IN (%1)").arg(placeholders(states.size()));
}

// The conditions on the effective state (after the overlay).
QString effectiveConditions(const BadReviewFilter &f, const QDateTime &now, QVariantList &binds)
{
    QStringList where;
    if (!f.states.isEmpty())
        where << stateList(f.states, binds);
    const QString nowText = StoredTime::toText(now);
    switch (f.due) {
    case BadReviewFilter::Due::Any:
        break;
    case BadReviewFilter::Due::Overdue:
        // Mirrors isOverdue(): deadlinePassed(runningDeadline(…), now).
        where << QStringLiteral("r.running < ?");
        binds << nowText;
        break;
    case BadReviewFilter::Due::DueToday:
        where << QStringLiteral("r.running >= ? AND r.running <= ?");
        binds << nowText << platformDate(now).toString(u"yyyy-MM-dd") + QStringLiteral(" 23:59:59");
        break;
    case BadReviewFilter::Due::Within24h:
        where << QStringLiteral("r.running >= ? AND r.running <= ?");
        binds << nowText << StoredTime::toText(now.addSecs(24 * 3600));
        break;
    }
    if (!f.awaitingApprovalBy.isEmpty()) {
        where << QStringLiteral("(%1) AND %2 <> ?").arg(awaitingApproval(), lastRequester());
        binds << f.awaitingApprovalBy;
    }
    if (f.awaitingFollowUp)
        where << QStringLiteral("r.st = 'rectified'");
    if (f.pendingUploadOnly)
        where << QStringLiteral("r.pu = 1");
    if (f.delayedOnly)
        where << delayed();
    return where.isEmpty() ? QStringLiteral("1") : where.join(QStringLiteral(" AND "));
}

const QString nameJoins = QStringLiteral(" LEFT JOIN org_units oc ON oc.org_code = r.center_code"
                                         " LEFT JOIN org_units od ON od.org_code = r.dept_code"
                                         " LEFT JOIN org_units ow ON ow.org_code = r.window_code"
                                         " LEFT JOIN staff sf ON sf.staff_id = r.staff_id");

} // namespace

QString sortKey(BadReviewSort sort)
{
    switch (sort) {
    case BadReviewSort::Level:
        return QStringLiteral("r.level");
    case BadReviewSort::AssessTime:
        return QStringLiteral("r.assess_time");
    case BadReviewSort::Center:
        return QStringLiteral("coalesce(oc.name, r.center_code)");
    case BadReviewSort::Department:
        return QStringLiteral("coalesce(od.name, r.dept_code)");
    case BadReviewSort::Window:
        return QStringLiteral("coalesce(ow.name, r.window_code)");
    case BadReviewSort::Staff:
        return QStringLiteral("coalesce(sf.name, r.staff_id)");
    case BadReviewSort::Channel:
        return QStringLiteral("r.channel_code");
    case BadReviewSort::Comment:
        return QStringLiteral("r.text");
    case BadReviewSort::State:
        // Workflow order, not alphabetical.
        return QStringLiteral(
            "CASE r.st WHEN 'unverified' THEN 0 WHEN 'invalid_requested' THEN 1 "
            "WHEN 'confirmed' THEN 2 WHEN 'rectifying' THEN 3 WHEN 'rectified' THEN 4 "
            "WHEN 'closed' THEN 5 WHEN 'not_adopted' THEN 6 ELSE 7 END");
    case BadReviewSort::VerifyDeadline:
        return QStringLiteral("r.vd");
    case BadReviewSort::RectificationDeadline:
        return QStringLiteral("r.erd");
    case BadReviewSort::Urgency:
        return QStringLiteral("r.running");
    }
    return QStringLiteral("r.rid");
}

namespace {

bool needsNames(BadReviewSort sort)
{
    return sort == BadReviewSort::Center || sort == BadReviewSort::Department ||
           sort == BadReviewSort::Window || sort == BadReviewSort::Staff;
}

} // namespace

QString orderBy(BadReviewSort sort, Qt::SortOrder order)
{
    const QString dir =
        order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString key = sortKey(sort);
    return QStringLiteral("ORDER BY (%1) IS NULL, %1 %2, r.rid %2").arg(key, dir);
}

Statement select(const QString &columns, const BadReviewFilter &filter, const QDateTime &now,
                 const DeadlinePolicy &policy, bool withOverlay, bool joinNames,
                 const QString &tail)
{
    Statement s;
    const QString rows = effectiveRows(filter, policy, withOverlay, s.binds);
    const QString where = effectiveConditions(filter, now, s.binds);
    s.sql = QStringLiteral("SELECT %1 FROM %2%3 WHERE %4 %5")
                .arg(columns, rows, joinNames ? nameJoins : QString(), where, tail);
    return s;
}

Statement count(const BadReviewFilter &filter, const QDateTime &now, const DeadlinePolicy &policy,
                bool withOverlay)
{
    return select(QStringLiteral("count(*)"), filter, now, policy, withOverlay);
}

Statement page(const BadReviewFilter &filter, BadReviewSort sort, Qt::SortOrder order,
               qint64 offset, int limit, const QDateTime &now, const DeadlinePolicy &policy,
               bool withOverlay, int excerptLength)
{
    const QString columns =
        QStringLiteral(
            "r.eval_id, r.level, r.valid, r.assess_time, r.center_code, r.dept_code, "
            "r.window_code, "
            "r.staff_id, r.channel_code, r.task_code, substr(r.text, 1, %1), r.st, r.vr, r.vd, "
            "r.rd, "
            "r.dd, r.dp, r.de, r.pu, r.derived, r.ver, oc.name, od.name, ow.name, sf.name")
            .arg(excerptLength);
    Statement s = select(columns, filter, now, policy, withOverlay, true,
                         orderBy(sort, order) + QStringLiteral(" LIMIT ? OFFSET ?"));
    s.binds << limit << offset;
    return s;
}

Statement idPage(const BadReviewFilter &filter, BadReviewSort sort, Qt::SortOrder order,
                 qint64 offset, int limit, const QDateTime &now, const DeadlinePolicy &policy,
                 bool withOverlay)
{
    Statement s =
        select(QStringLiteral("r.eval_id"), filter, now, policy, withOverlay, needsNames(sort),
               orderBy(sort, order) + QStringLiteral(" LIMIT ? OFFSET ?"));
    s.binds << limit << offset;
    return s;
}

Statement evalIds(const BadReviewFilter &filter, BadReviewSort sort, Qt::SortOrder order,
                  const QDateTime &now, const DeadlinePolicy &policy, bool withOverlay)
{
    return select(QStringLiteral("r.eval_id"), filter, now, policy, withOverlay, needsNames(sort),
                  orderBy(sort, order));
}

namespace {
QSqlQuery lookup(Connection &c, const QString &sql, const QString &key, StoreResult *error)
{
    QSqlQuery q(c.database());
    q.prepare(sql);
    q.addBindValue(key);
    if (!q.exec())
        *error = c.failure(q.lastError(), QStringLiteral("detail lookup"));
    return q;
}
QDateTime time(const QVariant &v)
{
    return StoredTime::fromSql(v);
}
} // namespace

std::optional<ServiceCase> serviceCase(Connection &c, const QString &projectNo, StoreResult *error)
{
    *error = {};
    if (projectNo.isEmpty())
        return std::nullopt;
    QSqlQuery q = lookup(c,
                         QStringLiteral("SELECT project_no, task_code, dept_code, center_code, "
                                        "window_code, staff_id, accept_date, finish_date, "
                                        "pro_status, withdrawn, updated_at FROM cases "
                                        "WHERE project_no = ?"),
                         projectNo, error);
    if (!error->ok() || !q.next())
        return std::nullopt;
    return ServiceCase{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                       time(q.value(6)),      time(q.value(7)),      q.value(8).toInt(),
                       q.value(9).toBool(),   time(q.value(10))};
}

std::optional<ServiceItem> serviceItem(Connection &c, const QString &taskCode, StoreResult *error)
{
    *error = {};
    if (taskCode.isEmpty())
        return std::nullopt;
    QSqlQuery q = lookup(c,
                         QStringLiteral("SELECT task_code, task_name, task_type, dept_code, "
                                        "withdrawn, updated_at FROM service_items "
                                        "WHERE task_code = ?"),
                         taskCode, error);
    if (!error->ok() || !q.next())
        return std::nullopt;
    return ServiceItem{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toBool(),   time(q.value(5))};
}

std::optional<StaffMember> staffMember(Connection &c, const QString &staffId, StoreResult *error)
{
    *error = {};
    if (staffId.isEmpty())
        return std::nullopt;
    QSqlQuery q = lookup(c,
                         QStringLiteral("SELECT staff_id, name, org_code, withdrawn, updated_at "
                                        "FROM staff WHERE staff_id = ?"),
                         staffId, error);
    if (!error->ok() || !q.next())
        return std::nullopt;
    return StaffMember{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toBool(), time(q.value(4))};
}

} // namespace pingjia::BadReviewSql
