// SPDX-License-Identifier: GPL-3.0-or-later
// PLATFORM_API.md "Transport": times are "yyyy-MM-dd HH:mm:ss" at a fixed UTC+8 offset,
// parsed with 28,800 s, never the machine's zone (CI runs in UTC; this test in New York).
#include "DomainTestSupport.h"
#include "models/domain/PlatformTime.h"

#include <QTest>

using namespace pingjia;

class TestPlatformTime : public QObject {
    Q_OBJECT
private slots:
    void parsesAtUtcPlus8_data();
    void parsesAtUtcPlus8();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void formatsInUtcPlus8WhateverTheZone();
    void platformDateIsTheUtcPlus8Day();
    void roundTrip();
};

void TestPlatformTime::parsesAtUtcPlus8_data()
{
    QTest::addColumn<QByteArray>("machineZone");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("utc");
    // 09:31:02 at UTC+8 is 01:31:02 UTC, in every machine zone.
    QTest::newRow("new-york") << QByteArray("America/New_York") << "2026-10-15 09:31:02"
                              << "2026-10-15T01:31:02Z";
    QTest::newRow("utc") << QByteArray("UTC") << "2026-10-15 09:31:02"
                         << "2026-10-15T01:31:02Z";
    QTest::newRow("kolkata") << QByteArray("Asia/Kolkata") << "2026-10-15 09:31:02"
                             << "2026-10-15T01:31:02Z";
    // 02:30 on 2026-03-08 does not exist in New York (DST gap): irrelevant at UTC+8.
    QTest::newRow("ny-dst-gap") << QByteArray("America/New_York") << "2026-03-08 02:30:00"
                                << "2026-03-07T18:30:00Z";
    // Early morning at UTC+8 is the previous day in UTC.
    QTest::newRow("previous-utc-day") << QByteArray("America/New_York") << "2026-01-01 07:59:59"
                                      << "2025-12-31T23:59:59Z";
}

void TestPlatformTime::parsesAtUtcPlus8()
{
    QFETCH(QByteArray, machineZone);
    QFETCH(QString, text);
    QFETCH(QString, utc);
    test::setMachineZone(machineZone.constData());
    const QDateTime t = parsePlatformTime(text);
    QVERIFY(t.isValid());
    QCOMPARE(t.offsetFromUtc(), kPlatformUtcOffsetSeconds);
    QCOMPARE(t.toUTC().toString(Qt::ISODate), utc);
}

void TestPlatformTime::rejectsMalformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("iso-T") << "2026-10-15T09:31:02";
    QTest::newRow("no-seconds") << "2026-10-15 09:31";
    QTest::newRow("millis") << "2026-10-15 09:31:02.000";
    QTest::newRow("zone-suffix") << "2026-10-15 09:31:02Z";
    QTest::newRow("single-digit-month") << "2026-1-15 09:31:02 ";
    QTest::newRow("feb-30") << "2026-02-30 10:00:00";
    QTest::newRow("hour-24") << "2026-10-15 24:00:00";
    QTest::newRow("letters") << "2026-1a-15 09:31:02";
    QTest::newRow("leading-space") << " 2026-10-15 09:31:0";
    QTest::newRow("slashes") << "2026/10/15 09:31:02";
}

void TestPlatformTime::rejectsMalformed()
{
    QFETCH(QString, text);
    QVERIFY(!parsePlatformTime(text).isValid());
}

void TestPlatformTime::formatsInUtcPlus8WhateverTheZone()
{
    test::setMachineZone("America/New_York");
    // 2026-10-15 01:31:02 UTC is 09:31:02 at UTC+8.
    const QDateTime utc(QDate(2026, 10, 15), QTime(1, 31, 2), Qt::UTC);
    QCOMPARE(formatPlatformTime(utc), QStringLiteral("2026-10-15 09:31:02"));
    QCOMPARE(formatPlatformTime(utc.toLocalTime()), QStringLiteral("2026-10-15 09:31:02"));
    QCOMPARE(formatPlatformTime(QDateTime()), QString());
}

void TestPlatformTime::platformDateIsTheUtcPlus8Day()
{
    test::setMachineZone("America/New_York");
    // 2026-02-12 17:00 UTC = 2026-02-13 01:00 at UTC+8 = 2026-02-12 12:00 in New York.
    const QDateTime utc(QDate(2026, 2, 12), QTime(17, 0), Qt::UTC);
    QCOMPARE(platformDate(utc), QDate(2026, 2, 13));
    QCOMPARE(platformDate(QDateTime()), QDate());
    QCOMPARE(platformDateTime(QDate(2026, 2, 13), QTime(23, 59, 59)),
             parsePlatformTime(QStringLiteral("2026-02-13 23:59:59")));
}

void TestPlatformTime::roundTrip()
{
    test::setMachineZone("Australia/Lord_Howe"); // a half-hour DST zone, for good measure
    for (const char *s : {"2019-01-01 00:00:00", "2026-10-31 18:00:00", "2027-12-31 23:59:59"}) {
        const QString text = QString::fromLatin1(s);
        QCOMPARE(formatPlatformTime(parsePlatformTime(text)), text);
    }
}

QTEST_GUILESS_MAIN(TestPlatformTime)
#include "tst_platformtime.moc"
