// SPDX-License-Identifier: GPL-3.0-or-later
// A body table longer than a page (as the internal version's integrity table of every
// department) in the PDF: split between pages with every row exactly once and the header
// row on each page, its rows inside the 版心 (measured on the rendered pages), the text
// after it on the page where it ends; the preview has the same pages. Expected rows come
// from the content (fixture::integrityTable), positions from GB/T 9704 and the table's
// measures (小4号 lines of 1.3, 0.6 mm padding).

#include "BulletinFixture.h"
#include "PdfProbe.h"

#include "models/reports/BulletinPageRecording.h"
#include "models/reports/BulletinPdf.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace pingjia;

namespace {

using pdfprobe::isDark;
using pdfprobe::kDpi;
using pdfprobe::pxToMm;

constexpr int kRows = 80; // about three pages
constexpr double kTop = 37, kTextHeight = 225, kTextWidth = 156;
// A one-line row: 12 pt × 1.3 and 0.6 mm padding above and below.
constexpr double kRowMm = 12 * 1.3 * 25.4 / 72 + 2 * 0.6;

// 版心 left edge: 订口 28 mm on odd pages, 210 - 28 - 156 on even ones (double-sided).
double textLeft(int pageNumber)
{
    return pageNumber % 2 ? 28 : 210 - 28 - kTextWidth;
}

struct Box {
    double left = 1e9, right = -1, top = 1e9, bottom = -1;
};

// Bounding box (mm) of the dark pixels above `maxYMm` (the page number is below it).
Box inkAbove(const QImage &page, double maxYMm)
{
    Box box;
    const int maxY = std::min(page.height(), int(maxYMm * kDpi / 25.4));
    for (int y = 0; y < maxY; ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(page.constScanLine(y));
        for (int x = 0; x < page.width(); ++x) {
            if (!isDark(line[x]))
                continue;
            box.left = std::min(box.left, pxToMm(x));
            box.right = std::max(box.right, pxToMm(x + 1));
            box.top = std::min(box.top, pxToMm(y));
            box.bottom = std::max(box.bottom, pxToMm(y + 1));
        }
    }
    return box;
}

// A row as pdftotext -layout prints it: its cells on one line, apart.
QRegularExpression rowLine(const QStringList &row)
{
    QStringList cells;
    for (const QString &cell : row)
        cells << QRegularExpression::escape(cell);
    return QRegularExpression(QStringLiteral("^\\s*") + cells.join(QStringLiteral("\\s+")) +
                                  QStringLiteral("\\s*$"),
                              QRegularExpression::MultilineOption);
}

} // namespace

class TestBulletinBodyTable : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void everyRowOnceInOrder();
    void headerAndTitle();
    void rowsInsideTheTextBlock();
    void textFollowsTheTable();
    void previewHasTheSamePages();

private:
    struct Found {
        int page = 0; // 1-based
        qsizetype offset = -1;
    };

    QTemporaryDir m_dir;
    BulletinContent m_content;
    BulletinTable m_table;
    QString m_pdf;
    QStringList m_pageTexts; // [page - 1]
    QList<Found> m_rows;     // where each row of m_table is, when exactly once
};

void TestBulletinBodyTable::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_content = fixture::longTableBulletin(kRows);
    m_table = fixture::integrityTable(kRows);
    m_pdf = m_dir.filePath(QStringLiteral("bodytable.pdf"));
    const BulletinRenderResult result = writeBulletinPdf(m_content, m_pdf);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const int pages = pdfprobe::pageCount(m_pdf);
    QCOMPARE(pages, result.pageCount);
    for (int p = 1; p <= pages; ++p)
        m_pageTexts << pdfprobe::layoutText(m_pdf, p, p);
    for (const QStringList &row : m_table.rows) {
        const QRegularExpression line = rowLine(row);
        Found found;
        int count = 0;
        for (int p = 1; p <= pages; ++p) {
            for (auto it = line.globalMatch(m_pageTexts.at(p - 1)); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                found = {p, m.capturedStart()};
                ++count;
            }
        }
        m_rows << (count == 1 ? found : Found{});
    }
}

