// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "tools/platform-sim/SimTime.h"

#include <QList>

namespace pingjia {

class WorkingCalendar;

// When people come to the halls: busy in office hours of working days, quiet at night,
// on weekends and holidays. Cumulative "activity" maps a record's index to its time
// monotonically, so record i's time is computed from i alone and the inverse is cheap.
class ActivityTimeline {
public:
    ActivityTimeline(SimSeconds start, SimSeconds horizon, const WorkingCalendar &calendar);

    SimSeconds start() const { return m_start; }
    SimSeconds horizon() const { return m_start + SimSeconds(m_cumulative.size() - 1) * 3600; }
    // Cumulative activity from start to t (clamped to [start, horizon]).
    double activityAt(SimSeconds t) const;
    // The time at which cumulative activity reaches x (inverse of activityAt).
    SimSeconds timeAt(double x) const;

private:
    SimSeconds m_start;
    QList<double> m_cumulative; // at each hour boundary from start
};

} // namespace pingjia
