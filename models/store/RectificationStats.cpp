// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/RectificationStats.h"

#include "models/domain/Clock.h"
#include "models/domain/PlatformTime.h"
#include "models/store/BadReviewQuery.h"
#include "models/store/BadReviewSql.h"
#include "models/store/CacheDatabase.h"
#include "models/store/LocalWorkDatabase.h"
#include "models/store/StoredTime.h"

#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace pingjia {

namespace {

// The states where isOpenState() (models/domain/HandlingState.h).
const QList<HandlingState> kOpenStates = [] {
    QList<HandlingState> open;
    for (HandlingState s : kAllHandlingStates) {
        if (isOpenState(s))
            open << s;
    }
    return open;
}();

// Both restrictions at once: the scope's states and the measure's. An empty result
// must still list nothing, so it becomes an empty evalId list.
BadReviewFilter withStates(BadReviewFilter f, const QList<HandlingState> &states)
{
    if (f.states.isEmpty()) {
        f.states = states;
        return f;
    }
    QList<HandlingState> both;
    for (HandlingState s : states) {
        if (f.states.contains(s))
            both << s;
    }
    f.states = both;
    if (both.isEmpty())
        f.evalIds = QStringList{};
    return f;
}

QString unitColumn(StatsUnit unit)
{
    return unit == StatsUnit::Department ? QStringLiteral("r.dept_code")
                                         : QStringLiteral("r.center_code");
}

QString sqlState(HandlingState s)
{
    return QLatin1Char('\'') + toString(s) + QLatin1Char('\'');
}

QString stateSet(const QList<HandlingState> &states)
{
    QStringList out;
    for (HandlingState s : states)
        out << sqlState(s);
    return out.join(QStringLiteral(", "));
}

QDate firstOfMonth(QDate d)
{
    return QDate(d.year(), d.month(), 1);
}
QDate lastOfMonth(QDate d)
{
    return firstOfMonth(d).addMonths(1).addDays(-1);
}

// Runs a statement and hands every row to `visit`.
StoreResult run(CacheDatabase &cache, const BadReviewSql::Statement &s,
                const std::function<void(const QSqlQuery &)> &visit)
{
    Connection &c = cache.connection();
    QSqlQuery q(c.database());
    q.setForwardOnly(true);
    if (!q.prepare(s.sql))
        return c.failure(q.lastError(), QStringLiteral("rectification statistics"));
    for (const QVariant &v : s.binds)
        q.addBindValue(v);
    if (!q.exec())
        return c.failure(q.lastError(), QStringLiteral("rectification statistics"));
    while (q.next())
        visit(q);
    return {};
}

// The rows that count as common problems: valid and not declared mistaken/malicious.
constexpr auto kProblemRows = " AND r.st <> 'not_adopted' ";

} // namespace

QString progressMeasureName(ProgressMeasure measure)
{
    switch (measure) {
    case ProgressMeasure::Open:
        return QCoreApplication::translate("pingjia::ProgressMeasure", "Open");
    case ProgressMeasure::InProgress:
        return QCoreApplication::translate("pingjia::ProgressMeasure", "In rectification");
    case ProgressMeasure::Overdue:
        return QCoreApplication::translate("pingjia::ProgressMeasure", "Overdue");
    case ProgressMeasure::Delayed:
        return QCoreApplication::translate("pingjia::ProgressMeasure", "Delayed");
    case ProgressMeasure::Done:
        return QCoreApplication::translate("pingjia::ProgressMeasure", "Rectified");
    case ProgressMeasure::FollowedUp:
        return QCoreApplication::translate("pingjia::ProgressMeasure", "Followed up");
    }
    return {};
}

