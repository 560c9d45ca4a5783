// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The platform speaks China Standard Time, a fixed UTC+8 offset with one-second
// resolution. CI machines run in UTC or anywhere else, so nothing here may touch
// the machine's zone.

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace pingjia {

inline constexpr int kPlatformUtcOffsetSeconds = 28800;
inline constexpr auto kPlatformTimeFormat = "yyyy-MM-dd HH:mm:ss";

// The fixed UTC+8 zone (QTimeZone::fromSecondsAheadOfUtc is Qt 6.5+).
QTimeZone platformZone();

// "yyyy-MM-dd HH:mm:ss" read at UTC+8; an invalid QDateTime for anything else
// (wrong length, 'T' separator, 2026-02-30, 24:00:00, trailing text...).
QDateTime parsePlatformTime(const QString &text);

// The same format at UTC+8 whatever the zone of `time`; empty for an invalid time.
QString formatPlatformTime(const QDateTime &time);

// The calendar day of `time` in UTC+8 (what "the day of confirmation" means).
QDate platformDate(const QDateTime &time);

// `date` at `time` in UTC+8.
QDateTime platformDateTime(QDate date, QTime time);

} // namespace pingjia