void TestBulletinBodyTable::everyRowOnceInOrder()
{
    for (int r = 0; r < kRows; ++r) {
        QVERIFY2(
            m_rows.at(r).page > 0,
            qPrintable(QStringLiteral("row %1 not exactly once").arg(m_table.rows.at(r).at(0))));
        if (r > 0) {
            const Found &a = m_rows.at(r - 1), &b = m_rows.at(r);
            QVERIFY2(b.page > a.page || (b.page == a.page && b.offset > a.offset),
                     qPrintable(m_table.rows.at(r).at(0)));
        }
    }
    // Longer than a page: over three pages at least (31 rows fit under the header).
    QVERIFY2(
        m_rows.last().page - m_rows.first().page >= 2,
        qPrintable(QStringLiteral("%1 to %2").arg(m_rows.first().page).arg(m_rows.last().page)));
}

void TestBulletinBodyTable::headerAndTitle()
{
    // The header row once on every page of the table, above that page's first row; the
    // title once, above the header on the first page.
    const QString title = pdfprobe::normalized(m_table.title.mid(m_table.title.indexOf(u' ') + 2));
    QCOMPARE(m_pageTexts.join(QString()).count(title), 1);
    for (int p = m_rows.first().page; p <= m_rows.last().page; ++p) {
        const QString &text = m_pageTexts.at(p - 1);
        qsizetype firstRow = -1;
        for (const Found &f : m_rows) {
            if (f.page == p && (firstRow < 0 || f.offset < firstRow))
                firstRow = f.offset;
        }
        for (const QString &head : {QStringLiteral("疑点数"), QStringLiteral("已排除")}) {
            QVERIFY2(text.count(head) == 1, qPrintable(QStringLiteral("page %1").arg(p)));
            QVERIFY2(text.indexOf(head) < firstRow, qPrintable(QStringLiteral("page %1").arg(p)));
        }
        if (p == m_rows.first().page)
            QVERIFY(text.indexOf(title) >= 0 && text.indexOf(title) < text.indexOf(u"疑点数"));
    }
}

void TestBulletinBodyTable::rowsInsideTheTextBlock()
{
    const int first = m_rows.first().page, last = m_rows.last().page;
    for (int p = first; p <= last; ++p) {
        const QImage page = pdfprobe::renderPage(m_pdf, p, kDpi);
        QVERIFY(!page.isNull());
        // Above the page number (7 mm below the 版心): ink only inside the 版心.
        const Box ink =
            inkAbove(page.convertToFormat(QImage::Format_RGB32), kTop + kTextHeight + 5);
        const double left = textLeft(p);
        const QString where = QStringLiteral("page %1: ink %2..%3 × %4..%5 mm")
                                  .arg(p)
                                  .arg(ink.left)
                                  .arg(ink.right)
                                  .arg(ink.top)
                                  .arg(ink.bottom);
        QVERIFY2(ink.left >= left - 1 && ink.right <= left + kTextWidth + 1, qPrintable(where));
        QVERIFY2(ink.top >= kTop - 1 && ink.bottom <= kTop + kTextHeight + 1, qPrintable(where));
        if (p == first || p == last)
            continue;
        // A page of rows alone: the table's rules at both edges of the 版心, from its top,
        // and rows down to less than one row above its foot.
        QVERIFY2(std::abs(ink.left - left) <= 1 && std::abs(ink.right - (left + kTextWidth)) <= 1,
                 qPrintable(where));
        QVERIFY2(std::abs(ink.top - kTop) <= 1, qPrintable(where));
        QVERIFY2(ink.bottom >= kTop + kTextHeight - kRowMm - 1, qPrintable(where));
    }
}

void TestBulletinBodyTable::textFollowsTheTable()
{
    // On the page of the last row, under it: the table's note, then the paragraph after
    // the table (not pushed to a new page).
    const Found &last = m_rows.last();
    const QString &text = m_pageTexts.at(last.page - 1);
    const qsizetype note = text.indexOf(pdfprobe::normalized(m_table.note.left(12)));
    const qsizetype after = text.indexOf(pdfprobe::normalized(fixture::kAfterTable));
    QVERIFY2(note > last.offset, qPrintable(text));
    QVERIFY2(after > note, qPrintable(text));
}

void TestBulletinBodyTable::previewHasTheSamePages()
{
    const BulletinRecordedPages recorded = recordBulletinPages(m_content, 96);
    QVERIFY(recorded.result.ok());
    QCOMPARE(recorded.pages.size(), m_pageTexts.size());
}

QTEST_MAIN(TestBulletinBodyTable)
#include "tst_bulletinbodytable.moc"
