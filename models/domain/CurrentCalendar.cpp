// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/CurrentCalendar.h"

#include <QMutex>

#include <optional>

namespace pingjia {

namespace {

QMutex currentMutex;
std::optional<WorkingCalendar> currentCalendar; // unset: the built-in one

} // namespace

WorkingCalendar currentWorkingCalendar()
{
    QMutexLocker lock(&currentMutex);
    return currentCalendar ? *currentCalendar : WorkingCalendar::builtin();
}

void setCurrentWorkingCalendar(const WorkingCalendar &calendar)
{
    QMutexLocker lock(&currentMutex);
    currentCalendar = calendar;
}

} // namespace pingjia
