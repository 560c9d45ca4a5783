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
                                const Period &period, const QDateTime &now,
                                const std::function<void(const DashboardSnapshot &)> &publish)
{
    DashboardSnapshot s;
    s.scopeCode = scopeCode;
    s.period = period;
    s.now = now;
    StoreResult &e = s.error;
    auto done = [&](DashboardSnapshot::Part part) {
        s.ready |= part;
        if (publish)
            publish(s);
    };
    if (auto f = query.dashboard(scopeCode, period, now, &e, &s.chase))
        s.figures = *f;
    else
        return s;
    done(DashboardSnapshot::Figures);
    done(DashboardSnapshot::Chase);
    const QDate last = period.last();
    if (auto m = query.monthlyCounts(scopeCode, last.addMonths(1 - kTrendMonths), last, now, &e))
        s.months = *m;
    else
        return s;
    done(DashboardSnapshot::Trend);
    if (auto c = query.evaluationsByChannel(scopeCode, period, &e))
        s.channels = *c;
    else
        return s;
    done(DashboardSnapshot::Channels);
    if (auto r = query.ranking(UnitLevel::Department, period, scopeCode, now, &e)) {
        s.topDepartments = topUnits(r->units, kTopBottom);
        s.bottomDepartments = bottomUnits(r->units, kTopBottom);
    } else {
        return s;
    }
    done(DashboardSnapshot::Departments);
    return s;
}

} // namespace pingjia
