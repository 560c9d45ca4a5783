// SPDX-License-Identifier: GPL-3.0-or-later
// The parts of a bulletin page painted at fixed places (版头, 文号, page numbers, 版记) and
// the chart labels: Latin letters and digits keep their text in the PDF (LatinFace.h), and
// the title stands two lines below the red rule (GB/T 9704-2012 7.3.1), measured on page 1
// rendered at 300 dpi.

#include "BulletinFixture.h"
#include "PdfProbe.h"

#include "models/reports/BulletinPdf.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pingjia;

using pdfprobe::isDark;
using pdfprobe::isRed;
using pdfprobe::kDpi;
using pdfprobe::pxToMm;

class TestBulletinPageParts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void paintedTextKeepsDigitsAfterLatinLetters();
    void titleTwoLinesBelowTheRedRule();

private:
    QString write(const BulletinContent &content, const QString &name);
    QTemporaryDir m_dir;
};

QString TestBulletinPageParts::write(const BulletinContent &content, const QString &name)
{
    const QString path = m_dir.filePath(name);
    const BulletinRenderResult result = writeBulletinPdf(content, path);
    if (!result.ok())
        qWarning() << result.error;
    return result.ok() ? path : QString();
}

void TestBulletinPageParts::paintedTextKeepsDigitsAfterLatinLetters()
{
    // Typed by an office: Latin letters and digits in the 发文机关标志, the 文号, the 版记
    // and a chart's title and labels. Noto CJK alone shapes a digit after a Latin letter
    // into a glyph the PDF's text map does not reach ("A1" came out as "A").
    BulletinContent content = fixture::gridBulletin(1);
    BulletinHeader &h = content.header;
    h.issuingOffice = QStringLiteral("XX市2026政务服务管理局 A1");
    h.documentNumber = QStringLiteral("XZB12〔2026〕7号");
    h.copyTo = QStringLiteral("市A2办，B3中心");
    h.printedBy = QStringLiteral("XX市2026政务服务管理局 A1办公室");
    BulletinBlock chart;
    chart.kind = BulletinBlock::Kind::Chart;
    chart.chart.kind = BulletinChart::Kind::RankingBars;
    chart.chart.title = QStringLiteral("C620122得分");
    chart.chart.categories = {QStringLiteral("A1窗口"), QStringLiteral("W12科"),
                              QStringLiteral("D3局")};
    chart.chart.series = {{QStringLiteral("得分"), {98.5, 97.25, 96.0}, false}};
    chart.chart.unit = QStringLiteral("分");
    content.sections[0].blocks << chart;
    const QString pdf = write(content, QStringLiteral("latin-parts.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString text = pdfprobe::text(pdf).remove(QLatin1Char('\n')).remove(QLatin1Char(' '));
    const QStringList expected = {QStringLiteral("XX市2026政务服务管理局A1"),
                                  QStringLiteral("XZB12〔2026〕7号"),
                                  QStringLiteral("抄送：市A2办，B3中心"),
                                  QStringLiteral("XX市2026政务服务管理局A1办公室"),
                                  QStringLiteral("C620122得分"),
                                  QStringLiteral("A1窗口"),
                                  QStringLiteral("W12科"),
                                  QStringLiteral("D3局")};
    for (const QString &wanted : expected)
        QVERIFY2(text.contains(pdfprobe::normalized(wanted)), qPrintable(wanted + u'|' + text));
}

void TestBulletinPageParts::titleTwoLinesBelowTheRedRule()
{
    const QString pdf = write(fixture::gridBulletin(1), QStringLiteral("title.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QImage page = pdfprobe::renderPage(pdf, 1, kDpi);
    QVERIFY(!page.isNull());
    // The rule: rows whose red run is at least 150 mm long; its middle.
    int first = -1, last = -1;
    for (int y = 0; y < page.height(); ++y) {
        int count = 0;
        for (int x = 0; x < page.width(); ++x)
            count += isRed(page.pixel(x, y)) ? 1 : 0;
        if (count >= 150 * kDpi / 25.4) {
            if (first < 0)
                first = y;
            last = y;
        }
    }
    QVERIFY2(first >= 0, "a red rule");
    const double ruleMm = pxToMm((first + last + 1) / 2.0);
    // The title's first ink row: the first dark row below the rule, within the 版心
    // (28 to 184 mm).
    const int x0 = int(28 * kDpi / 25.4), x1 = int(184 * kDpi / 25.4);
    double titleTopMm = -1;
    for (int y = last + 1; y < page.height() && titleTopMm < 0; ++y) {
        for (int x = x0; x < x1; ++x) {
            if (isDark(page.pixel(x, y))) {
                titleTopMm = pxToMm(y);
                break;
            }
        }
    }
    QVERIFY2(titleTopMm > 0, "a title below the rule");
    // Two lines of the body's pitch: 3号 仿宋, 22 lines in 225 mm.
    const double twoLines = 2 * 225.0 / 22;
    QVERIFY2(std::abs(titleTopMm - ruleMm - twoLines) <= 1.0,
             qPrintable(QStringLiteral("title ink %1 mm below the rule, expected %2")
                            .arg(titleTopMm - ruleMm)
                            .arg(twoLines)));
}

QTEST_MAIN(TestBulletinPageParts)
#include "tst_bulletinpageparts.moc"
