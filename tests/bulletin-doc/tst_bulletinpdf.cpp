// SPDX-License-Identifier: GPL-3.0-or-later
// The bulletin PDF after GB/T 9704-2012, checked with poppler-utils: A4, fonts embedded,
// the text holds what the content says, 22 lines × 28 characters, the red rule and the
// page numbers where the standard puts them (measured on pages rendered at 300 dpi).

#include "BulletinFixture.h"
#include "PdfProbe.h"

#include "models/reports/BulletinPdf.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>

using namespace pingjia;

namespace {

using pdfprobe::isDark;
using pdfprobe::isRed;
using pdfprobe::kDpi;
using pdfprobe::pxToMm;
constexpr double kPointMm = 25.4 / 72;

// Bounding box (mm) of the dark pixels between y0 and y1 mm; and the row with most of them.
struct Ink {
    double left = 1e9, right = -1, top = 1e9, bottom = -1, densestRow = -1;
};

Ink darkInk(const QImage &page, double y0Mm, double y1Mm)
{
    Ink ink;
    int best = 0;
    const int y0 = int(y0Mm * kDpi / 25.4), y1 = int(y1Mm * kDpi / 25.4);
    for (int y = y0; y < y1 && y < page.height(); ++y) {
        int count = 0;
        for (int x = 0; x < page.width(); ++x) {
            if (!isDark(page.pixel(x, y)))
                continue;
            ++count;
            ink.left = std::min(ink.left, pxToMm(x));
            ink.right = std::max(ink.right, pxToMm(x + 1));
            ink.top = std::min(ink.top, pxToMm(y));
            ink.bottom = std::max(ink.bottom, pxToMm(y + 1));
        }
        if (count > best) {
            best = count;
            ink.densestRow = pxToMm(y + 0.5);
        }
    }
    return ink;
}

QString saveArtifact(const QString &pdf, const QString &name, int pages)
{
    const QString dir = qEnvironmentVariable("PINGJIA_TEST_ARTIFACTS");
    if (dir.isEmpty())
        return {};
    QDir().mkpath(dir + QStringLiteral("/bulletin-doc"));
    for (int p = 1; p <= pages; ++p) {
        pdfprobe::renderPage(pdf, p, 100)
            .save(QStringLiteral("%1/bulletin-doc/%2-page%3.png").arg(dir, name).arg(p));
    }
    return dir;
}

} // namespace

class TestBulletinPdf : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void a4AndFontsEmbedded();
    void textHoldsContent();
    void publicVersionHoldsOnlyItsContent();
    void chartsAreVectors();
    void textHoldsIdeographsNotRadicals();
    void textKeepsDigitsAfterLatinLetters();
    void twentyTwoLinesPerPage_data();
    void twentyTwoLinesPerPage();
    void twentyEightCharactersPerLine();
    void redRuleUnderTheNumber();
    void pageNumbersAlternateSides();
    void imprintRulesOnTheLastPage();
    void attachmentStartsANewPage();
    void singleSidedKeepsTheBindingLeft();
    void fileIsPrivate();
    void rendersOffTheGuiThread();
    void cancelLeavesNoFile();
    void progressReachesTheEnd();
    void unwritablePathSaysSo();

private:
    QString write(const BulletinContent &content, const QString &name,
                  const BulletinRenderOptions &options = {});

    QTemporaryDir m_dir;
    QString m_internal;
    QString m_public;
};

QString TestBulletinPdf::write(const BulletinContent &content, const QString &name,
                               const BulletinRenderOptions &options)
{
    const QString path = m_dir.filePath(name);
    const BulletinRenderResult result = writeBulletinPdf(content, path, options);
    if (!result.ok())
        qWarning() << result.error;
    return result.ok() ? path : QString();
}

void TestBulletinPdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("PINGJIA_KEEP_TEST_FILES"));
    if (!m_dir.autoRemove())
        qInfo() << "keeping" << m_dir.path();
    m_internal = write(fixture::monthlyBulletin(BulletinVersion::Internal, 150), "internal.pdf");
    m_public = write(fixture::monthlyBulletin(BulletinVersion::Public, 150), "public.pdf");
    QVERIFY(!m_internal.isEmpty());
    QVERIFY(!m_public.isEmpty());
    saveArtifact(m_internal, QStringLiteral("internal"), 2);
    saveArtifact(m_public, QStringLiteral("public"), 2);
}

