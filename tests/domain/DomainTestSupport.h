// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small helpers shared by the domain tests.

#include "models/domain/PlatformTime.h"

#include <QByteArray>
#include <QDateTime>
#include <QTest>

#include <ctime>

namespace pingjia::test {

// A platform time literal; fails loudly on a typo in the test itself.
inline QDateTime at(const char *text)
{
    const QDateTime t = parsePlatformTime(QString::fromLatin1(text));
    if (!t.isValid())
        qFatal("bad time literal in test: %s", text);
    return t;
}

inline QDate day(const char *text)
{
    const QDate d = QDate::fromString(QString::fromLatin1(text), Qt::ISODate);
    if (!d.isValid())
        qFatal("bad date literal in test: %s", text);
    return d;
}

// Switches the process zone for the rest of the test (TZ + tzset, as the brief requires).
inline void setMachineZone(const char *tz)
{
    qputenv("TZ", tz);
    tzset();
}

} // namespace pingjia::test
