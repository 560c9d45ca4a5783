// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How the tracker's numbers read at a glance, never by colour alone: zeros recede, an
// overdue count is bold and red, a recurring common problem gets an icon and bold, and
// 双归零 reached / not reached an icon next to the word; the total row is bold.

#include <QStyledItemDelegate>

namespace pingjia {

class TrackerCellDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    struct Roles {
        int count = -1;         // qint64 behind a number cell
        int alertColumn = -1;   // the column whose non-zero numbers need attention
        int recurring = -1;     // bool role: a recurring problem
        int reached = -1;       // bool role: double zero reached
        int reachedColumn = -1; // the column showing it
        int total = -1;         // bool role: the total row (bold)
    };

    explicit TrackerCellDelegate(Roles roles, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    Roles m_roles;
};

} // namespace pingjia
