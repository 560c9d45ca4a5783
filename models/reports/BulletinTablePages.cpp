// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reports/BulletinTablePages.h"

#include "models/reports/BulletinPageGeometry.h"
#include "models/reports/LatinFace.h"

#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace pingjia {

using namespace gbt9704;

namespace {

// As the tables of the text flow (BulletinTextDocument): 小4号, 0.5 pt rules, padding.
constexpr double kRuleMm = 0.5 * kPointMm;
constexpr double kPadXMm = 1.0;
constexpr double kPadYMm = 0.6;
constexpr double kLineMm = kTablePt * kPointMm * 1.3;
constexpr double kNoteGapMm = 1.0;

bool isFigure(const QString &text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return c.isDigit() || c == u'.' || c == u',' || c == u'%' || c == u'-' || c == u'+';
    });
}

QFont tableFont(const QString &family)
{
    QFont f(family);
    f.setFamilies({family});
    f.setPointSizeF(kTablePt);
    return f;
}

} // namespace

double bulletinVisualChars(const QString &text)
{
    double width = 0;
    for (QChar c : text)
        width += c.unicode() < 0x2E80 ? 0.6 : 1.0;
    return width;
}

QList<double> bulletinColumnWeights(const BulletinTable &table)
{
    // Weights are in characters of the cell font, plus room for the padding. A long
    // header wraps: only its first six characters count.
    QList<double> weights(table.headers.size(), 2.0);
    auto widen = [&](int column, const QString &text) {
        const double width = bulletinVisualChars(text) + 1.0;
        weights[column] = std::clamp(std::max(weights[column], width), 2.0, 17.0);
    };
    for (int c = 0; c < table.headers.size(); ++c)
        widen(c, table.headers.at(c).left(6));
    for (const QStringList &row : table.rows)
        for (int c = 0; c < row.size() && c < weights.size(); ++c)
            widen(c, row.at(c));
    return weights;
}

BulletinTablePages::BulletinTablePages(const BulletinTable &table, const BulletinFonts &fonts,
                                       QPaintDevice &device, double width)
    : m_table(table), m_device(device), m_unitsPerMm(unitsPerMm(device.logicalDpiY())),
      m_width(width), m_lineHeight(kLineMm * m_unitsPerMm)
{
    const QList<double> weights = bulletinColumnWeights(table);
    double total = 0;
    for (double w : weights)
        total += w;
    double x = 0;
    for (double w : weights) {
        m_columnX << x;
        x += width * w / total;
    }
    m_columnX << width;
    m_rows.reserve(table.rows.size() + 1);
    m_rows.push_back(layoutRow(table.headers, tableFont(fonts.heading), true));
    const QFont cellFont = tableFont(fonts.body);
    for (const QStringList &row : table.rows)
        m_rows.push_back(layoutRow(row, cellFont, false));
    if (!table.note.isEmpty()) {
        int lines = 0;
        m_note = layoutText(table.note, cellFont, Qt::AlignLeft, width, &lines);
        m_noteHeight = kNoteGapMm * m_unitsPerMm + lines * m_lineHeight;
    }
}

BulletinTablePages::~BulletinTablePages() = default;

std::unique_ptr<QTextLayout> BulletinTablePages::layoutText(const QString &text, const QFont &font,
                                                            Qt::Alignment align, double width,
                                                            int *lines)
{
    // Latin runs in the Latin face (LatinFace.h). A cell that is all Latin (most figures)
    // takes it as its font: cheaper than format ranges over the ~10,000 cells of a
    // province's appendix.
    const QList<QTextLayout::FormatRange> latin = latinFaceRanges(text, font.family());
    const bool allLatin = latin.size() == 1 && latin.constFirst().length == text.size();
    QFont cellFont = font;
    if (allLatin)
        cellFont.setFamilies(latinFirstFamilies(font.family()));
    auto layout = std::make_unique<QTextLayout>(text, cellFont, &m_device);
    if (!allLatin)
        layout->setFormats(latin);
    QTextOption option(align);
    // A figure ("99.90%", "1,234") keeps to one line, into the padding if it must: Qt
    // would otherwise break it before the "%" in a narrow column.
    option.setWrapMode(isFigure(text) ? QTextOption::NoWrap
                                      : QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    layout->setCacheEnabled(true);
    layout->beginLayout();
    int n = 0;
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine(), ++n) {
        line.setLineWidth(width);
        // Each line centred in its fixed pitch, as FixedHeight lines of the text flow.
        line.setPosition(QPointF(0, n * m_lineHeight + (m_lineHeight - line.height()) / 2));
    }
    layout->endLayout();
    *lines = std::max(1, n);
    return layout;
}

