// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/QueueRowDelegate.h"

#include "models/itemmodels/BadReviewQueueModel.h"

#include <QApplication>
#include <QStyle>

namespace pingjia {

namespace {

const QColor kOverdueTint(0xfd, 0xe8, 0xe6);
const QColor kOverdueText(0xb3, 0x26, 0x1e);

} // namespace

void QueueRowDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const bool overdue = index.data(BadReviewQueueModel::OverdueRole).toBool();
    const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    if (overdue) {
        option->backgroundBrush = kOverdueTint;
        if (index.column() == BadReviewQueueModel::OverdueColumn) {
            option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning);
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->font.setBold(true);
            option->palette.setColor(QPalette::Text, kOverdueText);
        }
    }
    if (index.column() == BadReviewQueueModel::StateColumn &&
        index.data(BadReviewQueueModel::PendingUploadRole).toBool()) {
        option->icon = style->standardIcon(QStyle::SP_ArrowUp);
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->font.setItalic(true);
    }
}

} // namespace pingjia
