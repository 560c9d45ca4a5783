// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Everything the dashboard (总览) shows for one scope and period, read in one request on
// the dashboard's thread: key figures against the previous period, the 12 months ending
// with the period, evaluations by channel, the department ranking (top and bottom five)
// and the chase-list counts. Read part by part, cheapest first (key figures, then the
// charts' data): each part is published as it arrives, so the first paint never waits
// for the slower parts.

#include "models/store/IndicatorQuery.h"

#include <QList>

#include <functional>

namespace pingjia {

struct DashboardSnapshot {
    // The parts read so far (`ready`), in the order they are read.
    enum Part { Figures = 1, Trend = 2, Channels = 4, Chase = 8, Departments = 16, All = 31 };
    int ready = 0;
    bool has(Part part) const { return (ready & part) != 0; }
    QString scopeCode;
    Period period;
    QDateTime now;
    DashboardFigures figures;
    QList<PeriodCounts> months; // 12, oldest first, the last one holding period.last()
    QList<ChannelCount> channels;
    QList<RankedUnit> topDepartments;    // best first, ranked only, at most 5
    QList<RankedUnit> bottomDepartments; // worst first, ranked only, at most 5
    QList<ChaseCount> chase;             // per department, most first
    qint64 chaseTotal() const;
    StoreResult error; // the first failure; the parts read before it are kept
};

inline constexpr int kTrendMonths = 12;
inline constexpr int kTopBottom = 5;

// Runs the queries (on the calling thread's connection); stops at the first failure.
// `publish` (optional) gets the snapshot after each part, the last call holding all.
DashboardSnapshot loadDashboard(IndicatorQuery &query, const QString &scopeCode,
                                const Period &period, const QDateTime &now,
                                const std::function<void(const DashboardSnapshot &)> &publish = {});

// The top and bottom `n` ranked units of a ranking (ranked units come first, by rank).
QList<RankedUnit> topUnits(const QList<RankedUnit> &units, int n);
QList<RankedUnit> bottomUnits(const QList<RankedUnit> &units, int n);

} // namespace pingjia
