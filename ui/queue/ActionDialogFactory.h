// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which dialog asks for which action. Approve and reject share one review dialog per
// kind of request (the decision is a field of it), so ApproveInvalid / RejectInvalid
// open ReviewInvalidDialog and ApproveDelay / RejectDelay open ReviewDelayDialog.

#include "models/domain/HandlingRecord.h"
#include "ui/queue/UnitChoice.h"

#include <memory>

class QWidget;

namespace pingjia {

class HandlingActionDialog;

struct ActionDialogContext {
    HandlingRecord record;      // the effective record the action applies to
    QString me;                 // the current user
    UnitChoices departments;    // for the plan's responsible department
    QString evaluationDeptCode; // preselected in the plan
};

std::unique_ptr<HandlingActionDialog>
createActionDialog(ActionType type, const ActionDialogContext &context, QWidget *parent);

} // namespace pingjia
