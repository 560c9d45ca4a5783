// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Paints the queue's marks so that none relies on colour alone: an overdue row is
// tinted and its overdue cell carries a warning icon and the word; a row with actions
// not yet acknowledged shows an upload icon next to its state; estimated deadlines keep
// their "(est.)" text. Everything is read from BadReviewQueueModel roles at paint time,
// so the countdowns move with each repaint and the model emits nothing.

#include <QStyledItemDelegate>

namespace pingjia {

class QueueRowDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace pingjia
