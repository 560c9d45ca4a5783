// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ShellPage.h"

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
    m_note->setMaximumWidth(520);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addWidget(m_note, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

QString ShellPage::noteText() const
{
    return m_note->text();
}

} // namespace pingjia