void TestBulletinPdf::a4AndFontsEmbedded()
{
    for (const QString &pdf : {m_internal, m_public}) {
        QVERIFY2(pdfprobe::pageSize(pdf).contains(QLatin1String("(A4)")),
                 qPrintable(pdfprobe::pageSize(pdf)));
        const QList<pdfprobe::Font> fonts = pdfprobe::fonts(pdf);
        QVERIFY(!fonts.isEmpty());
        bool cjk = false;
        for (const pdfprobe::Font &font : fonts) {
            QVERIFY2(font.embedded, qPrintable(font.name + QLatin1String(" not embedded")));
            cjk = cjk || font.name.contains(QLatin1String("CJKsc"), Qt::CaseInsensitive);
        }
        QVERIFY2(cjk, "the Simplified Chinese Noto faces are used");
        // 仿宋/宋体 roles in the serif face, the 一、 headings (黑体) in the sans face.
        auto has = [&fonts](const char *name) {
            return std::any_of(fonts.begin(), fonts.end(), [name](const pdfprobe::Font &f) {
                return f.name.contains(QLatin1String(name), Qt::CaseInsensitive);
            });
        };
        QVERIFY(has("NotoSerifCJKsc"));
        QVERIFY(has("NotoSansCJKsc"));
    }
}

void TestBulletinPdf::textHoldsContent()
{
    const QString text = pdfprobe::text(m_internal).remove(QLatin1Char('\n'));
    const QStringList expected = {
        QStringLiteral("青川市政务服务管理局"),
        QStringLiteral("青政务〔2026〕12号"),
        QStringLiteral("关于2026年10月全市政务服务“好差评”情况的通报"),
        QStringLiteral("各县(市、区)政务服务中心,市直各部门:"), // NFKC folds full-width forms
        QStringLiteral("一、基本情况"),
        QStringLiteral("二、排名情况"),
        QStringLiteral("(一)表扬部门"),
        QStringLiteral("(二)通报部门"),
        QStringLiteral("三、差评处置情况"),
        QStringLiteral("六、下步工作要求"),
        fixture::kTotalEvaluations,
        fixture::kSatisfactionRate,
        QStringLiteral("124,426"),
        QStringLiteral("内部版"),
        QStringLiteral("附件:2026年10月各部门“好差评”综合排名表"),
        QStringLiteral("2026年11月5日"),
        QStringLiteral("抄送:市政府办公室,市纪委监委"),
        QStringLiteral("2026年11月5日印发"),
        fixture::departmentName(149),
        fixture::kLastDepartmentScore};
    for (const QString &s : expected)
        QVERIFY2(text.contains(pdfprobe::normalized(s)), qPrintable(s));
    for (const QString &name : fixture::staffAndWindowNames())
        QVERIFY2(text.contains(name), qPrintable(name)); // the internal version names them
}

void TestBulletinPdf::publicVersionHoldsOnlyItsContent()
{
    const QString text = pdfprobe::text(m_public);
    QVERIFY(text.contains(QStringLiteral("公示版")));
    QVERIFY(!text.contains(QStringLiteral("内部版")));
    for (const QString &name : fixture::staffAndWindowNames())
        QVERIFY2(!text.contains(name), qPrintable(name));
    QVERIFY(text.contains(fixture::kTotalEvaluations));
}

void TestBulletinPdf::chartsAreVectors()
{
    // Charts are drawn as paths and text: no image in the whole file, and the chart
    // titles and axis labels are text.
    const QString images =
        pdfprobe::run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), m_internal});
    QCOMPARE(images.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 2); // header only
    const QString text = pdfprobe::text(m_internal);
    QVERIFY(text.contains(QStringLiteral("近12个月评价量及满意率")));
    QVERIFY(text.contains(QStringLiteral("评价渠道分布")));
    QVERIFY(text.contains(QStringLiteral("综合得分前10名部门")));
    QVERIFY(text.contains(QStringLiteral("各渠道评价等级分布")));
}

