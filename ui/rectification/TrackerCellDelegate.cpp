// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rectification/TrackerCellDelegate.h"

#include <QApplication>
#include <QStyle>

namespace pingjia {

namespace {
const QColor kAlert(0xb3, 0x26, 0x1e);
}

TrackerCellDelegate::TrackerCellDelegate(Roles roles, QObject *parent)
    : QStyledItemDelegate(parent), m_roles(roles)
{
}

void TrackerCellDelegate::initStyleOption(QStyleOptionViewItem *option,
                                          const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    const QVariant count = m_roles.count >= 0 ? index.data(m_roles.count) : QVariant();
    if (count.isValid()) {
        const qint64 n = count.toLongLong();
        if (n == 0) {
            option->palette.setColor(QPalette::Text,
                                     option->palette.color(QPalette::PlaceholderText));
        } else if (index.column() == m_roles.alertColumn) {
            option->font.setBold(true);
            option->palette.setColor(QPalette::Text, kAlert);
        }
    }
    if (m_roles.total >= 0 && index.data(m_roles.total).toBool())
        option->font.setBold(true);
    if (m_roles.recurring >= 0 && index.data(m_roles.recurring).toBool()) {
        option->font.setBold(true);
        option->icon = style->standardIcon(QStyle::SP_BrowserReload);
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
    if (m_roles.reached >= 0 && index.column() == m_roles.reachedColumn) {
        const bool reached = index.data(m_roles.reached).toBool();
        option->icon = style->standardIcon(reached ? QStyle::SP_DialogApplyButton
                                                   : QStyle::SP_DialogCancelButton);
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->font.setBold(!reached);
    }
}

} // namespace pingjia
