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
    // `preselected`: the department most selected rows belong to (empty: none).
    BulkAssignDialog(int selectedCount, const UnitChoices &departments,
                     const QString &preselected = {}, QWidget *parent = nullptr);

    RectificationPlanForm *planForm() const { return m_plan; }

public slots:
    void accept() override;

protected:
    void showEvent(QShowEvent *event) override; // the cursor in the first field

private:
    void updateState();

    RectificationPlanForm *m_plan = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pingjia
