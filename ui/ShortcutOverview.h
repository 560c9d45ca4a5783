// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// 帮助 → 快捷键 (F1): every keyboard shortcut of the console in one table, grouped by
// where it works. The keys are the ones the pages install (QueuePage, SyncPanel,
// MainWindow); a test compares this list with the actions the window really has.

#include <QDialog>

class QTreeWidget;

namespace pingjia {

class ShortcutOverview : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutOverview(QWidget *parent = nullptr);

    QTreeWidget *table() const { return m_table; }
    // The key sequences listed (portable text), for tests.
    QStringList keys() const;

private:
    QTreeWidget *m_table = nullptr;
};

} // namespace pingjia
