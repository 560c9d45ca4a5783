// SPDX-License-Identifier: GPL-3.0-or-later
// The bulletin's XLSX and CSV exports against golden files (tests/bulletin/golden), from
// hand-made figures and a fixed creation time: the XLSX read back cell by cell with unzip
// (XlsxCells.h), the CSV byte by byte. The public version's files hold no staff or
// window name. Regenerate after an intended change (see tests/bulletin/README.md):
//   PINGJIA_REGENERATE_GOLDEN=1 build/tests/bulletin/tst_bulletinexport
#include "HandFacts.h"
#include "XlsxCells.h"

#include "models/reports/BulletinAssembler.h"
#include "models/reports/BulletinExport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pingjia;
using namespace pingjia::bulletintest;

namespace {

const QString kGoldenDir = QStringLiteral(PINGJIA_SOURCE_DIR "/tests/bulletin/golden");

bool regenerating()
{
    return qEnvironmentVariableIntValue("PINGJIA_REGENERATE_GOLDEN") == 1;
}

QDateTime created()
{
    return parsePlatformTime(QStringLiteral("2026-11-05 09:00:00"));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

BulletinContent content(BulletinVersion version)
{
    return assembleBulletin(handFacts(), handRequest(version));
}

} // namespace

class TestBulletinExport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    void compareWithGolden(const QString &produced, const QString &name)
    {
        const QString golden = kGoldenDir + u'/' + name;
        if (regenerating()) {
            QDir().mkpath(QFileInfo(golden).absolutePath());
            QFile::remove(golden);
            QVERIFY(QFile::copy(produced, golden));
            qWarning("regenerated %s", qPrintable(golden));
            return;
        }
        QVERIFY2(QFile::exists(golden),
                 qPrintable(golden + QStringLiteral(" is missing: regenerate")));
        if (name.endsWith(u".xlsx")) {
            const XlsxSheets want = readXlsxSheets(golden);
            const XlsxSheets got = readXlsxSheets(produced);
            QCOMPARE(got.names, want.names);
            QCOMPARE(got.created, want.created);
            QVERIFY(!want.cells.isEmpty() && !want.cells.constFirst().isEmpty());
            for (qsizetype i = 0; i < want.cells.size(); ++i) {
                for (auto it = want.cells.at(i).cbegin(); it != want.cells.at(i).cend(); ++it)
                    QVERIFY2(got.cells.at(i).value(it.key()) == it.value(),
                             qPrintable(QStringLiteral("%1!%2: %3 ≠ %4")
                                            .arg(want.names.at(i), it.key(),
                                                 got.cells.at(i).value(it.key()), it.value())));
                QCOMPARE(got.cells.at(i).size(), want.cells.at(i).size());
            }
        } else {
            QCOMPARE(readAll(produced), readAll(golden));
        }
    }

private slots:
    void formatsFromPaths()
    {
        QCOMPARE(bulletinFormatForPath(u"a/b.PDF"_qs), BulletinFormat::Pdf);
        QCOMPARE(bulletinFormatForPath(u"b.odt"_qs), BulletinFormat::Odt);
        QCOMPARE(bulletinFormatForPath(u"b.xlsx"_qs), BulletinFormat::Xlsx);
        QCOMPARE(bulletinFormatForPath(u"b.csv"_qs), BulletinFormat::Csv);
        QCOMPARE(bulletinFormatForPath(u"out/"_qs), BulletinFormat::CsvFolder);
        QCOMPARE(bulletinFormatForPath(m_dir.path()), BulletinFormat::CsvFolder);
        QVERIFY(!bulletinFormatForPath(u"b.docx"_qs));
    }