void TestBulletinPdf::textHoldsIdeographsNotRadicals()
{
    // Noto CJK draws each of these and a radical (⻘ U+2ED8, ⽉ U+2F49, ⻔ U+2ED4 …) with one
    // glyph; Qt 6.4 names the radical in the PDF's text map. Some radicals of the CJK
    // Radicals Supplement have no NFKC decomposition: compared without normalising.
    const QString ideographs = QStringLiteral("青月门心长见言金马鱼鸟黄齐龙龟车贝页风食");
    BulletinContent content = fixture::gridBulletin(1);
    content.sections[0].blocks[0].text = ideographs;
    const QString pdf = write(content, QStringLiteral("ideographs.pdf"));
    const QString text = pdfprobe::rawText(pdf, 1, 1);
    QVERIFY2(text.contains(ideographs), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("青川市政务服务管理局")), qPrintable(text));
    for (QChar c : text)
        QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF, qPrintable(QString(c)));
}

void TestBulletinPdf::textKeepsDigitsAfterLatinLetters()
{
    // Noto CJK shapes digits that follow a Latin letter into glyphs its cmap does not
    // reach; Qt 6.4 then writes no text for them ("D1（0条）" came out as "D（ 条）").
    // Codes in the body, a sub-heading, a body table (header and cells), the appendix
    // heading and the appendix table.
    const QStringList codes = {QStringLiteral("D1（0条）"), QStringLiteral("W12号窗口"),
                               QStringLiteral("S0203工号"), QStringLiteral("C620122"),
                               QStringLiteral("A99.5%"),    QStringLiteral("E2026110500417"),
                               QStringLiteral("T7（3件）"), QStringLiteral("G2026"),
                               QStringLiteral("X10"),       QStringLiteral("K88号")};
    BulletinContent content = fixture::gridBulletin(1);
    BulletinSection &section = content.sections[0];
    section.blocks[0].text = QStringLiteral("正文：%1，%2，%3。").arg(codes[0], codes[1], codes[2]);
    BulletinBlock sub;
    sub.kind = BulletinBlock::Kind::SubHeading;
    sub.text = QStringLiteral("窗口%1").arg(codes[3]);
    section.blocks << sub;
    BulletinBlock table;
    table.kind = BulletinBlock::Kind::Table;
    table.table.headers = {QStringLiteral("编码%1").arg(codes[4]), QStringLiteral("件数")};
    table.table.rows = {{codes[5], QStringLiteral("3")}};
    section.blocks << table;
    BulletinAttachment attachment;
    attachment.title = QStringLiteral("附表%1").arg(codes[6]);
    attachment.table.headers = {QStringLiteral("部门"), QStringLiteral("编码")};
    attachment.table.rows = {{codes[7], codes[8]}, {QStringLiteral("市民政局"), codes[9]}};
    content.attachments << attachment;
    const QString pdf = write(content, QStringLiteral("latin.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString text = pdfprobe::text(pdf).remove(QLatin1Char('\n')).remove(QLatin1Char(' '));
    for (const QString &code : codes)
        QVERIFY2(text.contains(pdfprobe::normalized(code)), qPrintable(code + u'|' + text));
}

void TestBulletinPdf::twentyTwoLinesPerPage_data()
{
    // Worked out by hand: the 版头 takes 35 mm + 42 pt + 2 lines + 16 pt + 4 mm + 2 lines
    // = 100.4 mm of the 225 mm 版心, which leaves 12 lines of 10.23 mm on page 1: title,
    // blank, 主送, heading and 8 paragraphs. Page 2 holds 22 paragraphs. The 版记 (two rows)
    // stands at the foot of the last page, which is even (GB/T 9704: the last face of a
    // double-sided document): it needs 2 free lines on an even last page of text; else it
    // gets a page of its own, after a blank page when the text ends on an even page.
    // Neither the blank page nor the 版记 page is numbered.
    QTest::addColumn<int>("lines");
    QTest::addColumn<int>("pages");
    QTest::addColumn<int>("lastOnPage2");
    QTest::addColumn<int>("numberedPages");
    QTest::newRow("page 2 full: blank page 3, 版记 on 4") << 30 << 4 << 30 << 2;
    QTest::newRow("two lines free for the 版记 on page 2") << 28 << 2 << 28 << 2;
    QTest::newRow("text ends on page 3: 版记 on 4") << 31 << 4 << 30 << 3;
}

void TestBulletinPdf::twentyTwoLinesPerPage()
{
    QFETCH(int, lines);
    QFETCH(int, pages);
    QFETCH(int, lastOnPage2);
    QFETCH(int, numberedPages);
    const QString pdf = write(fixture::gridBulletin(lines), QStringLiteral("grid.pdf"));
    QCOMPARE(pdfprobe::pageCount(pdf), pages);
    QCOMPARE(pages % 2, 0);
    QList<int> onPage2;
    const QRegularExpression number(QStringLiteral("第(\\d+)行"));
    for (auto it = number.globalMatch(pdfprobe::text(pdf, 2, 2)); it.hasNext();)
        onPage2 << it.next().captured(1).toInt();
    QCOMPARE(onPage2.size(), lastOnPage2 - 8);
    QCOMPARE(onPage2.first(), 9);
    QCOMPARE(onPage2.last(), lastOnPage2);
    for (int p = 1; p <= pages; ++p) {
        const QString text = pdfprobe::text(pdf, p, p);
        const QRegularExpression pageNumber(QStringLiteral("—\\s*%1\\s*—").arg(p));
        QCOMPARE(text.contains(pageNumber), p <= numberedPages);
        QCOMPARE(text.contains(QStringLiteral("印发")), p == pages);
        if (p > numberedPages && p < pages)
            QVERIFY2(text.trimmed().isEmpty(), "a blank page before the 版记 page");
    }
}

void TestBulletinPdf::twentyEightCharactersPerLine()
{
    BulletinContent content = fixture::gridBulletin(1);
    const QString hundred = QString(QStringLiteral("好差评")).repeated(40).left(110);
    content.sections[0].blocks[0].text = hundred;
    const QString pdf = write(content, QStringLiteral("chars.pdf"));
    QStringList lines;
    for (const QString &line : pdfprobe::text(pdf, 1, 1).split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("好差评")) || line.startsWith(QStringLiteral("差评")) ||
            line.startsWith(QStringLiteral("评好")))
            lines << line.trimmed();
    }
    // 2 characters of indent on the first line: 26, then 28, 28, 28.
    QVERIFY2(lines.size() >= 4, qPrintable(lines.join(QLatin1Char('|'))));
    QCOMPARE(lines.at(0).size(), 26);
    QCOMPARE(lines.at(1).size(), 28);
    QCOMPARE(lines.at(2).size(), 28);
}

