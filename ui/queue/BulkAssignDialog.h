// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Assigns several selected bad reviews to one department at once: a plan for each.
// Rows that cannot be planned (not confirmed, or refused) are reported afterwards by
// the page; this dialog only gathers the plan.

#include "ui/queue/UnitChoice.h"

#include <QDialog>

class QDialogButtonBox;

namespace pingjia {

class RectificationPlanForm;

class BulkAssignDialog : public QDialog {
    Q_OBJECT
public:
    BulkAssignDialog(int selectedCount, const UnitChoices &departments, QWidget *parent = nullptr);

    RectificationPlanForm *planForm() const { return m_plan; }

public slots:
    void accept() override;

private:
    void updateState();

    RectificationPlanForm *m_plan = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pingjia
