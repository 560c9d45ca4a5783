// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Paints the ranking table: units below the minimum sample greyed (italic), the
// 连续排名靠后 flag in red, a rank moving up green and down red.

#include <QStyledItemDelegate>

namespace pingjia {

class RankingDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace pingjia