void TestBulletinPdf::redRuleUnderTheNumber()
{
    const QImage page = pdfprobe::renderPage(m_internal, 1, kDpi);
    QVERIFY(!page.isNull());
    // Rows whose red run is at least 150 mm long: the rule.
    double sumY = 0, left = 1e9, right = -1;
    int rows = 0;
    for (int y = 0; y < page.height(); ++y) {
        int first = -1, last = -1, count = 0;
        for (int x = 0; x < page.width(); ++x) {
            if (isRed(page.pixel(x, y))) {
                if (first < 0)
                    first = x;
                last = x;
                ++count;
            }
        }
        if (count >= 150 * kDpi / 25.4) {
            sumY += y + 0.5;
            ++rows;
            left = std::min(left, pxToMm(first));
            right = std::max(right, pxToMm(last + 1));
        }
    }
    QVERIFY2(rows > 0, "a red rule");
    // 天头 37 + 35 to the 发文机关标志 + its 42 pt + two 225/22 mm lines to the 文号 + the
    // 文号's 16 pt + 4 mm.
    const double expected = 37 + 35 + 42 * kPointMm + 2 * 225.0 / 22 + 16 * kPointMm + 4;
    const double ruleY = pxToMm(sumY / rows);
    QVERIFY2(std::abs(ruleY - expected) <= 1.0,
             qPrintable(QStringLiteral("rule at %1 mm, expected %2").arg(ruleY).arg(expected)));
    QVERIFY2(std::abs(left - 28) <= 1.0, qPrintable(QString::number(left)));
    QVERIFY2(std::abs(right - (28 + 156)) <= 1.0, qPrintable(QString::number(right)));
    // The 发文机关标志 is red, between 72 mm and the rule.
    bool redOffice = false;
    for (int y = int(73 * kDpi / 25.4); y < int(86 * kDpi / 25.4) && !redOffice; ++y)
        redOffice = isRed(page.pixel(page.width() / 2 + 3, y)) ||
                    isRed(page.pixel(page.width() / 2 - 40, y));
    QVERIFY(redOffice);
}

