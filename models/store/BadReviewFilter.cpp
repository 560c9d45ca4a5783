// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/BadReviewFilter.h"

namespace pingjia {

BadReviewFilter savedViewFilter(SavedView view, const QString &me)
{
    BadReviewFilter f;
    switch (view) {
    case SavedView::Unverified:
        f.states = {HandlingState::Unverified};
        break;
    case SavedView::DueToday:
        f.due = BadReviewFilter::Due::DueToday;
        break;
    case SavedView::Overdue:
        f.due = BadReviewFilter::Due::Overdue;
        break;
    case SavedView::AwaitingMyApproval:
        f.awaitingApprovalBy = me;
        // Nobody signed in approves nothing (an empty name would mean "no restriction").
        if (me.isEmpty())
            f.evalIds = QStringList{};
        break;
    case SavedView::AwaitingFollowUp:
        f.awaitingFollowUp = true;
        break;
    }
    return f;
}

QString savedViewName(SavedView view)
{
    switch (view) {
    case SavedView::Unverified:
        return QCoreApplication::translate("pingjia::SavedView", "Unverified");
    case SavedView::DueToday:
        return QCoreApplication::translate("pingjia::SavedView", "Due today");
    case SavedView::Overdue:
        return QCoreApplication::translate("pingjia::SavedView", "Overdue");
    case SavedView::AwaitingMyApproval:
        return QCoreApplication::translate("pingjia::SavedView", "Awaiting my approval");
    case SavedView::AwaitingFollowUp:
        return QCoreApplication::translate("pingjia::SavedView", "Awaiting follow-up visit");
    }
    return {};
}

} // namespace pingjia
