// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The handling deadlines of PLATFORM_API.md "Bad-review handling": verify within H hours
// of the evaluation (000 art.7: 24 h); rectify by the end of the N-th day after the day
// of confirmation (000 art.7: 10 working days; 003 art.35(3): 5).

#include "models/domain/DeadlinePolicy.h"
#include "models/domain/WorkingCalendar.h"

#include <QDateTime>

namespace pingjia {

struct Deadline {
    QDateTime at;           // invalid when there is none
    bool estimated = false; // counted through a year the calendar does not cover
    bool operator==(const Deadline &) const = default;
};

// assessTime + verifyHours (to the second; crosses midnight and days as it must).
QDateTime verifyDeadline(const QDateTime &assessTime, const DeadlinePolicy &policy);

// The N-th working or natural day after `confirmedOn` (which itself does not count).
WorkingDayResult rectifyEndDate(QDate confirmedOn, const DeadlinePolicy &policy,
                                const WorkingCalendar &calendar);

// 23:59:59 UTC+8 of rectifyEndDate(platformDate(verifiedAt)); invalid for an invalid time.
Deadline rectificationDeadline(const QDateTime &verifiedAt, const DeadlinePolicy &policy,
                               const WorkingCalendar &calendar);

} // namespace pingjia
