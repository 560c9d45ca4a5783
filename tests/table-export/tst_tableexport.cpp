// SPDX-License-Identifier: GPL-3.0-or-later
// TableExport: CSV bytes worked out by hand, XLSX read back cell by cell, and both compared
// with golden files (kmymoney-style). To regenerate the golden files after an intended
// change, run the test with PINGJIA_REGENERATE_GOLDEN=1 and review `git diff` (the XLSX
// parts with `unzip -p`): see README.md beside this file.

#include "XlsxReadBack.h"

#include "models/domain/PlatformTime.h"
#include "models/reports/TableExport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pingjia;
using namespace pingjia::testing;

namespace {

const QString kGoldenDir = QStringLiteral(PINGJIA_SOURCE_DIR "/tests/table-export/golden");

QDateTime fixedCreation()
{
    return platformDateTime(QDate(2026, 11, 1), QTime(9, 0, 0)); // 01:00:00 UTC
}

ExportTable rankingTable()
{
    ExportTable t;
    t.title = QStringLiteral("部门排名 2026年10月");
    t.headers = {QStringLiteral("部门"), QStringLiteral("有效评价数"), QStringLiteral("差评率"),
                 QStringLiteral("满意度"), QStringLiteral("连续排名靠后")};
    t.columnFormulas = {QString(), QStringLiteral("非撤回且有效的评价数"),
                        QStringLiteral("1–2 级有效评价 ÷ 有效评价"),
                        QStringLiteral("有效评价与 7 日默认评价的平均等级"), QString()};
    t.numberFormats = {QString(), QStringLiteral("0"), QStringLiteral("0.0%"),
                       QStringLiteral("0.00"), QString()};
    t.rows = {
        {QStringLiteral("市公安局"), 120, 0.025, 4.5, false},
        {QStringLiteral("人社局, 窗口\"一\""), 3, QVariant(), 4.0 / 3.0, true},
        {QStringLiteral("=HYPERLINK(\"x\")"), 0, QVariant(), QVariant(), false},
        {QStringLiteral("两行\n名称"), qint64(7)},
    };
    return t;
}

ExportTable trendTable()
{
    ExportTable t;
    t.title = QStringLiteral("Trend: 12 months [satisfaction/bad rate] of the whole province");
    t.headers = {QStringLiteral("Month"), QStringLiteral("Day"), QStringLiteral("Evaluations")};
    t.columnFormulas = {QStringLiteral("calendar month, UTC+8"), QString(),
                        QStringLiteral("non-withdrawn evaluations with assessTime in the month")};
    t.rows = {{QStringLiteral("2026-09"), QDate(2026, 9, 30), 10},
              {QStringLiteral("2026-10"), QDate(2026, 10, 31), 12}};
    return t;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool regenerating()
{
    return qEnvironmentVariableIntValue("PINGJIA_REGENERATE_GOLDEN") == 1;
}

void regenerate(const QString &produced, const QString &goldenName)
{
    QDir().mkpath(kGoldenDir);
    const QString golden = kGoldenDir + u'/' + goldenName;
    QFile::remove(golden);
    QVERIFY(QFile::copy(produced, golden));
    qWarning("regenerated %s", qPrintable(golden));
}

} // namespace

class TestTableExport : public QObject {
    Q_OBJECT
private slots:
    void csvBytesByHand();
    void csvFileGoldenAndMode();
    void xlsxCellByCell();
    void xlsxGoldenAndDeterministic();
    void sheetNames();
    void unwritableFolderKeepsTarget();
};

void TestTableExport::csvBytesByHand()
{
    const QByteArray expected = "\xEF\xBB\xBF"
                                "部门,有效评价数,差评率,满意度,连续排名靠后\r\n"
                                "市公安局,120,0.025,4.5,false\r\n"
                                "\"人社局, 窗口\"\"一\"\"\",3,,1.3333333333333333,true\r\n"
                                "\"'=HYPERLINK(\"\"x\"\")\",0,,,false\r\n"
                                "\"两行\n名称\",7,,,\r\n";
    const QByteArray actual = csvBytes(rankingTable());
    QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(expected));
    QCOMPARE(actual, expected);
}

void TestTableExport::csvFileGoldenAndMode()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("排名.csv"));
    QString error;
    QVERIFY2(writeCsv(rankingTable(), path, &error), qPrintable(error));
    QCOMPARE(QFile::permissions(path) & 0x0077, QFileDevice::Permissions()); // no group/other
    QVERIFY(QFile::permissions(path) & QFileDevice::ReadOwner);
    if (regenerating())
        regenerate(path, QStringLiteral("ranking.csv"));
    QCOMPARE(readAll(path), readAll(kGoldenDir + QStringLiteral("/ranking.csv")));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("排名.csv")}); // no temporary file left
}

