// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The saved views of the queue (待核实, 今日到期, 已逾期, 待我审批, 待回访) as buttons
// with their counts, plus "All". Alt+1 … Alt+5 pick a view, Alt+0 all bad reviews
// (installShortcuts).

#include "models/store/BadReviewFilter.h"

#include <QMap>
#include <QWidget>

#include <optional>

class QButtonGroup;
class QToolButton;

namespace pingjia {

class SavedViewBar : public QWidget {
    Q_OBJECT
public:
    explicit SavedViewBar(QWidget *parent = nullptr);
    // Alt+0 … Alt+5 while the focus is inside `scope` (the queue page).
    void installShortcuts(QWidget *scope);

    // A count of -1 shows no number (not counted yet, or the count failed).
    void setCount(SavedView view, qint64 count);
    qint64 count(SavedView view) const { return m_counts.value(view, -1); }
    // Marks the view the queue shows (none when the filter is not a saved view).
    void setCurrent(std::optional<SavedView> view, bool all = false);
    QToolButton *button(SavedView view) const { return m_buttons.value(view); }
    QToolButton *allButton() const { return m_all; }

signals:
    void viewChosen(pingjia::SavedView view);
    void allChosen();

private:
    void updateText(SavedView view);

    QMap<SavedView, QToolButton *> m_buttons;
    QMap<SavedView, qint64> m_counts;
    QToolButton *m_all = nullptr;
    QButtonGroup *m_group = nullptr;
};

// "unverified", "due-today", … (object names, tests).
QString savedViewKey(SavedView view);

} // namespace pingjia
