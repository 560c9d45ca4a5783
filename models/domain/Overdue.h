// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The running deadline and the overdue flags of the work queue (000 art.7 time limits:
// verify within 24 hours; rectify within the policy's days, or by the approved delay).
// Computed, never stored: the answer changes with `now` alone. The queue's SQL mirrors
// these rules (BadReviewSql names each one); tests compare both on the same rows.

#include "models/domain/HandlingRecord.h"

#include <QDateTime>

namespace pingjia {

// The rectification is running (its deadline counts): confirmed (plan due) or rectifying.
bool rectificationRunning(HandlingState state);

// The deadline that runs now: the verify deadline while unverified, the effective
// rectification deadline (the delay deadline when approved) while the rectification
// runs; invalid otherwise.
QDateTime runningDeadline(HandlingState state, const QDateTime &verifyDeadline,
                          const QDateTime &effectiveRectificationDeadline);

// A deadline is missed once `now` is past it (a verification exactly at the deadline is
// on time).
bool deadlinePassed(const QDateTime &deadline, const QDateTime &now);

// Still unverified and now > verifyDeadline.
bool verifyOverdue(HandlingState state, const QDateTime &verifyDeadline, const QDateTime &now);
// The rectification runs and now > its effective deadline.
bool rectificationOverdue(HandlingState state, const QDateTime &effectiveRectificationDeadline,
                          const QDateTime &now);

// The same for a whole record. Withdrawn records are never overdue.
bool verifyOverdue(const HandlingRecord &record, const QDateTime &now);
bool rectificationOverdue(const HandlingRecord &record, const QDateTime &now);

inline bool isOverdue(const HandlingRecord &record, const QDateTime &now)
{
    return verifyOverdue(record, now) || rectificationOverdue(record, now);
}

} // namespace pingjia
