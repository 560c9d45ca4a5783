// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/DataAge.h"

#include <QCoreApplication>

namespace pingjia {

namespace {

struct DataAgeText {
    Q_DECLARE_TR_FUNCTIONS(DataAge)
};

} // namespace

QString describeDataAge(qint64 seconds)
{
    constexpr qint64 minute = 60;
    constexpr qint64 hour = 60 * minute;
    constexpr qint64 day = 24 * hour;
    // Singular and plural spelled out rather than "%n", so the English source strings
    // read well without a translator and Chinese needs no numerus forms.
    // A clock set back (PINGJIA_NOW in the past) must not show a negative age.
    if (seconds < minute)
        return DataAgeText::tr("less than a minute old");
    if (seconds < hour) {
        const qint64 n = seconds / minute;
        return n == 1 ? DataAgeText::tr("1 minute old") : DataAgeText::tr("%1 minutes old").arg(n);
    }
    if (seconds < day) {
        const qint64 n = seconds / hour;
        return n == 1 ? DataAgeText::tr("1 hour old") : DataAgeText::tr("%1 hours old").arg(n);
    }
    const qint64 n = seconds / day;
    return n == 1 ? DataAgeText::tr("1 day old") : DataAgeText::tr("%1 days old").arg(n);
}

} // namespace pingjia
