// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/PlanDialog.h"

#include "models/domain/PlatformTime.h"
#include "ui/queue/RectificationPlanForm.h"

#include <QFormLayout>

namespace pingjia {

PlanDialog::PlanDialog(const HandlingRecord &record, const UnitChoices &departments,
                       const QString &evaluationDeptCode, QWidget *parent)
    : HandlingActionDialog(ActionType::Plan, record, parent)
{
    if (record.effectiveRectificationDeadline().isValid())
        setIntro(tr("Rectification due by %1.")
                     .arg(formatPlatformTime(record.effectiveRectificationDeadline())));
    m_plan = new RectificationPlanForm(departments, evaluationDeptCode, this);
    form()->addRow(m_plan);
    connect(m_plan, &RectificationPlanForm::changed, this, &PlanDialog::updateState);
    updateState();
}

QJsonObject PlanDialog::payload() const
{
    return m_plan->payload();
}

QString PlanDialog::missingInput() const
{
    return m_plan->missingInput();
}

} // namespace pingjia
