// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/TimelineColumns.h"

#include <QEvent>
#include <QHeaderView>
#include <QStyle>
#include <QTreeWidget>

#include <algorithm>
#include <numeric>

namespace pingjia {

TimelineColumns::TimelineColumns(QTreeWidget *tree, int fixedColumn)
    : QObject(tree), m_tree(tree), m_fixed(fixedColumn)
{
    QHeaderView *header = tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    tree->viewport()->installEventFilter(this);
}

bool TimelineColumns::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

void TimelineColumns::fit()
{
    QHeaderView *header = m_tree->header();
    const int columns = header->count();
    // As Qt lays them out: a header's text between two header margins, a cell's between
    // two focus-frame margins (QCommonStyle's text margin), plus a pixel of slack each.
    const int headerMargins =
        2 * m_tree->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 2;
    const int cellMargins =
        2 * (m_tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_tree) + 1) + 2;
    QList<int> least(columns), want(columns);
    for (int c = 0; c < columns; ++c) {
        const QString title = m_tree->headerItem()->text(c);
        least[c] = header->fontMetrics().horizontalAdvance(title) + headerMargins;
        want[c] = least[c];
        for (int row = 0; row < m_tree->topLevelItemCount(); ++row) {
            const QTreeWidgetItem *item = m_tree->topLevelItem(row);
            const QFontMetrics metrics(item->font(c));
            want[c] = std::max(want[c], metrics.horizontalAdvance(item->text(c)) + cellMargins);
        }
    }
    least[m_fixed] = want[m_fixed];
    const int available = m_tree->viewport()->width();
    const int wanted = std::accumulate(want.cbegin(), want.cend(), 0);
    QList<int> width = want;
    if (wanted <= available) {
        width[columns - 1] += available - wanted; // the room left goes to the last column
    } else {
        // Each flexible column gives up its share of the excess, in proportion to what it
        // can give (its wish above its header), never below its header.
        const int excess = wanted - available;
        int giveable = 0;
        for (int c = 0; c < columns; ++c)
            giveable += want[c] - least[c];
        for (int c = 0; c < columns && giveable > 0; ++c) {
            const int share = int(qint64(excess) * (want[c] - least[c]) / giveable + 1);
            width[c] = std::max(least[c], want[c] - share);
        }
    }
    for (int c = 0; c < columns; ++c)
        header->resizeSection(c, width[c]);
}

} // namespace pingjia
