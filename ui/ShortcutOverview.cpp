// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ShortcutOverview.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pingjia {

namespace {

struct Shortcut {
    const char *keys; // portable text (QKeySequence::PortableText)
    const char *what;
};

struct Group {
    const char *title;
    QList<Shortcut> shortcuts;
};

// Context "pingjia::ShortcutOverview" in the translation files.

const QList<Group> &groups()
{
    static const QList<Group> list = {
        {QT_TRANSLATE_NOOP("pingjia::ShortcutOverview", "Everywhere"),
         {{"Ctrl+1", QT_TRANSLATE_NOOP("pingjia::ShortcutOverview", "Overview")},
          {"Ctrl+2", QT_TRANSLATE_NOOP("pingjia::ShortcutOverview", "Bad-review queue")},
          {"Ctrl+3", QT_TRANSLATE_NOOP("pingjia::ShortcutOverview", "Rectification tracker")},
          {"Ctrl+4", QT_TRANSLATE_NOOP("pingjia::ShortcutOverview", "Rankings")},
          {"Ctrl+5", QT_TRANSLATE_NOOP("pingjia::ShortcutOverview", "Monthly bulletins")},
          {"Ctrl+6", QT_TRANSLATE_NOOP("pingjia::ShortcutOverview", "Sync & settings")},
          {"F1", QT_TRANSLATE_NOOP("pingjia::ShortcutOverview", "This overview of shortcuts")},
          {"Ctrl+Q", QT_TRANSLATE_NOOP("pingjia::ShortcutOverview", "Quit")}}},
        {QT_TRANSLATE_NOOP("pingjia::ShortcutOverview", "Bad-review queue"),
         {{"Ctrl+F", QT_TRANSLATE_NOOP("pingjia::ShortcutOverview", "Search the comments")},
          {"Alt+0", QT_TRANSLATE_NOOP("pingjia::ShortcutOverview", "All bad reviews")},
          {"Alt+1", QT_TRANSLATE_NOOP("pingjia::ShortcutOverview", "Saved view 1: unverified")},
          {"Alt+2", QT_TRANSLATE_NOOP("pingjia::ShortcutOverview", "Saved view 2: due today")},
          {"Alt+3", QT_TRANSLATE_NOOP("pingjia::ShortcutOverview", "Saved view 3: overdue")},
          {"Alt+4",
           QT_TRANSLATE_NOOP("pingjia::ShortcutOverview", "Saved view 4: awaiting my approval")},
          {"Alt+5", QT_TRANSLATE_NOOP("pingjia::ShortcutOverview",
                                      "Saved view 5: awaiting the follow-up visit")},
          {"Return", QT_TRANSLATE_NOOP("pingjia::ShortcutOverview",
                                       "Open the detail of the row (Esc: back to the table)")},
          {"V", QT_TRANSLATE_NOOP("pingjia::ShortcutOverview", "Verify")},
          {"I", QT_TRANSLATE_NOOP("pingjia::ShortcutOverview", "Request invalid")},
          {"A", QT_TRANSLATE_NOOP("pingjia::ShortcutOverview", "Review a pending request")},
          {"P", QT_TRANSLATE_NOOP("pingjia::ShortcutOverview", "Plan rectification")},
          {"C", QT_TRANSLATE_NOOP("pingjia::ShortcutOverview", "Complete the rectification")},
          {"D", QT_TRANSLATE_NOOP("pingjia::ShortcutOverview",
                                  "Request a delay, or report that it cannot be rectified")},
          {"F", QT_TRANSLATE_NOOP("pingjia::ShortcutOverview", "Follow-up visit")},
          {"R", QT_TRANSLATE_NOOP("pingjia::ShortcutOverview", "Reopen")},
          {"B", QT_TRANSLATE_NOOP("pingjia::ShortcutOverview",
                                  "Assign the selected rows to a department")},
          {"Alt+E",
           QT_TRANSLATE_NOOP("pingjia::ShortcutOverview",
                             "Reveal the evaluator's data (a reason is asked and logged)")},
          {"F6", QT_TRANSLATE_NOOP("pingjia::ShortcutOverview", "Show or hide the detail panel")},
          {"Ctrl+P", QT_TRANSLATE_NOOP("pingjia::ShortcutOverview", "Print the queue as shown")},
          {"Ctrl+E",
           QT_TRANSLATE_NOOP("pingjia::ShortcutOverview", "Export the queue as shown to Excel")},
          {"Ctrl+Shift+E",
           QT_TRANSLATE_NOOP("pingjia::ShortcutOverview", "Export the queue as shown as CSV")},
          {"F5", QT_TRANSLATE_NOOP("pingjia::ShortcutOverview", "Refresh")}}},
        {QT_TRANSLATE_NOOP("pingjia::ShortcutOverview", "Dialogs"),
         {{"Ctrl+Return", QT_TRANSLATE_NOOP("pingjia::ShortcutOverview", "Confirm")},
          {"Esc", QT_TRANSLATE_NOOP("pingjia::ShortcutOverview", "Cancel")}}},
        {QT_TRANSLATE_NOOP("pingjia::ShortcutOverview", "Sync & settings"),
         {{"F5", QT_TRANSLATE_NOOP("pingjia::ShortcutOverview", "Sync now")},
          {"Esc", QT_TRANSLATE_NOOP("pingjia::ShortcutOverview", "Cancel the sync")}}},
    };
    return list;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("pingjia::ShortcutOverview", text);
}

} // namespace

ShortcutOverview::ShortcutOverview(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutOverview"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table = new QTreeWidget(this);
    m_table->setObjectName(QStringLiteral("shortcutTable"));
    m_table->setColumnCount(2);
    m_table->setHeaderLabels({tr("Keys"), tr("What it does")});
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    for (const Group &g : groups()) {
        auto *group = new QTreeWidgetItem(m_table, {translated(g.title)});
        group->setFirstColumnSpanned(true);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        for (const Shortcut &s : g.shortcuts) {
            const QKeySequence key(QString::fromLatin1(s.keys), QKeySequence::PortableText);
            auto *item = new QTreeWidgetItem(
                group, {key.toString(QKeySequence::NativeText), translated(s.what)});
            item->setData(0, Qt::UserRole, QString::fromLatin1(s.keys));
        }
        group->setExpanded(true);
    }
    m_table->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->header()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(560, 620);
    m_table->setFocus();
}

QStringList ShortcutOverview::keys() const
{
    QStringList out;
    for (int g = 0; g < m_table->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_table->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            out << group->child(i)->data(0, Qt::UserRole).toString();
    }
    return out;
}

} // namespace pingjia