void TestTableExport::xlsxCellByCell()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("排名.xlsx"));
    QString error;
    QVERIFY2(writeXlsx({rankingTable(), trendTable()}, path, fixedCreation(), &error),
             qPrintable(error));
    const XlsxContent x = readXlsx(path);
    QCOMPARE(x.sheetNames, (QStringList{QStringLiteral("部门排名 2026年10月"),
                                        QStringLiteral("Trend_ 12 months _satisfaction_"),
                                        QStringLiteral("Notes")}));
    QCOMPARE(x.created, QStringLiteral("2026-11-01T01:00:00Z"));
    const SheetCells &ranking = x.sheets.at(0);
    QCOMPARE(ranking.value(QStringLiteral("A1")), QStringLiteral("部门"));
    QCOMPARE(ranking.value(QStringLiteral("E1")), QStringLiteral("连续排名靠后"));
    QCOMPARE(ranking.value(QStringLiteral("A2")), QStringLiteral("市公安局"));
    QCOMPARE(ranking.value(QStringLiteral("B2")).toDouble(), 120.0);
    QCOMPARE(ranking.value(QStringLiteral("C2")).toDouble(), 0.025);
    QCOMPARE(ranking.value(QStringLiteral("E2")), QStringLiteral("FALSE"));
    QCOMPARE(ranking.value(QStringLiteral("A3")), QStringLiteral("人社局, 窗口\"一\""));
    QVERIFY(!ranking.contains(QStringLiteral("C3"))); // null rate: empty cell
    QCOMPARE(ranking.value(QStringLiteral("E3")), QStringLiteral("TRUE"));
    // In XLSX a string cell is never a formula: written as given.
    QCOMPARE(ranking.value(QStringLiteral("A4")), QStringLiteral("=HYPERLINK(\"x\")"));
    QCOMPARE(ranking.value(QStringLiteral("A5")), QStringLiteral("两行\n名称"));
    QVERIFY(!ranking.contains(QStringLiteral("E5"))); // short row padded with nothing
    QCOMPARE(x.sheets.at(1).value(QStringLiteral("B2")), QStringLiteral("2026-09-30"));

    const SheetCells &notes = x.sheets.at(2);
    QCOMPARE(notes.value(QStringLiteral("A1")), QStringLiteral("Created"));
    QCOMPARE(notes.value(QStringLiteral("B1")), QStringLiteral("2026-11-01 09:00:00 (UTC+8)"));
    QCOMPARE(notes.value(QStringLiteral("D3")), QStringLiteral("Formula"));
    // One row per column of each table, in order: 5 ranking columns then 3 trend columns.
    QCOMPARE(notes.value(QStringLiteral("A4")), QStringLiteral("部门排名 2026年10月"));
    QCOMPARE(notes.value(QStringLiteral("C5")), QStringLiteral("有效评价数"));
    QCOMPARE(notes.value(QStringLiteral("D6")), QStringLiteral("1–2 级有效评价 ÷ 有效评价"));
    QCOMPARE(notes.value(QStringLiteral("B9")),
             QStringLiteral("Trend: 12 months [satisfaction/bad rate] of the whole province"));
    QCOMPARE(notes.value(QStringLiteral("D11")),
             QStringLiteral("non-withdrawn evaluations with assessTime in the month"));
    QVERIFY(!notes.contains(QStringLiteral("A12")));
}

void TestTableExport::xlsxGoldenAndDeterministic()
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("a.xlsx"));
    const QString second = dir.filePath(QStringLiteral("b.xlsx"));
    QString error;
    QVERIFY2(writeXlsx({rankingTable(), trendTable()}, first, fixedCreation(), &error),
             qPrintable(error));
    QTest::qWait(1100); // a later wall-clock second must not change a byte
    QVERIFY2(writeXlsx({rankingTable(), trendTable()}, second, fixedCreation(), &error),
             qPrintable(error));
    QCOMPARE(readAll(first), readAll(second));
    if (regenerating())
        regenerate(first, QStringLiteral("ranking.xlsx"));
    const QString golden = kGoldenDir + QStringLiteral("/ranking.xlsx");
    // Part by part, then byte by byte (a zlib update may recompress; the parts then tell).
    const QStringList members = zipMembers(golden);
    QVERIFY(members.contains(QStringLiteral("xl/worksheets/sheet3.xml")));
    QCOMPARE(zipMembers(first), members);
    for (const QString &m : members)
        QVERIFY2(zipMember(first, m) == zipMember(golden, m), qPrintable(m));
    QCOMPARE(readAll(first), readAll(golden));
}

void TestTableExport::sheetNames()
{
    ExportTable a, b, c, d, e;
    a.title = QStringLiteral("窗口排名窗口排名窗口排名窗口排名窗口排名窗口排名窗口排名窗口排名");
    b.title = a.title;
    c.title = QStringLiteral("notes");
    d.title = QStringLiteral("'quoted'");
    e.title = QStringLiteral("  ");
    QCOMPARE(
        xlsxSheetNames({a, b, c, d, e}),
        (QStringList{
            QStringLiteral("窗口排名窗口排名窗口排名窗口排名窗口排名窗口排名窗口排名窗口排"),
            QStringLiteral("窗口排名窗口排名窗口排名窗口排名窗口排名窗口排名窗口排 (2)"),
            QStringLiteral("notes (2)"), QStringLiteral("quoted"), QStringLiteral("Table 5")}));
}

void TestTableExport::unwritableFolderKeepsTarget()
{
    // Root (CI) writes into read-only folders, so the failures are a missing folder and a
    // target that is a folder (the final rename cannot replace it).
    QTemporaryDir dir;
    QString error;
    const QString missing = dir.filePath(QStringLiteral("missing/keep.csv"));
    QVERIFY(!writeCsv(rankingTable(), missing, &error));
    QVERIFY(error.contains(QStringLiteral("missing")));
    error.clear();
    QVERIFY(
        !writeXlsx({rankingTable()}, missing + QStringLiteral(".xlsx"), fixedCreation(), &error));
    QVERIFY(!error.isEmpty());

    const QString folder = dir.filePath(QStringLiteral("taken"));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/inside")));
    error.clear();
    QVERIFY(!writeCsv(rankingTable(), folder, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!writeXlsx({rankingTable()}, folder, fixedCreation(), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(QFileInfo(folder + QStringLiteral("/inside")).isDir());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("taken")}); // no temporary file left
}

QTEST_GUILESS_MAIN(TestTableExport)
#include "tst_tableexport.moc"
