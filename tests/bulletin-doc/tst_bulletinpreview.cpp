// SPDX-License-Identifier: GPL-3.0-or-later
// The print preview widget (same pages as the PDF, printing through QPrinter) and the
// font settings section (choice remembered, fallback to an installed face).

#include "BulletinFixture.h"
#include "PdfProbe.h"

#include "ui/bulletin/BulletinFontsSection.h"
#include "ui/bulletin/BulletinPreview.h"

#include <QFontComboBox>
#include <QLabel>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace pingjia;

class TestBulletinPreview : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void previewShowsThePages();
    void printsThroughQPrinter();
    void fontChoiceIsRemembered();
    void missingFaceFallsBackToAnInstalledOne();
    void usualNamesAreFound();

private:
    QTemporaryDir m_dir;
};

void TestBulletinPreview::previewShowsThePages()
{
    BulletinPreview preview;
    preview.resize(600, 800);
    preview.show();
    // 31 single-line paragraphs: 3 pages of text (worked out in tst_bulletinpdf), and the
    // 版记 on an even last page (printed on both sides): a 4th page.
    preview.setContent(fixture::gridBulletin(31));
    QTRY_COMPARE_WITH_TIMEOUT(preview.pageCount(), 4, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(preview.findChild<QLabel *>(QStringLiteral("pageCount"))->text(),
                              tr("%n page(s)", nullptr, 4), 60000);
}

void TestBulletinPreview::printsThroughQPrinter()
{
    BulletinPreview preview;
    preview.setContent(fixture::monthlyBulletin(BulletinVersion::Public, 40));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(path);
    const BulletinRenderResult result = preview.printTo(printer);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(pdfprobe::pageCount(path), result.pageCount);
    QVERIFY(pdfprobe::pageSize(path).contains(QLatin1String("(A4)")));
    const QString text = pdfprobe::text(path);
    QVERIFY(text.contains(QStringLiteral("公示版")));
    QVERIFY(text.contains(fixture::kTotalEvaluations));
}

void TestBulletinPreview::fontChoiceIsRemembered()
{
    const QString ini = m_dir.filePath(QStringLiteral("remembered.ini"));
    {
        QSettings settings(ini, QSettings::IniFormat);
        BulletinFontsSection section(settings);
        QCOMPARE(section.chosen(), defaultBulletinFonts());
        QFontComboBox *body = section.comboFor(BulletinFontRole::Body);
        QVERIFY(body);
        body->setCurrentFont(QFont(QStringLiteral("Noto Sans CJK SC")));
        QCOMPARE(section.chosen().body, QStringLiteral("Noto Sans CJK SC"));
    }
    {
        QSettings settings(ini, QSettings::IniFormat);
        QCOMPARE(settings.value(QStringLiteral("bulletin/fonts/body")).toString(),
                 QStringLiteral("Noto Sans CJK SC"));
        BulletinFontsSection section(settings);
        QCOMPARE(section.resolved().body, QStringLiteral("Noto Sans CJK SC"));
        section.findChild<QPushButton *>(QStringLiteral("restoreDefaults"))->click();
        QCOMPARE(section.chosen(), defaultBulletinFonts());
        QCOMPARE(loadBulletinFonts(settings), defaultBulletinFonts());
    }
}

void TestBulletinPreview::missingFaceFallsBackToAnInstalledOne()
{
    QSettings settings(m_dir.filePath(QStringLiteral("missing.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("bulletin/fonts/body"), QStringLiteral("方正仿宋_GBK"));
    BulletinFontsSection section(settings);
    QCOMPARE(section.chosen().body, QStringLiteral("方正仿宋_GBK"));
    // Only Noto CJK is installed here: the body falls back to the serif face.
    QCOMPARE(section.resolved().body, QStringLiteral("Noto Serif CJK SC"));
    const QLabel *used =
        section.findChild<QLabel *>(QStringLiteral("usedRole%1").arg(int(BulletinFontRole::Body)));
    QVERIFY(used->text().contains(QStringLiteral("方正仿宋_GBK")));
    QVERIFY(used->text().contains(QStringLiteral("Noto Serif CJK SC")));
}

void TestBulletinPreview::usualNamesAreFound()
{
    // A Windows machine's faces, named as Windows names them.
    const QStringList windows = {QStringLiteral("SimSun"), QStringLiteral("SimHei"),
                                 QStringLiteral("KaiTi"), QStringLiteral("FangSong"),
                                 QStringLiteral("Arial")};
    BulletinFonts wanted = defaultBulletinFonts();
    const BulletinFonts onWindows = resolveBulletinFonts(wanted, windows);
    QCOMPARE(onWindows.body, QStringLiteral("FangSong"));
    QCOMPARE(onWindows.title, QStringLiteral("SimSun")); // no 小标宋: the closest is 宋体
    QCOMPARE(onWindows.heading, QStringLiteral("SimHei"));
    QCOMPARE(onWindows.subheading, QStringLiteral("KaiTi"));
    QCOMPARE(onWindows.pageNumber, QStringLiteral("SimSun"));
    // 统信/麒麟 with 方正 faces; a chosen face is matched case-insensitively.
    const QStringList founder = {QStringLiteral("方正仿宋_GBK"), QStringLiteral("方正小标宋简体"),
                                 QStringLiteral("方正黑体_GBK"), QStringLiteral("方正楷体_GBK"),
                                 QStringLiteral("Noto Serif CJK SC")};
    // Settings brought from a Windows machine; the 页码 face matched case-insensitively.
    wanted = {QStringLiteral("仿宋_GB2312"), QStringLiteral("方正小标宋简体"),
              QStringLiteral("黑体"), QStringLiteral("楷体_GB2312"),
              QStringLiteral("noto serif cjk sc")};
    const BulletinFonts onKylin = resolveBulletinFonts(wanted, founder);
    QCOMPARE(onKylin.body, QStringLiteral("方正仿宋_GBK"));
    QCOMPARE(onKylin.title, QStringLiteral("方正小标宋简体"));
    QCOMPARE(onKylin.heading, QStringLiteral("方正黑体_GBK"));
    QCOMPARE(onKylin.subheading, QStringLiteral("方正楷体_GBK"));
    QCOMPARE(onKylin.pageNumber, QStringLiteral("Noto Serif CJK SC"));
    // Nothing usable installed: the defaults.
    QCOMPARE(resolveBulletinFonts(wanted, {QStringLiteral("DejaVu Sans")}), defaultBulletinFonts());
}

QTEST_MAIN(TestBulletinPreview)
#include "tst_bulletinpreview.moc"
