// SPDX-License-Identifier: GPL-3.0-or-later
// 000 art.7 / 003 art.35(3): rectification is counted in working days, which follow the
// State Council holiday notices with 调休 (resources/cn-holidays.tsv, compiled in), plus a
// user file for newer years. Years not covered count weekends only and are estimates.
#include "DomainTestSupport.h"
#include "models/domain/WorkingCalendar.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pingjia;
using test::day;

namespace {
// An illustrative 2027 notice (not the real one): 春节 2027-02-06 (Sat) … 02-12 (Fri) off,
// Saturday 02-20 worked; 元旦 2027-01-01 off.
const QByteArray kUser2027 = "# user calendar for 2027\n"
                             "2027-01-01\toff\t元旦\tNew Year's Day\n"
                             "2027-02-06\toff\t春节\n"
                             "2027-02-07\toff\t春节\n"
                             "2027-02-08\toff\t春节\n"
                             "2027-02-09\toff\t春节\n"
                             "2027-02-10\toff\t春节\n"
                             "2027-02-11\toff\t春节\n"
                             "2027-02-12\toff\t春节\n"
                             "\n"
                             "2027-02-20\twork\t春节\r\n";

WorkingCalendar parse(const QByteArray &text, QString *error = nullptr)
{
    QBuffer buffer;
    buffer.setData(text);
    const auto cal = WorkingCalendar::fromTsv(buffer, error);
    return cal.value_or(WorkingCalendar());
}
} // namespace

class TestWorkingCalendar : public QObject {
    Q_OBJECT
private slots:
    void builtinResourceReadableFromStaticLib();
    void builtinMatchesTheRepositoryFile();
    void workingDays_data();
    void workingDays();
    void addWorkingDays_data();
    void addWorkingDays();
    void uncoveredYearIsEstimated();
    void naturalDays();
    void userFileMakes2027Exact();
    void mergeFileFromDisk();
    void malformedFileGivesLineAndLeavesCalendarUnchanged_data();
    void malformedFileGivesLineAndLeavesCalendarUnchanged();
    void missingFileLeavesCalendarUnchanged();
    void loadTsvReplacesOnlyOnSuccess();
};

void TestWorkingCalendar::builtinResourceReadableFromStaticLib()
{
    QFile resource(QString::fromLatin1(WorkingCalendar::kBuiltinResource));
    QVERIFY2(resource.open(QIODevice::ReadOnly), qPrintable(resource.errorString()));
    const WorkingCalendar &cal = WorkingCalendar::builtin();
    QCOMPARE(cal.coveredYears(), (QList<int>{2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026}));
    QVERIFY(!cal.covers(2027));
}