    void tablesAsNumbers()
    {
        const QList<ExportTable> tables = bulletinExportTables(content(BulletinVersion::Internal));
        // 主要指标, 评价渠道分布, 各部门差评处置情况, then the 附件.
        QCOMPARE(tables.size(), 4);
        QVERIFY(tables.at(0).title.contains(u"主要指标"));
        // 主要指标 mixes counts and rates in a column: kept as printed.
        QCOMPARE(tables.at(0).rows.at(0).at(1).toString(), u"1200"_qs);
        QCOMPARE(tables.at(0).rows.at(4).at(1).toString(), u"98.12%"_qs);
        QCOMPARE(tables.at(0).rows.at(4).at(3).toString(), u"—"_qs); // no last year
        // One kind per column: numbers with the column's format.
        QCOMPARE(tables.at(1).rows.at(0).at(1).toLongLong(), 600);
        QCOMPARE(tables.at(1).rows.at(0).at(2).toDouble(), 0.5);
        QCOMPARE(tables.at(1).numberFormats.at(2), u"0.00%"_qs);
        const ExportTable &annex = tables.constLast();
        QCOMPARE(annex.headers.at(1), u"部门"_qs);
        QCOMPARE(annex.rows.at(3).at(8).toDouble(), 80.25);
        QCOMPARE(annex.rows.at(0).at(4).toDouble(), 0.975); // 97.50 %, no binary residue
        QCOMPARE(annex.rows.at(4).at(0).toString(), u"不参与排名"_qs);
    }

    void xlsxGolden_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("internal") << int(BulletinVersion::Internal);
        QTest::newRow("public") << int(BulletinVersion::Public);
    }
    void xlsxGolden()
    {
        QFETCH(int, version);
        const QString name = version == int(BulletinVersion::Public) ? u"bulletin-public.xlsx"_qs
                                                                     : u"bulletin-internal.xlsx"_qs;
        const QString path = m_dir.filePath(name);
        const auto r = BulletinExport::writeTables(content(BulletinVersion(version)), path,
                                                   BulletinFormat::Xlsx, created());
        QVERIFY2(r.ok(), qPrintable(r.error));
        compareWithGolden(path, name);
        // The notes sheet names the formulas.
        const XlsxSheets x = readXlsxSheets(path);
        QVERIFY(x.names.size() >= 5);
        QStringList notes = x.cells.constLast().values();
        QVERIFY2(notes.join(u' ').contains(u"÷"), qPrintable(notes.join(u' ')));
    }

    void csvGolden()
    {
        const QString folder = m_dir.filePath(QStringLiteral("csv/"));
        const auto r = BulletinExport::writeTables(content(BulletinVersion::Public), folder,
                                                   BulletinFormat::CsvFolder, created());
        QVERIFY2(r.ok(), qPrintable(r.error));
        const QStringList files =
            QDir(folder).entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 4);
        QVERIFY(files.at(0).startsWith(u"01-"));
        for (const QString &f : files) {
            const QByteArray bytes = readAll(QDir(folder).filePath(f));
            QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
            compareWithGolden(QDir(folder).filePath(f), u"csv/"_qs + f);
        }
        // One file: the 附件 ranking table.
        const QString single = m_dir.filePath(QStringLiteral("ranking.csv"));
        QVERIFY(BulletinExport::writeTables(content(BulletinVersion::Public), single,
                                            BulletinFormat::Csv, created())
                    .ok());
        QCOMPARE(readAll(single), readAll(QDir(folder).filePath(files.constLast())));
        const QString text = QString::fromUtf8(readAll(single));
        QVERIFY2(text.contains(u"1,市公安局,300,4.50,97.50%,90.00%,1.25%,50.00%,95.50"),
                 qPrintable(text));
        QVERIFY(text.contains(u"不参与排名,市档案馆,12"));
    }

    void publicFilesHoldNoNames()
    {
        const QString path = m_dir.filePath(QStringLiteral("leak.xlsx"));
        QVERIFY(BulletinExport::writeTables(content(BulletinVersion::Public), path,
                                            BulletinFormat::Xlsx, created())
                    .ok());
        QStringList cells;
        for (const auto &s : readXlsxSheets(path).cells)
            cells << s.values();
        const QString text = cells.join(u'\n');
        for (const QString &leak : {u"王小明"_qs, u"3号窗口"_qs, u"李建国"_qs})
            QVERIFY2(!text.contains(leak), qPrintable(leak));
    }

    void unwritablePathIsAClearError()
    {
        const auto r = BulletinExport::writeTables(content(BulletinVersion::Public),
                                                   u"/nonexistent-folder/x.xlsx"_qs,
                                                   BulletinFormat::Xlsx, created());
        QCOMPARE(r.status, BulletinRenderResult::Status::Failed);
        QVERIFY2(r.error.contains(u"nonexistent-folder"), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestBulletinExport)
#include "tst_bulletinexport.moc"