const BulletinTablePages::CellLayout &
BulletinTablePages::cellLayout(const QString &text, const QFont &font, int column, bool header)
{
    // Same column and kind: same font, width and alignment, so the same layout.
    const QString key = QString::number(header ? -1 - column : column) + QLatin1Char('\t') + text;
    if (auto it = m_layouts.find(key); it != m_layouts.end())
        return it->second;
    const double padX = kPadXMm * m_unitsPerMm;
    const Qt::Alignment align =
        !header && m_table.numericColumns.contains(column) ? Qt::AlignRight : Qt::AlignHCenter;
    CellLayout cell;
    cell.layout = layoutText(
        text, font, align, m_columnX.at(column + 1) - m_columnX.at(column) - 2 * padX, &cell.lines);
    return m_layouts.emplace(key, std::move(cell)).first->second;
}

BulletinTablePages::Row BulletinTablePages::layoutRow(const QStringList &texts, const QFont &font,
                                                      bool header)
{
    Row row;
    int maxLines = 1;
    const int columns = int(m_columnX.size()) - 1;
    row.cells.reserve(columns);
    for (int c = 0; c < columns; ++c) {
        const CellLayout &cell =
            cellLayout(c < texts.size() ? texts.at(c) : QString(), font, c, header);
        row.cells.push_back(cell.layout.get());
        maxLines = std::max(maxLines, cell.lines);
    }
    row.height = maxLines * m_lineHeight + 2 * kPadYMm * m_unitsPerMm;
    return row;
}

int BulletinTablePages::paginate(double firstHeight, double pageHeight)
{
    m_pages.clear();
    const double header = m_rows.front().height;
    double available = firstHeight;
    Page page{1, 1, false};
    double used = header;
    for (int r = 1; r < int(m_rows.size()); ++r) {
        // At least one row a page, however tall.
        if (page.endRow > page.firstRow && used + m_rows.at(r).height > available) {
            m_pages.push_back(page);
            page = Page{r, r, false};
            used = header;
            available = pageHeight;
        }
        used += m_rows.at(r).height;
        page.endRow = r + 1;
    }
    if (m_note) {
        if (page.endRow > page.firstRow && used + m_noteHeight > available) {
            m_pages.push_back(page);
            page = Page{page.endRow, page.endRow, false, false};
        }
        page.note = true;
    }
    m_pages.push_back(page);
    return pageCount();
}

double BulletinTablePages::startHeight() const
{
    const double header = m_rows.front().height;
    return header + (m_rows.size() > 1 ? m_rows.at(1).height : m_noteHeight);
}

double BulletinTablePages::rowsHeight(const Page &page) const
{
    if (!page.header)
        return 0;
    double height = m_rows.front().height;
    for (int r = page.firstRow; r < page.endRow; ++r)
        height += m_rows.at(r).height;
    return height;
}

double BulletinTablePages::usedHeight(int page) const
{
    const Page &p = m_pages.at(page);
    return rowsHeight(p) + (p.note ? m_noteHeight : 0);
}

void BulletinTablePages::paintRow(QPainter &painter, const Row &row, double y) const
{
    const double padX = kPadXMm * m_unitsPerMm;
    for (int c = 0; c < int(row.cells.size()); ++c) {
        const QTextLayout &cell = *row.cells.at(c);
        // Vertically centred in the row.
        const double textHeight = cell.lineCount() * m_lineHeight;
        cell.draw(&painter, QPointF(m_columnX.at(c) + padX, y + (row.height - textHeight) / 2));
    }
}

void BulletinTablePages::paintRules(QPainter &painter, double top, double bottom,
                                    const QList<double> &horizontal) const
{
    const double t = kRuleMm * m_unitsPerMm;
    for (double y : horizontal)
        painter.fillRect(QRectF(-t / 2, y - t / 2, m_width + t, t), Qt::black);
    for (double x : m_columnX)
        painter.fillRect(QRectF(x - t / 2, top, t, bottom - top), Qt::black);
}

void BulletinTablePages::paint(QPainter &painter, int page, double top) const
{
    const Page &p = m_pages.at(page);
    painter.setPen(Qt::black);
    double y = top;
    if (p.header) {
        QList<double> horizontal{y};
        paintRow(painter, m_rows.front(), y);
        y += m_rows.front().height;
        horizontal << y;
        for (int r = p.firstRow; r < p.endRow; ++r) {
            paintRow(painter, m_rows.at(r), y);
            y += m_rows.at(r).height;
            horizontal << y;
        }
        paintRules(painter, top, y, horizontal);
    }
    if (p.note)
        m_note->draw(&painter, QPointF(0, y + kNoteGapMm * m_unitsPerMm));
}

} // namespace pingjia
