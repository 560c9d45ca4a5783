// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/SavedViewBar.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLocale>
#include <QShortcut>
#include <QToolButton>

namespace pingjia {

QString savedViewKey(SavedView view)
{
    switch (view) {
    case SavedView::Unverified:
        return QStringLiteral("unverified");
    case SavedView::DueToday:
        return QStringLiteral("due-today");
    case SavedView::Overdue:
        return QStringLiteral("overdue");
    case SavedView::AwaitingMyApproval:
        return QStringLiteral("awaiting-my-approval");
    case SavedView::AwaitingFollowUp:
        return QStringLiteral("awaiting-follow-up");
    }
    return {};
}

SavedViewBar::SavedViewBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("savedViewBar"));
    m_group = new QButtonGroup(this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    m_all = new QToolButton(this);
    m_all->setObjectName(QStringLiteral("savedView-all"));
    m_all->setText(tr("All bad reviews"));
    m_all->setCheckable(true);
    m_all->setFocusPolicy(Qt::TabFocus);
    m_all->setToolTip(tr("Every bad review in the cache (Alt+0)"));
    m_group->addButton(m_all);
    layout->addWidget(m_all);
    connect(m_all, &QToolButton::clicked, this, &SavedViewBar::allChosen);

    int n = 1;
    for (SavedView view : kAllSavedViews) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("savedView-") + savedViewKey(view));
        button->setCheckable(true);
        button->setFocusPolicy(Qt::TabFocus);
        button->setToolTip(tr("%1 (Alt+%2)").arg(savedViewName(view)).arg(n));
        m_group->addButton(button);
        m_buttons.insert(view, button);
        layout->addWidget(button);
        connect(button, &QToolButton::clicked, this, [this, view] { emit viewChosen(view); });
        updateText(view);
        ++n;
    }
    layout->addStretch(1);
}

void SavedViewBar::installShortcuts(QWidget *scope)
{
    // QShortcut, not QAbstractButton::setShortcut: setText() (the counts) would clear it.
    const auto add = [scope](int digit, QToolButton *button) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + digit)), scope);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, button, &QToolButton::click);
    };
    add(0, m_all);
    int n = 1;
    for (SavedView view : kAllSavedViews)
        add(n++, m_buttons.value(view));
}

void SavedViewBar::setCount(SavedView view, qint64 count)
{
    m_counts.insert(view, count);
    updateText(view);
}

void SavedViewBar::updateText(SavedView view)
{
    const qint64 n = m_counts.value(view, -1);
    QToolButton *button = m_buttons.value(view);
    button->setText(n < 0 ? savedViewName(view)
                          : tr("%1 (%2)").arg(savedViewName(view), QLocale().toString(n)));
    // Overdue work is the one number that must stand out without reading it.
    if (view == SavedView::Overdue)
        button->setStyleSheet(n > 0 ? QStringLiteral("QToolButton { color: #b3261e; "
                                                     "font-weight: bold; }")
                                    : QString());
}

void SavedViewBar::setCurrent(std::optional<SavedView> view, bool all)
{
    // An exclusive group cannot uncheck its last button; lift it for a moment.
    m_group->setExclusive(false);
    m_all->setChecked(all && !view);
    for (auto it = m_buttons.begin(); it != m_buttons.end(); ++it)
        it.value()->setChecked(view && *view == it.key());
    m_group->setExclusive(true);
}

} // namespace pingjia