void TestBulletinPdf::imprintRulesOnTheLastPage()
{
    // GB/T 9704: the 版记 stands at the foot of the last page between rules the width of
    // the 版心: above its first row and under its last (the foot of the 版心, 37 + 225 mm),
    // and between its rows (two here: the version, then 印发机关 and 印发日期).
    const QString pdf = write(fixture::gridBulletin(28), QStringLiteral("imprint.pdf"));
    QCOMPARE(pdfprobe::pageCount(pdf), 2);
    const QImage page = pdfprobe::renderPage(pdf, 2, kDpi);
    QVERIFY(!page.isNull());
    QList<double> rules; // middle of each band of rows with a dark run of 150 mm or more
    int bandStart = -1;
    for (int y = 0; y < page.height(); ++y) {
        int count = 0;
        for (int x = 0; x < page.width(); ++x)
            count += isDark(page.pixel(x, y)) ? 1 : 0;
        const bool rule = count >= 150 * kDpi / 25.4;
        if (rule && bandStart < 0)
            bandStart = y;
        if (!rule && bandStart >= 0) {
            rules << pxToMm((bandStart + y) / 2.0);
            bandStart = -1;
        }
    }
    const double pitch = 225.0 / 22, bottom = 37 + 225;
    QCOMPARE(rules.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const double expected = bottom - (2 - i) * pitch;
        QVERIFY2(std::abs(rules.at(i) - expected) <= 1.0,
                 qPrintable(QStringLiteral("rule %1 at %2 mm, expected %3")
                                .arg(i)
                                .arg(rules.at(i))
                                .arg(expected)));
    }
}

void TestBulletinPdf::pageNumbersAlternateSides()
{
    // "— N —" 4号 (14 pt): em box top 7 mm below the 版心 (37 + 225 mm), the dashes at the
    // box's middle; odd pages end one character (14 pt) left of the 版心's right edge, even
    // pages start one character right of its left edge. Margins mirror by default (double-
    // sided): the 版心 of an even page starts at 210 - 28 - 156 = 26 mm.
    const double oneChar = 14 * kPointMm;
    const double dashRow = 37 + 225 + 7 + oneChar / 2;
    for (int pageNumber : {1, 2, 3}) {
        const QImage page = pdfprobe::renderPage(m_internal, pageNumber, kDpi);
        const Ink ink = darkInk(page, 37 + 225 + 2, 290);
        QVERIFY2(ink.right > 0, "a page number");
        QVERIFY2(std::abs(ink.densestRow - dashRow) <= 1.0,
                 qPrintable(QStringLiteral("page %1: dashes at %2 mm, expected %3")
                                .arg(pageNumber)
                                .arg(ink.densestRow)
                                .arg(dashRow)));
        if (pageNumber % 2) {
            QVERIFY2(std::abs(ink.right - (28 + 156 - oneChar)) <= 1.0,
                     qPrintable(QStringLiteral("odd page ends at %1").arg(ink.right)));
        } else {
            QVERIFY2(std::abs(ink.left - (26 + oneChar)) <= 1.0,
                     qPrintable(QStringLiteral("even page starts at %1").arg(ink.left)));
        }
        QVERIFY(pdfprobe::text(m_internal, pageNumber, pageNumber)
                    .contains(QRegularExpression(QStringLiteral("—\\s*%1\\s*—").arg(pageNumber))));
    }
}

void TestBulletinPdf::attachmentStartsANewPage()
{
    const int pages = pdfprobe::pageCount(m_internal);
    int attachmentPage = -1;
    for (int p = 1; p <= pages && attachmentPage < 0; ++p) {
        const QString text = pdfprobe::text(m_internal, p, p).trimmed();
        if (text.startsWith(QStringLiteral("附件")) && !text.startsWith(QStringLiteral("附件:")))
            attachmentPage = p;
    }
    QVERIFY(attachmentPage > 1);
    const QString before = pdfprobe::text(m_internal, attachmentPage - 1, attachmentPage - 1);
    QVERIFY2(before.contains(QStringLiteral("2026年11月5日")), "the 落款 ends the body");
    QVERIFY(!before.contains(QStringLiteral("部门名称")));
    // The header row repeats on every page of the appendix; the last unit is there.
    for (int p = attachmentPage; p <= pages; ++p) {
        const QString text = pdfprobe::text(m_internal, p, p);
        const bool imprintOnly =
            text.contains(QStringLiteral("印发")) && !text.contains(QStringLiteral("部门名称"));
        if (text.trimmed().isEmpty() || imprintOnly)
            continue; // a blank page and the 版记 page after the appendix
        if (text.contains(QStringLiteral("排名表")) || text.contains(fixture::departmentName(60)) ||
            p < pages)
            QVERIFY2(text.contains(QStringLiteral("综合得分")), qPrintable(QString::number(p)));
    }
    QVERIFY(
        pdfprobe::text(m_internal, attachmentPage, pages).contains(fixture::departmentName(149)));
    QVERIFY(pdfprobe::text(m_internal, pages, pages).contains(QStringLiteral("印发")));
}

