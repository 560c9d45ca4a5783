// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/BadReviewTimeliness.h"

namespace pingjia {

bool verifiedByDeadline(const HandlingRecord &record)
{
    return record.verifiedAt.isValid() && record.verifyDeadline.isValid() &&
           record.verifiedAt <= record.verifyDeadline;
}

bool isRectificationDone(HandlingState state)
{
    return state == HandlingState::Rectified || state == HandlingState::Closed;
}

std::optional<QDateTime> rectificationCompletedAt(const HandlingRecord &record)
{
    if (!isRectificationDone(record.state))
        return std::nullopt;
    const auto complete = record.lastEntry(ActionType::Complete);
    if (!complete || !complete->at.isValid())
        return std::nullopt;
    return complete->at;
}

bool rectifiedByDeadline(const HandlingRecord &record)
{
    const auto done = rectificationCompletedAt(record);
    const QDateTime deadline = record.effectiveRectificationDeadline();
    return done && deadline.isValid() && *done <= deadline;
}

} // namespace pingjia