BadReviewFilter UnitProgress::filterFor(ProgressMeasure m) const
{
    switch (m) {
    case ProgressMeasure::Open:
        return withStates(scope, kOpenStates);
    case ProgressMeasure::InProgress:
        return withStates(scope, {HandlingState::Rectifying});
    case ProgressMeasure::Overdue: {
        BadReviewFilter f = scope;
        f.due = BadReviewFilter::Due::Overdue;
        return f;
    }
    case ProgressMeasure::Delayed: {
        BadReviewFilter f = scope;
        f.delayedOnly = true;
        return f;
    }
    case ProgressMeasure::Done:
        return withStates(scope, {HandlingState::Rectified, HandlingState::Closed});
    case ProgressMeasure::FollowedUp:
        return withStates(scope, {HandlingState::Closed});
    }
    return scope;
}

QString AgeingBucket::label() const
{
    if (maxDays < 0)
        return RectificationStats::tr("> %1 days").arg(minDays - 1);
    if (minDays <= 0)
        return RectificationStats::tr("≤ %n day(s)", nullptr, maxDays);
    return RectificationStats::tr("%1–%2 days").arg(minDays).arg(maxDays);
}

RectificationStats::RectificationStats(BadReviewQuery &query) : m_query(query)
{
}

BadReviewFilter RectificationStats::openFilter(const BadReviewFilter &scope)
{
    return withStates(scope, kOpenStates);
}

QList<UnitProgress> RectificationStats::progress(StatsUnit unit, const BadReviewFilter &scope,
                                                 const QDateTime &now, StoreResult *error)
{
    setError(error, {});
    QList<UnitProgress> out;
    if (StoreResult r = m_query.ensureAttached(); !r.ok()) {
        setError(error, r);
        return out;
    }
    const QString col = unitColumn(unit);
    const QString columns =
        QStringLiteral("coalesce(%1, ''), (SELECT name FROM org_units WHERE org_code = %1), "
                       "sum(r.st IN (%2)), sum(r.st = 'rectifying'), sum(r.running < ?), sum(%3), "
                       "sum(r.st IN ('rectified', 'closed')), sum(r.st = 'closed')")
            .arg(col, stateSet(kOpenStates), BadReviewSql::delayed());
    BadReviewSql::Statement s = BadReviewSql::select(
        columns, scope, now, m_query.policy(), m_query.m_localWork && m_query.m_localWork->isOpen(),
        false, QStringLiteral("GROUP BY 1 ORDER BY 1"));
    s.binds.prepend(StoredTime::toText(now));
    const StoreResult r = run(m_query.m_cache, s, [&](const QSqlQuery &q) {
        UnitProgress p;
        p.unitCode = q.value(0).toString();
        p.unitName = q.value(1).toString();
        for (int i = 0; i < 6; ++i)
            p.counts[i] = q.value(2 + i).toLongLong();
        p.scope = scope;
        if (unit == StatsUnit::Department)
            p.scope.deptCodes = {p.unitCode};
        else
            p.scope.centerCodes = {p.unitCode};
        out << p;
    });
    setError(error, r);
    return r.ok() ? out : QList<UnitProgress>{};
}

QList<AgeingBucket> RectificationStats::ageing(const BadReviewFilter &scope, const QDateTime &now,
                                               StoreResult *error)
{
    setError(error, {});
    QList<AgeingBucket> buckets = {
        {0, 1, 0, {}}, {2, 3, 0, {}}, {4, 7, 0, {}}, {8, 15, 0, {}}, {16, -1, 0, {}}};
    const QDate today = platformDate(now);
    const BadReviewFilter open = withStates(scope, kOpenStates);
    for (AgeingBucket &b : buckets) {
        BadReviewFilter f = open;
        // Days since assessTime = today − the day of assessTime: a date range.
        const QDate newest = today.addDays(-b.minDays);
        if (!f.to.isValid() || newest < f.to)
            f.to = newest;
        if (b.maxDays >= 0) {
            const QDate oldest = today.addDays(-b.maxDays);
            if (!f.from.isValid() || oldest > f.from)
                f.from = oldest;
        }
        if (f.from.isValid() && f.to.isValid() && f.from > f.to)
            f.evalIds = QStringList{};
        b.filter = f;
    }
    if (StoreResult r = m_query.ensureAttached(); !r.ok()) {
        setError(error, r);
        return {};
    }
    const QString columns = QStringLiteral(
        "CASE WHEN a <= 1 THEN 0 WHEN a <= 3 THEN 1 WHEN a <= 7 THEN 2 WHEN a <= 15 THEN 3 "
        "ELSE 4 END, count(*) FROM (SELECT CAST(julianday(?) - julianday(substr(r.assess_time, "
        "1, 10)) AS INTEGER) AS a");
    BadReviewSql::Statement s = BadReviewSql::select(
        columns, open, now, m_query.policy(), m_query.m_localWork && m_query.m_localWork->isOpen(),
        false, QStringLiteral(") GROUP BY 1"));
    s.binds.prepend(today.toString(u"yyyy-MM-dd"));
    // Reads "SELECT <bucket>, count(*) FROM (SELECT <age> FROM … WHERE …) GROUP BY 1".
    const StoreResult r = run(m_query.m_cache, s, [&](const QSqlQuery &q) {
        const int i = q.value(0).toInt();
        if (i >= 0 && i < buckets.size())
            buckets[i].count = q.value(1).toLongLong();
    });
    setError(error, r);
    return r.ok() ? buckets : QList<AgeingBucket>{};
}

