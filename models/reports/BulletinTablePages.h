// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A long table (the ranking appendix, ~1,000 rows at province scale) laid out for the
// printed page: every cell is a QTextLayout of Qt's text engine (wrapped within its
// column), rows are split between pages of the 版心 and the header row repeats on each.
// A QTextTable of that size costs Qt's document layout seconds (it re-paginates the whole
// table and walks every cell for every page painted); this costs one layout per cell.
// Lengths are device units of the paint device given.

#include "models/reports/BulletinContent.h"
#include "models/reports/BulletinFonts.h"

#include <QFont>
#include <QList>

#include <memory>
#include <unordered_map>
#include <vector>

class QPainter;
class QPaintDevice;
class QTextLayout;

namespace pingjia {

// Width in ems: CJK characters one, digits and Latin letters a generous 0.6.
double bulletinVisualChars(const QString &text);

// Relative column widths of a table: a column is as wide as its longest text (CJK counts
// one em, other characters 0.6), within bounds. Shared by the printed table and the ODT.
QList<double> bulletinColumnWeights(const BulletinTable &table);

class BulletinTablePages {
public:
    BulletinTablePages(const BulletinTable &table, const BulletinFonts &fonts, QPaintDevice &device,
                       double width);
    ~BulletinTablePages();
    BulletinTablePages(const BulletinTablePages &) = delete;
    BulletinTablePages &operator=(const BulletinTablePages &) = delete;

    // Splits the rows (and the note under the table) between pages: `firstHeight` free on
    // the first page, `pageHeight` on the next ones. Returns the number of pages (≥ 1).
    int paginate(double firstHeight, double pageHeight);
    int pageCount() const { return int(m_pages.size()); }
    // Height of the header row and the first row (the note when there are no rows): what
    // a page must have free for the table to start on it.
    double startHeight() const;
    // Height used on page `page` (0-based, of this table), from its top.
    double usedHeight(int page) const;
    // Paints page `page` with its top left at (0, top) of the painter.
    void paint(QPainter &painter, int page, double top) const;

private:
    struct Row {
        std::vector<const QTextLayout *> cells; // owned by m_layouts
        double height = 0;
    };
    struct CellLayout {
        std::unique_ptr<QTextLayout> layout;
        int lines = 1;
    };
    struct Page {
        int firstRow = 0; // rows [firstRow, endRow) of m_rows (0 is the header row)
        int endRow = 0;
        bool note = false;  // the note is under the rows of this page
        bool header = true; // false on a page of the note alone
    };

    Row layoutRow(const QStringList &texts, const QFont &font, bool header);
    const CellLayout &cellLayout(const QString &text, const QFont &font, int column, bool header);
    std::unique_ptr<QTextLayout> layoutText(const QString &text, const QFont &font,
                                            Qt::Alignment align, double width, int *lines);
    double rowsHeight(const Page &page) const;
    void paintRow(QPainter &painter, const Row &row, double y) const;
    void paintRules(QPainter &painter, double top, double bottom,
                    const QList<double> &horizontal) const;

    const BulletinTable &m_table;
    QPaintDevice &m_device;
    double m_unitsPerMm;
    double m_width;
    double m_lineHeight;
    QList<double> m_columnX; // left edge of each column, then the right edge of the table
    std::vector<Row> m_rows; // the header row, then the table's rows
    // One layout per distinct text of a column (header cells apart): a province's appendix
    // repeats "100.00%", "0" and "不参与" thousands of times, and shaping is what costs.
    std::unordered_map<QString, CellLayout> m_layouts;
    std::unique_ptr<QTextLayout> m_note;
    double m_noteHeight = 0;
    std::vector<Page> m_pages;
};

} // namespace pingjia
