// SPDX-License-Identifier: GPL-3.0-or-later
// PLATFORM_API.md "Bad-review handling": verifyDeadline = assessTime + verifyHours (000
// art.7: 24 h); rectificationDeadline = 23:59:59 UTC+8 of the N-th working/natural day after the
// day of verifiedAt, that day not counted (000 art.7: 10 working; 003 art.35(3): 5).
#include "DomainTestSupport.h"
#include "models/domain/Deadlines.h"

#include <QTest>

using namespace pingjia;
using test::at;

class TestDeadlines : public QObject {
    Q_OBJECT
private slots:
    void verifyDeadline_data();
    void verifyDeadline();
    void rectificationDeadline_data();
    void rectificationDeadline();
    void dayOfConfirmationIsTheUtcPlus8Day();
    void invalidInput();
};

void TestDeadlines::verifyDeadline_data()
{
    QTest::addColumn<QDateTime>("assess");
    QTest::addColumn<int>("hours");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("api-example") << at("2026-10-15 09:31:02") << 24 << at("2026-10-16 09:31:02");
    // Crossing midnight: 2 h after 23:30 is 01:30 the next day.
    QTest::newRow("crosses-midnight")
        << at("2026-10-15 23:30:00") << 2 << at("2026-10-16 01:30:00");
    // Crossing the year: 24 h after 2026-12-31 22:30 is 2027-01-01 22:30 (natural hours,
    // holidays do not stop the clock).
    QTest::newRow("crosses-year") << at("2026-12-31 22:30:00") << 24 << at("2027-01-01 22:30:00");
    // The New York DST switch (2026-03-08) does not shorten a UTC+8 day.
    QTest::newRow("ny-dst-irrelevant")
        << at("2026-03-08 12:00:00") << 24 << at("2026-03-09 12:00:00");
    QTest::newRow("one-second-before-midnight")
        << at("2026-02-14 23:59:59") << 24 << at("2026-02-15 23:59:59");
}

void TestDeadlines::verifyDeadline()
{
    QFETCH(QDateTime, assess);
    QFETCH(int, hours);
    QFETCH(QDateTime, expected);
    DeadlinePolicy p;
    p.verifyHours = hours;
    const QDateTime d = pingjia::verifyDeadline(assess, p);
    QCOMPARE(d, expected);
    QCOMPARE(formatPlatformTime(d), formatPlatformTime(expected));
}

