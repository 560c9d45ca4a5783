// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/RevealReasonDialog.h"

#include "ui/queue/DialogFocus.h"
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pingjia {

RevealReasonDialog::RevealReasonDialog(const QString &evalId, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("revealReasonDialog"));
    setWindowTitle(tr("Reveal evaluator data · %1").arg(evalId));

    auto *intro = new QLabel(tr("The evaluator's name, mobile number and ID number are "
                                "protected. Say why you need them: your name, the time and "
                                "the reason are recorded."),
                             this);
    intro->setWordWrap(true);

    // The common purposes first, so the log reads consistently; details go below.
    m_purpose = new QComboBox(this);
    m_purpose->setObjectName(QStringLiteral("purpose"));
    m_purpose->addItem(tr("— choose —"));
    m_purpose->addItem(tr("Verification call to the evaluator"));
    m_purpose->addItem(tr("Follow-up visit after rectification"));
    m_purpose->addItem(tr("Other (explain below)"));

    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(90);

    auto *form = new QFormLayout;
    form->addRow(tr("&Purpose:"), m_purpose);
    form->addRow(tr("&Details:"), m_reason);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Reveal"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RevealReasonDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RevealReasonDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_purpose, &QComboBox::currentIndexChanged, this, &RevealReasonDialog::updateState);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &RevealReasonDialog::updateState);
    updateState();
}

QString RevealReasonDialog::reason() const
{
    const QString details = m_reason->toPlainText().trimmed();
    const int purpose = m_purpose->currentIndex();
    // "Other" says nothing by itself: only the details count then.
    if (purpose <= 0 || purpose == m_purpose->count() - 1)
        return details;
    return details.isEmpty() ? m_purpose->currentText()
                             : tr("%1: %2").arg(m_purpose->currentText(), details);
}

void RevealReasonDialog::accept()
{
    if (reason().isEmpty())
        return;
    QDialog::accept();
}

void RevealReasonDialog::updateState()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty());
}

void RevealReasonDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    focusFirstField(this, m_buttons);
}

} // namespace pingjia
