// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/Overdue.h"

namespace pingjia {

bool verifyOverdue(const HandlingRecord &record, const QDateTime &now)
{
    return !record.withdrawn && record.state == HandlingState::Unverified &&
           record.verifyDeadline.isValid() && now.isValid() && now > record.verifyDeadline;
}

bool reformOverdue(const HandlingRecord &record, const QDateTime &now)
{
    const QDateTime deadline = record.effectiveReformDeadline();
    return !record.withdrawn &&
           (record.state == HandlingState::Confirmed ||
            record.state == HandlingState::Rectifying) &&
           deadline.isValid() && now.isValid() && now > deadline;
}

} // namespace pingjia