QList<ProblemCount> RectificationStats::problemsByItem(const BadReviewFilter &scope,
                                                       QDate firstMonth, QDate lastMonth,
                                                       StoreResult *error)
{
    setError(error, {});
    QList<ProblemCount> out;
    if (StoreResult r = m_query.ensureAttached(); !r.ok()) {
        setError(error, r);
        return out;
    }
    BadReviewFilter f = scope;
    f.validity = BadReviewFilter::Validity::Valid;
    f.from = std::max(firstOfMonth(firstMonth), scope.from.isValid() ? scope.from : QDate());
    f.to = scope.to.isValid() ? std::min(lastOfMonth(lastMonth), scope.to) : lastOfMonth(lastMonth);
    const QString columns = QStringLiteral(
        "coalesce(r.task_code, ''), (SELECT task_name FROM service_items WHERE task_code = "
        "r.task_code), substr(r.assess_time, 1, 7), count(*), group_concat(r.eval_id)");
    const BadReviewSql::Statement s = BadReviewSql::select(
        columns, f, Clock::now(), m_query.policy(),
        m_query.m_localWork && m_query.m_localWork->isOpen(), false,
        QLatin1String(kProblemRows) + QStringLiteral("GROUP BY 1, 3 ORDER BY 1, 3"));
    const StoreResult r = run(m_query.m_cache, s, [&](const QSqlQuery &q) {
        ProblemCount p;
        p.key = q.value(0).toString();
        p.name = q.value(1).isNull() ? p.key : q.value(1).toString();
        p.month = q.value(2).toString();
        p.count = q.value(3).toLongLong();
        p.evalIds = q.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        out << p;
    });
    setError(error, r);
    return r.ok() ? out : QList<ProblemCount>{};
}

QList<ProblemCount> RectificationStats::problemsByCategory(const BadReviewFilter &scope,
                                                           const CommonProblemRules &rules,
                                                           QDate firstMonth, QDate lastMonth,
                                                           StoreResult *error)
{
    setError(error, {});
    if (StoreResult r = m_query.ensureAttached(); !r.ok()) {
        setError(error, r);
        return {};
    }
    BadReviewFilter f = scope;
    f.validity = BadReviewFilter::Validity::Valid;
    f.from = std::max(firstOfMonth(firstMonth), scope.from.isValid() ? scope.from : QDate());
    f.to = scope.to.isValid() ? std::min(lastOfMonth(lastMonth), scope.to) : lastOfMonth(lastMonth);
    // The rules are the user's and run over the text: categorised here, not in SQL.
    QMap<QPair<int, QString>, ProblemCount> groups;
    const BadReviewSql::Statement s = BadReviewSql::select(
        QStringLiteral("r.eval_id, r.text, substr(r.assess_time, 1, 7)"), f, Clock::now(),
        m_query.policy(), m_query.m_localWork && m_query.m_localWork->isOpen(), false,
        QLatin1String(kProblemRows) + QStringLiteral("ORDER BY r.assess_time, r.rid"));
    const StoreResult r = run(m_query.m_cache, s, [&](const QSqlQuery &q) {
        const ProblemCategory category = rules.categorize(q.value(1).toString());
        const QString month = q.value(2).toString();
        ProblemCount &p = groups[{int(category), month}];
        if (p.key.isEmpty()) {
            p.key = problemCategoryKey(category);
            p.name = problemCategoryName(category);
            p.month = month;
        }
        ++p.count;
        p.evalIds << q.value(0).toString();
    });
    setError(error, r);
    return r.ok() ? groups.values() : QList<ProblemCount>{};
}

