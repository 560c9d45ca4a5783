// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityTimeline.h"

#include "models/domain/WorkingCalendar.h"

#include <algorithm>

namespace pingjia {
namespace {

double hourWeight(bool workingDay, int hour)
{
    if (workingDay) {
        if ((hour >= 9 && hour < 12) || (hour >= 14 && hour < 18))
            return 10.0;
        if (hour == 8 || hour == 12 || hour == 13 || hour == 18)
            return 3.0;
        if (hour >= 19 && hour < 23)
            return 0.8; // online services
        return 0.1;
    }
    return (hour >= 8 && hour < 20) ? 1.5 : 0.1;
}

} // namespace

ActivityTimeline::ActivityTimeline(SimSeconds start, SimSeconds horizon,
                                   const WorkingCalendar &calendar)
    : m_start(start)
{
    const qint64 hours = std::max<qint64>(1, (horizon - start + 3599) / 3600);
    m_cumulative.reserve(hours + 1);
    m_cumulative.append(0);
    double acc = 0;
    for (qint64 h = 0; h < hours; ++h) {
        const CivilTime c = civilTime(start + h * 3600);
        const QDate day(c.year, c.month, c.day);
        acc += hourWeight(calendar.isWorkingDay(day), c.hour);
        m_cumulative.append(acc);
    }
}

double ActivityTimeline::activityAt(SimSeconds t) const
{
    if (t <= m_start)
        return 0;
    const SimSeconds offset = t - m_start;
    const qint64 h = offset / 3600;
    if (h >= m_cumulative.size() - 1)
        return m_cumulative.constLast();
    const double frac = double(offset % 3600) / 3600.0;
    return m_cumulative.at(h) + frac * (m_cumulative.at(h + 1) - m_cumulative.at(h));
}

SimSeconds ActivityTimeline::timeAt(double x) const
{
    if (x <= 0)
        return m_start;
    if (x >= m_cumulative.constLast())
        return horizon();
    const auto it = std::upper_bound(m_cumulative.cbegin(), m_cumulative.cend(), x);
    const qint64 h = qint64(it - m_cumulative.cbegin()) - 1;
    const double lo = m_cumulative.at(h), hi = m_cumulative.at(h + 1);
    const double frac = (x - lo) / (hi - lo);
    return m_start + h * 3600 + SimSeconds(frac * 3600.0);
}

} // namespace pingjia
