// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The dashboard's charts (Qt Charts), each built from a DashboardSnapshot, and the table
// of figures behind each (for its CSV export). Clicking a chart calls back with what was
// clicked: a month (switch the period), a channel, a department.

#include "models/itemmodels/DashboardSnapshot.h"
#include "models/reports/TableExport.h"

#include <functional>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace pingjia {

struct ChartClicks {
    std::function<void(const Period &month)> month;
    std::function<void(const QString &channelCode, const QString &channelName)> channel;
    std::function<void(const QString &deptCode)> department;
    // A level 1–2 segment of the distribution: that month's valid bad reviews of the level.
    std::function<void(const Period &month, int level)> badLevel;
};

// Satisfaction (mean level, defaults included) and bad rate, month by month.
QChart *trendChart(const DashboardSnapshot &s, const ChartClicks &clicks);
ExportTable trendTable(const DashboardSnapshot &s);

// Valid evaluations by level 1–5 stacked per month, with the satisfaction line. A click on
// a level 1–2 segment calls badLevel, elsewhere month.
QChart *distributionChart(const DashboardSnapshot &s, const ChartClicks &clicks);
ExportTable distributionTable(const DashboardSnapshot &s);

// Evaluations of the period by channel (the platform's names).
QChart *channelChart(const DashboardSnapshot &s, const ChartClicks &clicks);
ExportTable channelTable(const DashboardSnapshot &s);

// Top and bottom five departments by score.
QChart *departmentsChart(const DashboardSnapshot &s, const ChartClicks &clicks);
ExportTable departmentsTable(const DashboardSnapshot &s);

// Month labels of the trend ("2026-10").
QString monthLabel(const Period &month);

} // namespace pingjia
