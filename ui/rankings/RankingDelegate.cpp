// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rankings/RankingDelegate.h"

#include "models/itemmodels/RankingModel.h"

#include <QPalette>

namespace pingjia {

void RankingDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    QColor text;
    if (index.data(RankingModel::BelowMinimumRole).toBool()) {
        text = option->palette.color(QPalette::Disabled, QPalette::Text);
        option->font.setItalic(true);
    } else if (index.column() == RankingModel::FlagColumn &&
               index.data(RankingModel::FlaggedRole).toBool()) {
        text = QColor(0xc6, 0x28, 0x28);
        option->font.setBold(true);
    } else if (index.column() == RankingModel::ChangeColumn) {
        const QVariant change = index.data(RankingModel::RankChangeRole);
        if (!change.isNull() && change.toInt() > 0)
            text = QColor(0x2e, 0x7d, 0x32);
        else if (!change.isNull() && change.toInt() < 0)
            text = QColor(0xc6, 0x28, 0x28);
    }
    if (text.isValid()) {
        option->palette.setColor(QPalette::Text, text);
        option->palette.setColor(QPalette::HighlightedText, text);
    }
}

} // namespace pingjia
