// SPDX-License-Identifier: GPL-3.0-or-later
// DESIGN.md §4: PINGJIA_NOW="yyyy-MM-dd HH:mm:ss" (UTC+8) fixes the clock; tests may
// also set an override.
#include "DomainTestSupport.h"
#include "models/domain/Clock.h"

#include <QTest>

using namespace pingjia;

class TestClock : public QObject {
    Q_OBJECT
private slots:
    void cleanup();
    void environmentFixesNow();
    void overrideWinsOverEnvironment();
    void invalidEnvironmentFallsBackToWallClock();
    void wallClockIsUtcPlus8();
};

void TestClock::cleanup()
{
    qunsetenv("PINGJIA_NOW");
    Clock::clearOverride();
}

void TestClock::environmentFixesNow()
{
    qputenv("PINGJIA_NOW", "2026-10-31 18:00:00");
    QCOMPARE(Clock::now(), test::at("2026-10-31 18:00:00"));
    QCOMPARE(Clock::now().offsetFromUtc(), kPlatformUtcOffsetSeconds);
    QVERIFY(!Clock::environmentOverrideInvalid());
}

void TestClock::overrideWinsOverEnvironment()
{
    qputenv("PINGJIA_NOW", "2026-10-31 18:00:00");
    Clock::setOverride(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(Clock::now(), test::at("2026-01-01 08:00:00"));
    QCOMPARE(formatPlatformTime(Clock::now()), QStringLiteral("2026-01-01 08:00:00"));
    Clock::clearOverride();
    QCOMPARE(Clock::now(), test::at("2026-10-31 18:00:00"));
}

void TestClock::invalidEnvironmentFallsBackToWallClock()
{
    qputenv("PINGJIA_NOW", "yesterday");
    QVERIFY(Clock::environmentOverrideInvalid());
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const qint64 now = Clock::now().toSecsSinceEpoch();
    const qint64 after = QDateTime::currentSecsSinceEpoch();
    QVERIFY(now >= before && now <= after);
}

void TestClock::wallClockIsUtcPlus8()
{
    QCOMPARE(Clock::now().offsetFromUtc(), kPlatformUtcOffsetSeconds);
    QCOMPARE(Clock::now().time().msec(), 0); // one-second resolution, like the platform
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
