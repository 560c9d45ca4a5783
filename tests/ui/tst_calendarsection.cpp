// SPDX-License-Identifier: GPL-3.0-or-later
// Loading a newer year's holiday calendar from the settings page: a good file is
// checked, kept in the home folder and widens the covered years; a bad one is refused
// with its line number and never replaces the stored file.
#include "ui/CalendarSection.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pingjia;

namespace {

// 2027 as the State Council might publish it (dates invented for the test).
const QByteArray kCalendar2027 = "# 2027\n"
                                 "2027-01-01\toff\t元旦\tNew Year's Day\n"
                                 "2027-02-06\twork\t春节\tSpring Festival\n"
                                 "2027-02-08\toff\t春节\tSpring Festival\n";

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCalendarSection : public QObject {
    Q_OBJECT

private slots:
    void init();
    void showsBuiltinCoverage();
    void loadsAndStoresANewYear();
    void refusesAMalformedFileAndKeepsTheStoredOne();
    void refusesAMissingFile();
    void mergesTheStoredFileAtStart();
    void describesYearRanges();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_stored;
};

void TestCalendarSection::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_stored = m_dir->filePath("holidays-extra.tsv");
}

void TestCalendarSection::showsBuiltinCoverage()
{
    CalendarSection section(WorkingCalendar::builtin(), m_stored);
    QVERIFY(section.calendar().covers(2026));
    QVERIFY(!section.calendar().covers(2027));
    QVERIFY2(section.coverageText().contains("2019–2026"), qPrintable(section.coverageText()));
    QVERIFY(section.errorText().isEmpty());
    QVERIFY(!QFile::exists(m_stored));
}

void TestCalendarSection::loadsAndStoresANewYear()
{
    const QString chosen = m_dir->filePath("chosen.tsv");
    QVERIFY(writeFile(chosen, kCalendar2027));
    CalendarSection section(WorkingCalendar::builtin(), m_stored);
    QSignalSpy loaded(&section, &CalendarSection::calendarLoaded);

    QVERIFY(section.loadFile(chosen));
    QCOMPARE(loaded.count(), 1);
    QVERIFY(section.calendar().covers(2026));
    QVERIFY(section.calendar().covers(2027));
    QVERIFY(!section.calendar().isWorkingDay(QDate(2027, 2, 8)));
    QVERIFY(section.calendar().isWorkingDay(QDate(2027, 2, 6))); // a Saturday, 调休
    QVERIFY2(section.coverageText().contains("2019–2027"), qPrintable(section.coverageText()));
    QCOMPARE(readFile(m_stored), kCalendar2027);
    QVERIFY(section.errorText().isEmpty());
    auto *coverage = section.findChild<QLabel *>("calendarCoverage");
    QCOMPARE(coverage->text(), section.coverageText());
}

void TestCalendarSection::refusesAMalformedFileAndKeepsTheStoredOne()
{
    QVERIFY(writeFile(m_stored, kCalendar2027));
    const QString bad = m_dir->filePath("bad.tsv");
    QVERIFY(writeFile(bad, "2028-01-01\toff\n2028-13-40\toff\n"));
    CalendarSection section(WorkingCalendar::builtin(), m_stored);
    QSignalSpy loaded(&section, &CalendarSection::calendarLoaded);

    QVERIFY(!section.loadFile(bad));
    QCOMPARE(loaded.count(), 0);
    QVERIFY2(section.errorText().contains("line 2"), qPrintable(section.errorText()));
    QVERIFY(section.errorText().contains("bad.tsv"));
    QCOMPARE(readFile(m_stored), kCalendar2027);
    QVERIFY(section.calendar().covers(2027));
    QVERIFY(!section.calendar().covers(2028));

    // A good file afterwards clears the error.
    const QString good = m_dir->filePath("good.tsv");
    QVERIFY(writeFile(good, "2028-01-01\toff\t元旦\n"));
    QVERIFY(section.loadFile(good));
    QVERIFY(section.errorText().isEmpty());
    QVERIFY(section.calendar().covers(2028));
}

void TestCalendarSection::refusesAMissingFile()
{
    CalendarSection section(WorkingCalendar::builtin(), m_stored);
    QVERIFY(!section.loadFile(m_dir->filePath("nowhere.tsv")));
    QVERIFY(section.errorText().contains("nowhere.tsv"));
    QVERIFY(!QFile::exists(m_stored));
}

void TestCalendarSection::mergesTheStoredFileAtStart()
{
    QVERIFY(writeFile(m_stored, kCalendar2027));
    CalendarSection section(WorkingCalendar::builtin(), m_stored);
    QVERIFY(section.calendar().covers(2027));

    // A stored file damaged since: the built-in calendar is used and the page says why.
    QVERIFY(writeFile(m_stored, "garbage\n"));
    CalendarSection damaged(WorkingCalendar::builtin(), m_stored);
    QVERIFY(!damaged.calendar().covers(2027));
    QVERIFY(damaged.calendar().covers(2026));
    QVERIFY(!damaged.errorText().isEmpty());
    QCOMPARE(readFile(m_stored), QByteArray("garbage\n")); // left for the user to see
}

void TestCalendarSection::describesYearRanges()
{
    QCOMPARE(describeYears({}), QString());
    QCOMPARE(describeYears({2026}), QString("2026"));
    QCOMPARE(describeYears({2026, 2024, 2025, 2028}), QString("2024–2026, 2028"));
}

QTEST_MAIN(TestCalendarSection)
#include "tst_calendarsection.moc"
