// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/Overdue.h"

namespace pingjia {

bool rectificationRunning(HandlingState state)
{
    return state == HandlingState::Confirmed || state == HandlingState::Rectifying;
}

QDateTime runningDeadline(HandlingState state, const QDateTime &verifyDeadline,
                          const QDateTime &effectiveRectificationDeadline)
{
    if (state == HandlingState::Unverified)
        return verifyDeadline;
    if (rectificationRunning(state))
        return effectiveRectificationDeadline;
    return {};
}

bool deadlinePassed(const QDateTime &deadline, const QDateTime &now)
{
    return deadline.isValid() && now.isValid() && now > deadline;
}

bool verifyOverdue(HandlingState state, const QDateTime &verifyDeadline, const QDateTime &now)
{
    return state == HandlingState::Unverified && deadlinePassed(verifyDeadline, now);
}

bool rectificationOverdue(HandlingState state, const QDateTime &effectiveRectificationDeadline,
                          const QDateTime &now)
{
    return rectificationRunning(state) && deadlinePassed(effectiveRectificationDeadline, now);
}

bool verifyOverdue(const HandlingRecord &record, const QDateTime &now)
{
    return !record.withdrawn && verifyOverdue(record.state, record.verifyDeadline, now);
}

bool rectificationOverdue(const HandlingRecord &record, const QDateTime &now)
{
    return !record.withdrawn &&
           rectificationOverdue(record.state, record.effectiveRectificationDeadline(), now);
}

} // namespace pingjia
