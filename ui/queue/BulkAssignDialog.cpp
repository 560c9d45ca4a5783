// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/BulkAssignDialog.h"

#include "ui/queue/DialogFocus.h"
#include "ui/queue/RectificationPlanForm.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pingjia {

BulkAssignDialog::BulkAssignDialog(int selectedCount, const UnitChoices &departments,
                                   const QString &preselected, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("bulkAssignDialog"));
    setWindowTitle(tr("Assign to a department"));
    setMinimumWidth(460);

    auto *intro = new QLabel(tr("A rectification plan is recorded for each of the %n selected "
                                "bad review(s) that is confirmed. The others are listed "
                                "afterwards with the reason.",
                                nullptr, selectedCount),
                             this);
    intro->setWordWrap(true);

    m_plan = new RectificationPlanForm(departments, preselected, this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Assign"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BulkAssignDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BulkAssignDialog::reject);
    connect(m_plan, &RectificationPlanForm::changed, this, &BulkAssignDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_plan);
    layout->addWidget(m_buttons);
    updateState();
}

void BulkAssignDialog::accept()
{
    if (!m_plan->missingInput().isEmpty())
        return;
    QDialog::accept();
}

void BulkAssignDialog::updateState()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_plan->missingInput().isEmpty());
}

void BulkAssignDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    focusFirstField(this, m_buttons);
}

} // namespace pingjia
