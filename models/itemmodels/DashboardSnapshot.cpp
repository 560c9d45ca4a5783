// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/DashboardSnapshot.h"

#include <algorithm>

namespace pingjia {

qint64 DashboardSnapshot::chaseTotal() const
{
    qint64 total = 0;
    for (const ChaseCount &c : chase)
        total += c.cases;
    return total;
}

QList<RankedUnit> topUnits(const QList<RankedUnit> &units, int n)
{
    QList<RankedUnit> ranked;
    for (const RankedUnit &u : units)
        if (u.rank)
            ranked << u;
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const RankedUnit &a, const RankedUnit &b) { return *a.rank < *b.rank; });
    return ranked.mid(0, n);
}

QList<RankedUnit> bottomUnits(const QList<RankedUnit> &units, int n)
{
    QList<RankedUnit> ranked;
    for (const RankedUnit &u : units)
        if (u.rank)
            ranked << u;
    // Worst first; among equal ranks the later unit in the ranking's order first.
    std::reverse(ranked.begin(), ranked.end());
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const RankedUnit &a, const RankedUnit &b) { return *a.rank > *b.rank; });
    return ranked.mid(0, n);
}

DashboardSnapshot loadDashboard(IndicatorQuery &query, const QString &scopeCode,
                                const Period &period, const QDateTime &now)
{
    DashboardSnapshot s;
    s.scopeCode = scopeCode;
    s.period = period;
    s.now = now;
    StoreResult &e = s.error;
    if (auto f = query.dashboard(scopeCode, period, now, &e))
        s.figures = *f;
    else
        return s;
    const QDate last = period.last();
    if (auto m = query.monthlyCounts(scopeCode, last.addMonths(1 - kTrendMonths), last, now, &e))
        s.months = *m;
    else
        return s;
    if (auto c = query.evaluationsByChannel(scopeCode, period, &e))
        s.channels = *c;
    else
        return s;
    if (auto r = query.ranking(UnitLevel::Department, period, scopeCode, now, &e)) {
        s.topDepartments = topUnits(r->units, kTopBottom);
        s.bottomDepartments = bottomUnits(r->units, kTopBottom);
    } else {
        return s;
    }
    if (auto c = query.chaseCounts(scopeCode, now, &e))
        s.chase = *c;
    return s;
}

} // namespace pingjia