void TestBulletinPdf::singleSidedKeepsTheBindingLeft()
{
    BulletinRenderOptions options;
    options.doubleSided = false;
    const QString pdf = write(fixture::gridBulletin(31), QStringLiteral("single.pdf"), options);
    // Even page: the 订口 stays on the left, so the number starts at 28 mm + one character.
    const QImage page2 = pdfprobe::renderPage(pdf, 2, kDpi);
    const Ink number = darkInk(page2, 37 + 225 + 2, 290);
    QVERIFY2(std::abs(number.left - (28 + 14 * kPointMm)) <= 1.0,
             qPrintable(QString::number(number.left)));
    const QImage page3 = pdfprobe::renderPage(pdf, 3, kDpi);
    QVERIFY(std::abs(darkInk(page3, 37 + 225 + 2, 290).right - (28 + 156 - 14 * kPointMm)) <= 1.0);
}

void TestBulletinPdf::fileIsPrivate()
{
    const QFile::Permissions permissions = QFileInfo(m_internal).permissions();
    QVERIFY(permissions.testFlags(QFile::ReadOwner | QFile::WriteOwner));
    QCOMPARE(permissions & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                            QFile::ReadOther | QFile::WriteOther | QFile::ExeOther),
             QFile::Permissions());
}

void TestBulletinPdf::rendersOffTheGuiThread()
{
    // The page renders on a worker thread: QPdfWriter, QTextDocument, fonts and the chart
    // scene work there, without a warning.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    const QString path = m_dir.filePath(QStringLiteral("thread.pdf"));
    BulletinRenderResult result;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        result = writeBulletinPdf(fixture::monthlyBulletin(BulletinVersion::Internal, 30), path);
    }));
    thread->start();
    // Charts are recorded on this thread: keep its event loop running, as the page does.
    QTRY_VERIFY_WITH_TIMEOUT(thread->isFinished(), 300000);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(pdfprobe::text(path).contains(QStringLiteral("近12个月评价量及满意率")));
}

void TestBulletinPdf::cancelLeavesNoFile()
{
    std::atomic_bool cancel = false;
    BulletinRenderControl control;
    control.cancel = &cancel;
    control.progress = [&](int step, int) {
        if (step >= 2)
            cancel = true;
    };
    const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    const BulletinRenderResult result = writeBulletinPdf(
        fixture::monthlyBulletin(BulletinVersion::Internal, 150), path, {}, control);
    QCOMPARE(result.status, BulletinRenderResult::Status::Cancelled);
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("cancelled*")}).size(), 0);
}

void TestBulletinPdf::progressReachesTheEnd()
{
    QList<int> steps;
    int total = 0;
    BulletinRenderControl control;
    control.progress = [&](int step, int of) {
        steps << step;
        total = of;
    };
    const QString path = m_dir.filePath(QStringLiteral("progress.pdf"));
    const BulletinRenderResult result =
        writeBulletinPdf(fixture::gridBulletin(31), path, {}, control);
    QVERIFY(result.ok());
    // Text on 3 pages, the 版记 on an even page 4 (twentyTwoLinesPerPage): layout + 4 pages.
    QCOMPARE(result.pageCount, 4);
    QCOMPARE(total, 5);
    QCOMPARE(steps, (QList<int>{1, 2, 3, 4, 5}));
}

void TestBulletinPdf::unwritablePathSaysSo()
{
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/x.pdf"));
    const BulletinRenderResult result = writeBulletinPdf(fixture::gridBulletin(3), path);
    QCOMPARE(result.status, BulletinRenderResult::Status::Failed);
    QVERIFY2(result.error.contains(path), qPrintable(result.error));
}

QTEST_MAIN(TestBulletinPdf)
#include "tst_bulletinpdf.moc"
