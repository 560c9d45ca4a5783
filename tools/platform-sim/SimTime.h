// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "models/domain/PlatformTime.h"

#include <QDateTime>
#include <QString>

namespace pingjia {

// The simulator keeps times as seconds since the Unix epoch and formats them itself:
// QDateTime formatting is too slow for a million records per dump.
using SimSeconds = qint64;

struct CivilTime {
    int year, month, day, hour, minute, second;
};

// The civil time at UTC+8 (days-from-civil inverse, H. Hinnant's algorithm).
inline CivilTime civilTime(SimSeconds t)
{
    const SimSeconds local = t + kPlatformUtcOffsetSeconds;
    SimSeconds days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
    const int secs = int(local - days * 86400);
    days += 719468;
    const SimSeconds era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned doe = unsigned(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const int y = int(SimSeconds(yoe) + era * 400 + (m <= 2 ? 1 : 0));
    return CivilTime{y, int(m), int(d), secs / 3600, (secs / 60) % 60, secs % 60};
}

namespace detail {
inline void put2(char *p, int v)
{
    p[0] = char('0' + v / 10);
    p[1] = char('0' + v % 10);
}
inline void put4(char *p, int v)
{
    p[0] = char('0' + v / 1000 % 10);
    p[1] = char('0' + v / 100 % 10);
    p[2] = char('0' + v / 10 % 10);
    p[3] = char('0' + v % 10);
}
} // namespace detail

// "yyyy-MM-dd HH:mm:ss" at UTC+8.
inline QString formatSimTime(SimSeconds t)
{
    const CivilTime c = civilTime(t);
    char buf[19];
    detail::put4(buf, c.year);
    buf[4] = '-';
    detail::put2(buf + 5, c.month);
    buf[7] = '-';
    detail::put2(buf + 8, c.day);
    buf[10] = ' ';
    detail::put2(buf + 11, c.hour);
    buf[13] = ':';
    detail::put2(buf + 14, c.minute);
    buf[16] = ':';
    detail::put2(buf + 17, c.second);
    return QString::fromLatin1(buf, 19);
}

// "yyyyMMdd" at UTC+8, for ids.
inline QString compactDate(SimSeconds t)
{
    const CivilTime c = civilTime(t);
    char buf[8];
    detail::put4(buf, c.year);
    detail::put2(buf + 4, c.month);
    detail::put2(buf + 6, c.day);
    return QString::fromLatin1(buf, 8);
}

inline QDateTime toDateTime(SimSeconds t)
{
    return QDateTime::fromSecsSinceEpoch(t, platformZone());
}

inline SimSeconds toSimSeconds(const QDateTime &t)
{
    return t.toSecsSinceEpoch();
}

} // namespace pingjia
