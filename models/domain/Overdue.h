// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Overdue flags of the work queue (000 art.7 time limits). Computed, never stored: the
// answer changes with `now` alone.

#include "models/domain/HandlingRecord.h"

#include <QDateTime>

namespace pingjia {

// Still unverified and now > verifyDeadline (a verification exactly at the deadline is
// on time). Withdrawn records are never overdue.
bool verifyOverdue(const HandlingRecord &record, const QDateTime &now);

// Confirmed or rectifying and now > effectiveReformDeadline() (the delay deadline when
// one was approved). Withdrawn records are never overdue.
bool reformOverdue(const HandlingRecord &record, const QDateTime &now);

inline bool isOverdue(const HandlingRecord &record, const QDateTime &now)
{
    return verifyOverdue(record, now) || reformOverdue(record, now);
}

} // namespace pingjia
