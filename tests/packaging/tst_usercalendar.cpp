// SPDX-License-Identifier: GPL-3.0-or-later
// The operator's guide §6: a holiday calendar for a year published after the release,
// as <home>/holidays-extra.tsv, becomes the calendar deadlines are counted with
// (currentWorkingCalendar(), which the queue's recorder uses), not only what the settings
// page shows; a broken file is not used.
// Dates worked out by hand: 2026-12-31 is a Thursday, 2027-01-01 a Friday.
#include "app/UserCalendar.h"
#include "app/UserHome.h"
#include "models/domain/CurrentCalendar.h"
#include "models/domain/Deadlines.h"
#include "models/domain/WorkingCalendar.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pingjia;

namespace {

const DeadlinePolicy kFiveWorkingDays{24, 5, DayKind::Working};

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
}

// What a recording counts with now.
WorkingDayResult rectifyEndAfterNewYearsEve()
{
    return rectifyEndDate(QDate(2026, 12, 31), kFiveWorkingDays, currentWorkingCalendar());
}

} // namespace

class TestUserCalendar : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { setCurrentWorkingCalendar(WorkingCalendar::builtin()); }
    void withoutFileTheBuiltinCalendarCounts();
    void userFileCountsDeadlines();
    void brokenFileIsNotUsed();
};

void TestUserCalendar::withoutFileTheBuiltinCalendarCounts()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QCOMPARE(useUserCalendar(UserHome::inDirectory(dir.path())), QString());
    QVERIFY(!currentWorkingCalendar().covers(2027));
    // 2027 unknown: weekends only, Fri 1, Mon 4, Tue 5, Wed 6, Thu 7 — an estimate.
    QCOMPARE(rectifyEndAfterNewYearsEve(), (WorkingDayResult{QDate(2027, 1, 7), true}));
}

void TestUserCalendar::userFileCountsDeadlines()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const UserHome home = UserHome::inDirectory(dir.path());
    writeFile(home.extraCalendarFile(), "# 2027, as an operator writes it\n"
                                        "2027-01-01\toff\t元旦\tNew Year's Day\n"
                                        "2027-02-06\twork\t春节\tSpring Festival\n");
    QCOMPARE(useUserCalendar(home), QString());
    QVERIFY(currentWorkingCalendar().covers(2027));
    QVERIFY(currentWorkingCalendar().covers(2026)); // the built-in years stay
    // New Year's Day off: Mon 4, Tue 5, Wed 6, Thu 7, Fri 8 — no longer an estimate.
    QCOMPARE(rectifyEndAfterNewYearsEve(), (WorkingDayResult{QDate(2027, 1, 8), false}));
}

void TestUserCalendar::brokenFileIsNotUsed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const UserHome home = UserHome::inDirectory(dir.path());
    writeFile(home.extraCalendarFile(), "2027-01-01\toff\n2027-13-40\toff\n");
    const QString error = useUserCalendar(home);
    QVERIFY2(error.contains(QStringLiteral("holidays-extra.tsv")), qPrintable(error));
    QVERIFY(!currentWorkingCalendar().covers(2027));
    QCOMPARE(rectifyEndAfterNewYearsEve(), (WorkingDayResult{QDate(2027, 1, 7), true}));
}

QTEST_GUILESS_MAIN(TestUserCalendar)
#include "tst_usercalendar.moc"
