// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/Deadlines.h"

#include "models/domain/PlatformTime.h"

namespace pingjia {

QDateTime verifyDeadline(const QDateTime &assessTime, const DeadlinePolicy &policy)
{
    if (!assessTime.isValid())
        return {};
    return assessTime.toTimeZone(platformZone()).addSecs(qint64(policy.verifyHours) * 3600);
}

WorkingDayResult rectifyEndDate(QDate confirmedOn, const DeadlinePolicy &policy,
                                const WorkingCalendar &calendar)
{
    if (policy.dayKind == DayKind::Natural)
        return WorkingCalendar::addNaturalDays(confirmedOn, policy.rectifyDays);
    return calendar.addWorkingDays(confirmedOn, policy.rectifyDays);
}

Deadline rectificationDeadline(const QDateTime &verifiedAt, const DeadlinePolicy &policy,
                               const WorkingCalendar &calendar)
{
    if (!verifiedAt.isValid())
        return {};
    const WorkingDayResult end = rectifyEndDate(platformDate(verifiedAt), policy, calendar);
    return {platformDateTime(end.date, QTime(23, 59, 59)), end.estimated};
}

} // namespace pingjia
