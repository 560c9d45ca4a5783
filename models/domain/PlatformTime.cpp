// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/PlatformTime.h"

namespace pingjia {

QTimeZone platformZone()
{
    static const QTimeZone zone(kPlatformUtcOffsetSeconds);
    return zone;
}

QDateTime parsePlatformTime(const QString &text)
{
    // QDate/QTime::fromString are lenient about some widths; insist on the exact shape
    // so a malformed platform value is reported instead of half-read.
    if (text.size() != 19 || text.at(4) != u'-' || text.at(7) != u'-' || text.at(10) != u' ' ||
        text.at(13) != u':' || text.at(16) != u':')
        return {};
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18}) {
        if (text.at(i) < u'0' || text.at(i) > u'9')
            return {};
    }
    const QDate date = QDate::fromString(text.left(10), QStringLiteral("yyyy-MM-dd"));
    const QTime time = QTime::fromString(text.mid(11), QStringLiteral("HH:mm:ss"));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, platformZone());
}

QString formatPlatformTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toTimeZone(platformZone()).toString(QString::fromLatin1(kPlatformTimeFormat));
}

QDate platformDate(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toTimeZone(platformZone()).date();
}

QDateTime platformDateTime(QDate date, QTime time)
{
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, platformZone());
}

} // namespace pingjia
