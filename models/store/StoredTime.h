// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How the store writes times: the platform's own text form, "yyyy-MM-dd HH:mm:ss" at
// UTC+8. It sorts lexicographically like the instants it names (fixed offset, fixed
// width), is readable in the sqlite3 shell, and month/day grouping is a substr().
// An invalid QDateTime is SQL NULL.

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace pingjia::StoredTime {

// Fast path for bulk writes: no QDateTime::toString, no time-zone lookups.
QString toText(const QDateTime &time);
// The same 19 characters as ASCII into `out`; false for an invalid or out-of-range time.
bool writeText(const QDateTime &time, char *out);
QVariant toSql(const QDateTime &time); // NULL for invalid
QDateTime fromText(const QString &text);
QDateTime fromSql(const QVariant &value);

} // namespace pingjia::StoredTime