QList<DoubleZeroStatus> RectificationStats::doubleZero(StatsUnit unit, const BadReviewFilter &scope,
                                                       QDate month, const CommonProblemRules &rules,
                                                       const QDateTime &now, StoreResult *error)
{
    setError(error, {});
    if (StoreResult r = m_query.ensureAttached(); !r.ok()) {
        setError(error, r);
        return {};
    }
    const bool overlay = m_query.m_localWork && m_query.m_localWork->isOpen();
    const QString col = unitColumn(unit);
    const QString monthText = firstOfMonth(month).toString(u"yyyy-MM");
    BadReviewFilter upToMonth = scope;
    upToMonth.to = scope.to.isValid() ? std::min(scope.to, lastOfMonth(month)) : lastOfMonth(month);

    QMap<QString, DoubleZeroStatus> units;
    // Every unit with a bad review up to the month's end, and its cases still open now.
    BadReviewSql::Statement s = BadReviewSql::select(
        QStringLiteral("coalesce(%1, ''), (SELECT name FROM org_units WHERE org_code = %1), "
                       "sum(r.st IN (%2))")
            .arg(col, stateSet(kOpenStates)),
        upToMonth, now, m_query.policy(), overlay, false, QStringLiteral("GROUP BY 1"));
    StoreResult r = run(m_query.m_cache, s, [&](const QSqlQuery &q) {
        DoubleZeroStatus &d = units[q.value(0).toString()];
        d.unitCode = q.value(0).toString();
        d.unitName = q.value(1).toString();
        d.month = monthText;
        d.openCases = q.value(2).toLongLong();
    });
    if (!r.ok()) {
        setError(error, r);
        return {};
    }

    // Recurring problems of the month: per unit, service items and categories (other
    // than Other) with at least kRecurringThreshold problem rows.
    BadReviewFilter inMonth = scope;
    inMonth.validity = BadReviewFilter::Validity::Valid;
    inMonth.from = std::max(firstOfMonth(month), scope.from.isValid() ? scope.from : QDate());
    inMonth.to = upToMonth.to;
    QHash<QString, QHash<QString, int>> byItem, byCategory;
    s = BadReviewSql::select(
        QStringLiteral("coalesce(%1, ''), coalesce(r.task_code, ''), r.text").arg(col), inMonth,
        now, m_query.policy(), overlay, false, QLatin1String(kProblemRows));
    r = run(m_query.m_cache, s, [&](const QSqlQuery &q) {
        const QString unitCode = q.value(0).toString();
        if (!q.value(1).toString().isEmpty())
            ++byItem[unitCode][q.value(1).toString()];
        const ProblemCategory c = rules.categorize(q.value(2).toString());
        if (c != ProblemCategory::Other)
            ++byCategory[unitCode][problemCategoryKey(c)];
    });
    if (!r.ok()) {
        setError(error, r);
        return {};
    }
    auto recurring = [](const QHash<QString, int> &counts) {
        qint64 n = 0;
        for (int c : counts) {
            if (c >= kRecurringThreshold)
                ++n;
        }
        return n;
    };
    for (auto it = units.begin(); it != units.end(); ++it)
        it->recurringProblems =
            recurring(byItem.value(it.key())) + recurring(byCategory.value(it.key()));
    return units.values();
}

} // namespace pingjia
