// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// plan {deptCode, person, measures}: a confirmed bad review gets its rectification plan.

#include "ui/queue/HandlingActionDialog.h"
#include "ui/queue/UnitChoice.h"

namespace pingjia {

class RectificationPlanForm;

class PlanDialog : public HandlingActionDialog {
    Q_OBJECT
public:
    PlanDialog(const HandlingRecord &record, const UnitChoices &departments,
               const QString &evaluationDeptCode, QWidget *parent = nullptr);

    QJsonObject payload() const override;
    QString missingInput() const override;

    RectificationPlanForm *planForm() const { return m_plan; }

private:
    RectificationPlanForm *m_plan = nullptr;
};

} // namespace pingjia