void TestDeadlines::rectificationDeadline_data()
{
    QTest::addColumn<QDateTime>("verified");
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("estimated");
    const int W = int(DayKind::Working);
    const int N = int(DayKind::Natural);
    // Spring Festival 2026, confirmed Fri 02-13 at 16:20: 02-14 Sat worked (1), 02-15 … 23
    // off, 02-24 (2), 25 (3), 26 (4), 27 (5), 02-28 Sat worked (6), 03-02 (7) … 03-05 (10).
    QTest::newRow("spring-10w") << at("2026-02-13 16:20:00") << 10 << W << "2026-03-05 23:59:59"
                                << false;
    QTest::newRow("spring-5w") << at("2026-02-13 16:20:00") << 5 << W << "2026-02-27 23:59:59"
                               << false;
    // 15 natural days from 02-13: 02-28, holidays counted.
    QTest::newRow("spring-15n") << at("2026-02-13 16:20:00") << 15 << N << "2026-02-28 23:59:59"
                                << false;
    // Confirmed at 00:00:00 or 23:59:59 of 02-13: the same day, the same deadline.
    QTest::newRow("spring-midnight")
        << at("2026-02-13 00:00:00") << 10 << W << "2026-03-05 23:59:59" << false;
    QTest::newRow("spring-last-second")
        << at("2026-02-13 23:59:59") << 10 << W << "2026-03-05 23:59:59" << false;
    // National Day 2026, confirmed Tue 09-29: 09-30 (1), 10-08 (2), 10-09 (3), Sat 10-10
    // worked (4), 10-12 (5) … 10-16 (9), 10-19 Mon (10).
    QTest::newRow("national-10w") << at("2026-09-29 10:00:00") << 10 << W << "2026-10-19 23:59:59"
                                  << false;
    QTest::newRow("national-5w") << at("2026-09-29 10:00:00") << 5 << W << "2026-10-12 23:59:59"
                                 << false;
    // 15 natural from 09-29 → 10-14.
    QTest::newRow("national-15n") << at("2026-09-29 10:00:00") << 15 << N << "2026-10-14 23:59:59"
                                  << false;
    // Confirmed Fri 09-18: Sun 09-20 worked (1), 21–24 (2–5), 中秋 25–27 off, 28–30 (6–8),
    // 10-01 … 07 off, 10-08 (9), 10-09 (10).
    QTest::newRow("midautumn-10w")
        << at("2026-09-18 09:00:00") << 10 << W << "2026-10-09 23:59:59" << false;
    // New Year 2026, confirmed Wed 2025-12-31: 01-01 … 03 off, Sun 01-04 worked (1), 01-05
    // (2) … 01-08 (5), 01-09 (6), 01-12 (7) … 01-15 (10).
    QTest::newRow("newyear-10w") << at("2025-12-31 17:45:00") << 10 << W << "2026-01-15 23:59:59"
                                 << false;
    QTest::newRow("newyear-5w") << at("2025-12-31 17:45:00") << 5 << W << "2026-01-08 23:59:59"
                                << false;
    // 2027 is not covered: weekends only, estimated. From Fri 2027-02-05: 02-08 … 12 (1–5),
    // 02-15 … 19 (6–10) → Fri 02-19 (the real 春节 2027 would push it later).
    QTest::newRow("2027-10w-estimated")
        << at("2027-02-05 11:00:00") << 10 << W << "2027-02-19 23:59:59" << true;
    QTest::newRow("2027-5w-estimated")
        << at("2027-02-05 11:00:00") << 5 << W << "2027-02-12 23:59:59" << true;
    // Natural days need no calendar: 2027 + 15 natural is exact.
    QTest::newRow("2027-15n-exact")
        << at("2027-02-05 11:00:00") << 15 << N << "2027-02-20 23:59:59" << false;
}

void TestDeadlines::rectificationDeadline()
{
    QFETCH(QDateTime, verified);
    QFETCH(int, days);
    QFETCH(int, kind);
    QFETCH(QString, expected);
    QFETCH(bool, estimated);
    const DeadlinePolicy p{24, days, DayKind(kind)};
    const Deadline d = pingjia::rectificationDeadline(verified, p, WorkingCalendar::builtin());
    QCOMPARE(formatPlatformTime(d.at), expected);
    QCOMPARE(d.at.offsetFromUtc(), kPlatformUtcOffsetSeconds);
    QCOMPARE(d.estimated, estimated);
}

void TestDeadlines::dayOfConfirmationIsTheUtcPlus8Day()
{
    // verifiedAt given in UTC: 2026-02-12 17:00 UTC is 2026-02-13 01:00 at UTC+8 (and
    // 2026-02-12 12:00 in New York, this test's zone). The day of confirmation is 02-13.
    const QDateTime utc(QDate(2026, 2, 12), QTime(17, 0), Qt::UTC);
    const Deadline d =
        pingjia::rectificationDeadline(utc, DeadlinePolicy{}, WorkingCalendar::builtin());
    QCOMPARE(formatPlatformTime(d.at), QStringLiteral("2026-03-05 23:59:59"));
}

void TestDeadlines::invalidInput()
{
    QVERIFY(!pingjia::verifyDeadline(QDateTime(), DeadlinePolicy{}).isValid());
    const Deadline d =
        pingjia::rectificationDeadline(QDateTime(), DeadlinePolicy{}, WorkingCalendar::builtin());
    QVERIFY(!d.at.isValid());
    QVERIFY(!d.estimated);
}

QTEST_GUILESS_MAIN(TestDeadlines)
#include "tst_deadlines.moc"