void TestWorkingCalendar::builtinMatchesTheRepositoryFile()
{
    QFile file(QStringLiteral(PINGJIA_SOURCE_DIR "/resources/cn-holidays.tsv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const auto fromRepo = WorkingCalendar::fromTsv(file, &error);
    QVERIFY2(fromRepo, qPrintable(error));
    QCOMPARE(*fromRepo, WorkingCalendar::builtin());
}

void TestWorkingCalendar::workingDays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("working");
    // New Year 2026: 01-01 (Thu) … 01-03 (Sat) off; Sunday 01-04 worked.
    QTest::newRow("2026-01-01-thu-off") << day("2026-01-01") << false;
    QTest::newRow("2026-01-02-fri-off") << day("2026-01-02") << false;
    QTest::newRow("2026-01-04-sun-work") << day("2026-01-04") << true;
    QTest::newRow("2026-01-05-mon") << day("2026-01-05") << true;
    // Spring Festival 2026: Sat 02-14 worked; 02-15 … 02-23 off; Sat 02-28 worked.
    QTest::newRow("2026-02-13-fri") << day("2026-02-13") << true;
    QTest::newRow("2026-02-14-sat-work") << day("2026-02-14") << true;
    QTest::newRow("2026-02-16-mon-off") << day("2026-02-16") << false;
    QTest::newRow("2026-02-23-mon-off") << day("2026-02-23") << false;
    QTest::newRow("2026-02-24-tue") << day("2026-02-24") << true;
    QTest::newRow("2026-02-28-sat-work") << day("2026-02-28") << true;
    QTest::newRow("2026-03-01-sun") << day("2026-03-01") << false;
    // National Day 2026: Sun 09-20 worked; 中秋 09-25 … 09-27 off; 10-01 … 10-07 off; Sat
    // 10-10 worked.
    QTest::newRow("2026-09-20-sun-work") << day("2026-09-20") << true;
    QTest::newRow("2026-09-25-fri-off") << day("2026-09-25") << false;
    QTest::newRow("2026-10-07-wed-off") << day("2026-10-07") << false;
    QTest::newRow("2026-10-08-thu") << day("2026-10-08") << true;
    QTest::newRow("2026-10-10-sat-work") << day("2026-10-10") << true;
    QTest::newRow("2026-10-11-sun") << day("2026-10-11") << false;
    // 2027 not covered: weekends only.
    QTest::newRow("2027-02-08-mon") << day("2027-02-08") << true;
    QTest::newRow("2027-02-06-sat") << day("2027-02-06") << false;
}

void TestWorkingCalendar::workingDays()
{
    QFETCH(QDate, date);
    QFETCH(bool, working);
    QCOMPARE(WorkingCalendar::builtin().isWorkingDay(date), working);
}

void TestWorkingCalendar::addWorkingDays_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("n");
    QTest::addColumn<QDate>("expected");
    QTest::addColumn<bool>("estimated");
    // Spring Festival 2026, from Fri 02-13 (not counted): 02-14 Sat worked (1), 02-15 … 02-23
    // off, 02-24 (2), 25 (3), 26 (4), 27 (5), 02-28 Sat worked (6), 03-01 Sun off, 03-02
    // (7), 03 (8), 04 (9), 03-05 Thu (10).
    QTest::newRow("spring-2026-n1") << day("2026-02-13") << 1 << day("2026-02-14") << false;
    QTest::newRow("spring-2026-n2") << day("2026-02-13") << 2 << day("2026-02-24") << false;
    QTest::newRow("spring-2026-n5") << day("2026-02-13") << 5 << day("2026-02-27") << false;
    QTest::newRow("spring-2026-n6") << day("2026-02-13") << 6 << day("2026-02-28") << false;
    QTest::newRow("spring-2026-n10") << day("2026-02-13") << 10 << day("2026-03-05") << false;
    // From a holiday (02-17): the next working day is 02-24.
    QTest::newRow("from-holiday") << day("2026-02-17") << 1 << day("2026-02-24") << false;
    // National Day 2026, from Tue 09-29: 09-30 (1), 10-01 … 07 off, 10-08 (2), 09 (3),
    // 10-10 Sat worked (4), 10-11 Sun off, 10-12 Mon (5), 13 (6), 14 (7), 15 (8), 16 (9),
    // 17/18 weekend, 10-19 Mon (10).
    QTest::newRow("national-2026-n5") << day("2026-09-29") << 5 << day("2026-10-12") << false;
    QTest::newRow("national-2026-n10") << day("2026-09-29") << 10 << day("2026-10-19") << false;
    // From Fri 09-18: 09-19 Sat off, 09-20 Sun worked (1), 21 (2), 22 (3), 23 (4), 24 (5),
    // 25–27 中秋 off, 28 (6), 29 (7), 30 (8), 10-01 … 07 off, 10-08 (9), 10-09 (10).
    QTest::newRow("midautumn-2026-n10") << day("2026-09-18") << 10 << day("2026-10-09") << false;
    // New Year 2026, from Wed 2025-12-31: 01-01 … 03 off, 01-04 Sun worked (1), 05 (2),
    // 06 (3), 07 (4), 08 (5), 09 (6), 10/11 weekend, 12 (7), 13 (8), 14 (9), 01-15 Thu (10).
    QTest::newRow("newyear-2026-n5") << day("2025-12-31") << 5 << day("2026-01-08") << false;
    QTest::newRow("newyear-2026-n10") << day("2025-12-31") << 10 << day("2026-01-15") << false;
    QTest::newRow("n0") << day("2026-02-15") << 0 << day("2026-02-15") << false;
    // 2027 uncovered, from Fri 2027-02-05: weekends only → Fri 02-19 for 10 (estimated).
    QTest::newRow("2027-n10") << day("2027-02-05") << 10 << day("2027-02-19") << true;
    // Crossing into 2027 from Wed 2026-12-30: 12-31 (1), 2027-01-01 counted as working
    // (estimate!) (2), 01-04 (3) … 01-08 (7), 01-11 (8), 12 (9), 01-13 Wed (10).
    QTest::newRow("into-2027-n10") << day("2026-12-30") << 10 << day("2027-01-13") << true;
    QTest::newRow("within-2026-n1") << day("2026-12-30") << 1 << day("2026-12-31") << false;
}

void TestWorkingCalendar::addWorkingDays()
{
    QFETCH(QDate, from);
    QFETCH(int, n);
    QFETCH(QDate, expected);
    QFETCH(bool, estimated);
    const WorkingDayResult r = WorkingCalendar::builtin().addWorkingDays(from, n);
    QCOMPARE(r.date, expected);
    QCOMPARE(r.estimated, estimated);
}

void TestWorkingCalendar::uncoveredYearIsEstimated()
{
    const WorkingCalendar &cal = WorkingCalendar::builtin();
    QVERIFY(cal.coverageWarning(day("2026-06-01")).isEmpty());
    const QString warning = cal.coverageWarning(day("2027-03-01"));
    QVERIFY(warning.contains(QLatin1String("2027")));
    QVERIFY(warning.contains(QLatin1String("estimate")));
}

