// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/IndicatorQuery.h"

#include "models/store/CacheDatabase.h"

namespace pingjia {

struct IndicatorQuery::Private {};

IndicatorQuery::IndicatorQuery(CacheDatabase &cache)
    : m_cache(cache), d(std::make_unique<Private>())
{
}

IndicatorQuery::~IndicatorQuery() = default;

StoreResult IndicatorQuery::refresh()
{
    return {};
}

std::optional<RankingTable> IndicatorQuery::ranking(UnitLevel level, const Period &period,
                                                    const QString &scopeCode, const QDateTime &,
                                                    StoreResult *)
{
    RankingTable table;
    table.level = level;
    table.period = period;
    table.scopeCode = scopeCode;
    table.settings = m_settings;
    return table;
}

std::optional<UnitCounts> IndicatorQuery::counts(const QString &, const Period &, const QDateTime &,
                                                 StoreResult *)
{
    return UnitCounts{};
}

std::optional<QList<PeriodCounts>> IndicatorQuery::monthlyCounts(const QString &, QDate firstMonth,
                                                                 QDate lastMonth, const QDateTime &,
                                                                 StoreResult *)
{
    QList<PeriodCounts> out;
    for (const Period &p : monthsBetween(firstMonth, lastMonth))
        out << PeriodCounts{p, {}};
    return out;
}

std::optional<QList<ChannelCount>>
IndicatorQuery::evaluationsByChannel(const QString &, const Period &, StoreResult *)
{
    return QList<ChannelCount>{};
}

std::optional<DashboardFigures> IndicatorQuery::dashboard(const QString &scopeCode,
                                                          const Period &period, const QDateTime &,
                                                          StoreResult *)
{
    DashboardFigures f;
    f.scopeCode = scopeCode;
    f.current.period = period;
    f.previous.period = period.previous();
    return f;
}

std::optional<QList<ChaseItem>> IndicatorQuery::chaseList(const QString &, const QString &,
                                                          const QDateTime &, qint64, int,
                                                          StoreResult *)
{
    return QList<ChaseItem>{};
}

std::optional<QList<ChaseCount>> IndicatorQuery::chaseCounts(const QString &, const QDateTime &,
                                                             StoreResult *)
{
    return QList<ChaseCount>{};
}

std::optional<QList<UnitInfo>> IndicatorQuery::units(UnitLevel, const QString &, StoreResult *)
{
    return QList<UnitInfo>{};
}

std::optional<QList<ScopeNode>> IndicatorQuery::scopeTree(StoreResult *)
{
    return QList<ScopeNode>{};
}

std::optional<QString> IndicatorQuery::scopeName(const QString &scopeCode, StoreResult *)
{
    return scopeCode;
}

} // namespace pingjia
