// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the bad-review work queue (差评工单) shows: a filter over the *effective* handling
// state (the pending local overlay on top of the platform's record), evaluated in SQL by
// BadReviewQuery. An empty list or default value means "no restriction".

#include "models/domain/HandlingState.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace pingjia {

struct BadReviewFilter {
    QList<HandlingState> states; // effective state (overlay, else platform, else derived)

    // Due is about the *running* deadline: the verify deadline while unverified, the
    // effective rectification deadline (delay wins) while confirmed or rectifying.
    enum class Due {
        Any,
        Overdue,   // now > running deadline
        DueToday,  // running deadline in [now, 23:59:59 of today] (UTC+8): not yet overdue
        Within24h, // running deadline in [now, now + 24 h]
    };
    Due due = Due::Any;

    QStringList deptCodes;
    QStringList centerCodes;
    QStringList channelCodes; // the platform's raw `pf` codes
    QStringList taskCodes;    // service items (common-problem drill-down)
    QList<int> levels;        // normalized 1..2
    QDate from;               // assessTime on or after this day (UTC+8); null = open
    QDate to;                 // assessTime on or before this day (UTC+8); null = open

    enum class Validity { Any, Valid, Invalid };
    Validity validity = Validity::Any;

    QString text; // comment contains it (any substring ≥ 2 characters via bigram index)

    // 待我审批: a request (invalid or delay) is pending and its requester is not this
    // user, so this user may approve or reject it. Empty = no restriction.
    QString awaitingApprovalBy;
    bool awaitingFollowUp = false;  // effective state rectified (回访 due)
    bool pendingUploadOnly = false; // local actions not yet acknowledged by the platform
    bool delayedOnly = false;       // a delay approved (delayDeadline set) or pending

    // Drill-down from a statistic: exactly these evaluations (nullopt = no restriction;
    // an empty list matches nothing).
    std::optional<QStringList> evalIds;

    bool operator==(const BadReviewFilter &) const = default;
};

// The saved views of the queue page.
enum class SavedView {
    Unverified,         // 待核实: unverified
    DueToday,           // 今日到期: running deadline today, not yet passed
    Overdue,            // 已逾期
    AwaitingMyApproval, // 待我审批
    AwaitingFollowUp,   // 待回访: rectified
};

inline constexpr SavedView kAllSavedViews[] = {SavedView::Unverified, SavedView::DueToday,
                                               SavedView::Overdue, SavedView::AwaitingMyApproval,
                                               SavedView::AwaitingFollowUp};

// `me` is the signed-in user (used by AwaitingMyApproval).
BadReviewFilter savedViewFilter(SavedView view, const QString &me);
// Translated label ("Unverified", "Due today", …).
QString savedViewName(SavedView view);

} // namespace pingjia

Q_DECLARE_METATYPE(pingjia::BadReviewFilter)
