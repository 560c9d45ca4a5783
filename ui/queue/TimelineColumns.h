// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Fits the history table's columns into its width (the detail panel is narrow: about
// 330 pixels at 1280×800). The time column always gets its whole text; the others get
// what their widest cell asks for while there is room, and otherwise shrink, each down to
// its header's width, in proportion to what they would give up. A cell narrower than its
// text is elided and says all of it in its tooltip (the panel sets them). Nothing is
// pushed out to the right, where only a horizontal scroll would reach it.

#include <QObject>

class QTreeWidget;

namespace pingjia {

class TimelineColumns : public QObject {
public:
    // Refits `tree` when its viewport is resized; `fixedColumn` never shrinks.
    TimelineColumns(QTreeWidget *tree, int fixedColumn);
    // After the rows changed.
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTreeWidget *m_tree;
    int m_fixed;
};

} // namespace pingjia
