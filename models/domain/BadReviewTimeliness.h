// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Per bad review, the facts the handling indicators count (000 art.7, 003 art.35(3)).
// IndicatorQuery's SQL mirrors each of these (named in its comments) and
// tests/rankings compares both on the same rows.

#include "models/domain/HandlingRecord.h"

#include <QDateTime>

#include <optional>

namespace pingjia {

// Verified (any outcome: confirmed, mistaken, malicious) at or before verifyDeadline.
bool verifiedByDeadline(const HandlingRecord &record);

// Rectification finished: state rectified or closed.
bool isRectificationDone(HandlingState state);

// When the rectification was completed: the `at` of the last `complete` action, while
// the state is rectified or closed; nullopt otherwise (a reopened record is not done).
std::optional<QDateTime> rectificationCompletedAt(const HandlingRecord &record);

// Completed at or before the effective deadline (the approved delay's when set).
bool rectifiedByDeadline(const HandlingRecord &record);

// Followed up (回访 done): closed.
inline bool isFollowedUp(HandlingState state)
{
    return state == HandlingState::Closed;
}

} // namespace pingjia
