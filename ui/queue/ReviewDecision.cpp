// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/ReviewDecision.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace pingjia {

ReviewDecision::ReviewDecision(const QString &approveText, const QString &rejectText,
                               QWidget *parent)
    : QWidget(parent)
{
    m_approve = new QRadioButton(approveText, this);
    m_approve->setObjectName(QStringLiteral("approve"));
    m_reject = new QRadioButton(rejectText, this);
    m_reject->setObjectName(QStringLiteral("reject"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_approve);
    group->addButton(m_reject);

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(90);

    auto *choices = new QVBoxLayout;
    choices->addWidget(m_approve);
    choices->addWidget(m_reject);
    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("Decision:"), choices);
    layout->addRow(tr("&Note:"), m_note);

    connect(group, &QButtonGroup::buttonToggled, this, [this] {
        m_note->setPlaceholderText(m_reject->isChecked() ? tr("Required: why it is rejected")
                                                         : tr("Optional"));
        emit changed();
    });
    connect(m_note, &QPlainTextEdit::textChanged, this, &ReviewDecision::changed);
}

bool ReviewDecision::isDecided() const
{
    return m_approve->isChecked() || m_reject->isChecked();
}

bool ReviewDecision::approves() const
{
    return m_approve->isChecked();
}

QString ReviewDecision::note() const
{
    return m_note->toPlainText().trimmed();
}

QString ReviewDecision::missingInput() const
{
    if (!isDecided())
        return tr("Choose approve or reject.");
    if (m_reject->isChecked() && note().isEmpty())
        return tr("Say why the request is rejected.");
    return {};
}

} // namespace pingjia
