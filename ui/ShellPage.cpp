// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ShellPage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace pingjia {

ShellPage::ShellPage(PageId page, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("shell-") + pageKey(page));

    auto *title = new QLabel(pageTitle(page), this);
    title->setObjectName(QStringLiteral("shellTitle"));
    title->setAlignment(Qt::AlignCenter);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_note = new QLabel(pageArrivalNote(page), this);
    m_note->setObjectName(QStringLiteral("shellNote"));
    m_note->setAlignment(Qt::AlignCenter);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    QFont noteFont = m_note->font();
    noteFont.setPointSizeF(noteFont.pointSizeF() * 1.1);
    m_note->setFont(noteFont);

    // A narrow centred column; nested layouts (not alignment flags) so the wrapped
    // note gets the height it needs for its width.
    auto *column = new QWidget(this);
    column->setMaximumWidth(560);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(title);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(m_note);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

QString ShellPage::noteText() const
{
    return m_note->text();
}

} // namespace pingjia
