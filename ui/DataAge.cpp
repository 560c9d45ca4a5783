// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/DataAge.h"

#include <QCoreApplication>

namespace pingjia {

QString describeDataAge(qint64 seconds)
{
    constexpr qint64 minute = 60;
    constexpr qint64 hour = 60 * minute;
    constexpr qint64 day = 24 * hour;
    // A clock set back (PINGJIA_NOW in the past) must not show a negative age.
    if (seconds < minute)
        return QCoreApplication::translate("DataAge", "less than a minute old");
    if (seconds < hour)
        return QCoreApplication::translate("DataAge", "%n minute(s) old", nullptr,
                                           int(seconds / minute));
    if (seconds < day)
        return QCoreApplication::translate("DataAge", "%n hour(s) old", nullptr,
                                           int(seconds / hour));
    return QCoreApplication::translate("DataAge", "%n day(s) old", nullptr, int(seconds / day));
}

} // namespace pingjia