void TestWorkingCalendar::naturalDays()
{
    // 浙江: 15 natural days, holidays included: from 2026-02-13 → 2026-02-28.
    QCOMPARE(WorkingCalendar::addNaturalDays(day("2026-02-13"), 15),
             (WorkingDayResult{day("2026-02-28"), false}));
    // Natural days need no calendar, so 2027 is exact.
    QCOMPARE(WorkingCalendar::addNaturalDays(day("2027-02-05"), 15),
             (WorkingDayResult{day("2027-02-20"), false}));
}

void TestWorkingCalendar::userFileMakes2027Exact()
{
    QString error;
    const WorkingCalendar user = parse(kUser2027, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    WorkingCalendar cal = WorkingCalendar::builtin();
    cal.merge(user);
    QVERIFY(cal.covers(2026));
    QVERIFY(cal.covers(2027));
    QVERIFY(cal.coverageWarning(day("2027-03-01")).isEmpty());
    // From Fri 2027-02-05: 02-06 … 12 off, 13/14 weekend, 02-15 Mon (1) … 02-19 Fri (5),
    // 02-20 Sat worked (6), 21 Sun off, 22 (7), 23 (8), 24 (9), 02-25 Thu (10). Exact now.
    QCOMPARE(cal.addWorkingDays(day("2027-02-05"), 10),
             (WorkingDayResult{day("2027-02-25"), false}));
    // 2026 rules kept: Spring Festival 2026 still as before.
    QCOMPARE(cal.addWorkingDays(day("2026-02-13"), 10),
             (WorkingDayResult{day("2026-03-05"), false}));
    QCOMPARE(cal.specialDay(day("2027-02-20"))->name, QStringLiteral("春节"));
}

void TestWorkingCalendar::mergeFileFromDisk()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("calendar.tsv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kUser2027);
    file.close();
    WorkingCalendar cal = WorkingCalendar::builtin();
    QString error;
    QVERIFY2(cal.mergeFile(path, &error), qPrintable(error));
    QVERIFY(cal.covers(2027));
    QVERIFY(!cal.isWorkingDay(day("2027-02-08")));
}

void TestWorkingCalendar::malformedFileGivesLineAndLeavesCalendarUnchanged_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("lineMark");
    QTest::newRow("bad-date") << QByteArray("# c\n2027-01-01\toff\n2027-02-30\toff\n") << "line 3:";
    QTest::newRow("bad-kind") << QByteArray("2027-01-01\toff\n\n2027-02-06\tholiday\n")
                              << "line 3:";
    QTest::newRow("no-tab") << QByteArray("2027-01-01 off\n") << "line 1:";
    QTest::newRow("work-on-weekday")
        << QByteArray("2027-01-01\toff\n2027-02-08\twork\n") << "line 2:";
    QTest::newRow("conflict") << QByteArray("2027-02-06\toff\n2027-02-06\twork\n") << "line 2:";
    QTest::newRow("short-date") << QByteArray("2027-1-1\toff\n") << "line 1:";
}

void TestWorkingCalendar::malformedFileGivesLineAndLeavesCalendarUnchanged()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, lineMark);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("calendar.tsv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();

    WorkingCalendar cal = WorkingCalendar::builtin();
    QString error;
    QVERIFY(!cal.mergeFile(path, &error));
    QVERIFY2(error.contains(lineMark), qPrintable(error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QCOMPARE(cal, WorkingCalendar::builtin()); // nothing half-merged
    QVERIFY(!cal.covers(2027));
}

void TestWorkingCalendar::missingFileLeavesCalendarUnchanged()
{
    WorkingCalendar cal = WorkingCalendar::builtin();
    QString error;
    QVERIFY(!cal.mergeFile(QStringLiteral("/nonexistent/calendar.tsv"), &error));
    QVERIFY(error.contains(QLatin1String("/nonexistent/calendar.tsv")));
    QCOMPARE(cal, WorkingCalendar::builtin());
}

void TestWorkingCalendar::loadTsvReplacesOnlyOnSuccess()
{
    WorkingCalendar cal = WorkingCalendar::builtin();
    QBuffer bad;
    bad.setData("2027-01-01\toff\nnonsense\n");
    QString error;
    QVERIFY(!cal.loadTsv(bad, &error));
    QVERIFY(error.startsWith(QLatin1String("line 2:")));
    QCOMPARE(cal, WorkingCalendar::builtin());

    QBuffer good;
    good.setData(kUser2027);
    QVERIFY(cal.loadTsv(good, &error));
    QCOMPARE(cal.coveredYears(), QList<int>{2027});
}

QTEST_GUILESS_MAIN(TestWorkingCalendar)
#include "tst_workingcalendar.moc"
