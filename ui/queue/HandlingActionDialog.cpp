// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/HandlingActionDialog.h"

#include "ui/queue/DialogFocus.h"
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace pingjia {

HandlingActionDialog::HandlingActionDialog(ActionType type, const HandlingRecord &record,
                                           QWidget *parent)
    : QDialog(parent), m_type(type), m_record(record)
{
    setObjectName(QStringLiteral("actionDialog-") + toString(type));
    setWindowTitle(tr("%1 · %2").arg(actionTypeName(type), record.evalId));
    setMinimumWidth(460);

    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("intro"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->hide();

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_missing = new QLabel(this);
    m_missing->setObjectName(QStringLiteral("missingInput"));
    m_missing->setWordWrap(true);
    m_missing->setForegroundRole(QPalette::PlaceholderText);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(actionTypeName(type));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &HandlingActionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &HandlingActionDialog::reject);

    // Multi-line fields swallow Enter, so Ctrl+Enter confirms from anywhere.
    auto *confirm = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(confirm, &QShortcut::activated, this, &HandlingActionDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_missing);
    layout->addWidget(m_buttons);
}

QPushButton *HandlingActionDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void HandlingActionDialog::accept()
{
    updateState();
    if (!isComplete())
        return;
    QDialog::accept();
}

void HandlingActionDialog::updateState()
{
    const QString missing = missingInput();
    okButton()->setEnabled(missing.isEmpty());
    m_missing->setText(missing);
    m_missing->setVisible(!missing.isEmpty());
}

void HandlingActionDialog::setOkText(const QString &text)
{
    okButton()->setText(text);
}

void HandlingActionDialog::setIntro(const QString &text)
{
    m_intro->setText(text);
    m_intro->setVisible(!text.isEmpty());
}

void HandlingActionDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    focusFirstField(this, m_buttons);
}

} // namespace pingjia
