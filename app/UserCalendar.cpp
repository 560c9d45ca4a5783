// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/UserCalendar.h"

#include "app/Logging.h"
#include "app/UserHome.h"
#include "models/domain/CurrentCalendar.h"
#include "ui/CalendarSection.h"

namespace pingjia {

QString useUserCalendar(const UserHome &home)
{
    QString error;
    const WorkingCalendar calendar =
        withUserCalendar(WorkingCalendar::builtin(), home.extraCalendarFile(), &error);
    setCurrentWorkingCalendar(calendar);
    if (!error.isEmpty())
        qCWarning(lcApp).noquote() << "the holiday calendar file is not used:" << error;
    else
        qCInfo(lcApp) << "holiday calendar covers" << calendar.coveredYears();
    return error;
}

} // namespace pingjia
