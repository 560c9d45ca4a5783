// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/ActionDialogFactory.h"

#include "ui/queue/FollowUpDialog.h"
#include "ui/queue/PlanDialog.h"
#include "ui/queue/RequestDelayDialog.h"
#include "ui/queue/RequestInvalidDialog.h"
#include "ui/queue/ReviewDelayDialog.h"
#include "ui/queue/ReviewInvalidDialog.h"
#include "ui/queue/TextActionDialog.h"

namespace pingjia {

std::unique_ptr<HandlingActionDialog>
createActionDialog(ActionType type, const ActionDialogContext &context, QWidget *parent)
{
    const HandlingRecord &r = context.record;
    switch (type) {
    case ActionType::Verify:
    case ActionType::Complete:
    case ActionType::Reopen:
        return std::make_unique<TextActionDialog>(type, r, parent);
    case ActionType::RequestInvalid:
        return std::make_unique<RequestInvalidDialog>(r, parent);
    case ActionType::ApproveInvalid:
    case ActionType::RejectInvalid:
        return std::make_unique<ReviewInvalidDialog>(r, context.me, parent);
    case ActionType::Plan:
        return std::make_unique<PlanDialog>(r, context.departments, context.evaluationDeptCode,
                                            parent);
    case ActionType::RequestDelay:
        return std::make_unique<RequestDelayDialog>(r, parent);
    case ActionType::ApproveDelay:
    case ActionType::RejectDelay:
        return std::make_unique<ReviewDelayDialog>(r, context.me, parent);
    case ActionType::FollowUp:
        return std::make_unique<FollowUpDialog>(r, parent);
    }
    return nullptr;
}

} // namespace pingjia
