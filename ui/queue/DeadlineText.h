// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How the queue writes deadlines: platform time (UTC+8) to the minute, with the
// estimate mark when the calendar did not cover the year (PLATFORM_API.md
// deadlineEstimated), so a guessed date never looks authoritative.

#include <QDateTime>
#include <QString>

namespace pingjia {

// "2026-10-29 23:59" or "2027-01-12 23:59 (est.)"; "—" for no deadline. Translated.
QString deadlineText(const QDateTime &deadline, bool estimated);

// The deadline a date picker means: the end (23:59:59, UTC+8) of that day, as the
// platform's own rectification deadlines are.
QDateTime endOfPlatformDay(QDate date);

} // namespace pingjia
