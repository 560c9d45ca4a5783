// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The bad-review handling workflow of PLATFORM_API.md, exactly its table. The simulator
// (as the platform) and the console (for local actions) both run this one class, so it
// is deterministic: the result depends only on the record, the action, the policy and
// the calendar — never on the clock or the machine.
//
// Choices where the table is silent (docs: models/domain/README.md "State machine"):
// - Second person: approve_invalid, reject_invalid, approve_delay and reject_delay are
//   refused with `same_actor` when the actor is the one who made the pending request
//   (DESIGN.md §1: "one person cannot both request and approve it").
// - Rejections must say why: reject_invalid and reject_delay need a non-empty `note`;
//   approve_invalid's `note` is optional.
// - approve_invalid sets verifiedAt = its `at` (the verification is concluded then) and
//   verifyResult = the requested result; it sets no rectificationDeadline.
// - request_delay needs proposedDeadline later than the current effective deadline;
//   approve_delay's `deadline` (the approver may change it) likewise. Only one delay
//   request may be pending. `cannotRectify: true` marks a 无法整改 request.
// - complete while a delay is pending clears the pending flag: the request is moot.
// - reopen keeps verifiedAt (the original verification stays on record), sets state
//   confirmed and verifyResult confirmed, counts a new rectificationDeadline from the reopen
//   time, and clears delay and follow-up (a new rectification cycle; all stays in history).
// - updatedAt is not touched: the platform stamps it with its own clock.

#include "models/domain/DeadlinePolicy.h"
#include "models/domain/HandlingRecord.h"
#include "models/domain/WorkingCalendar.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace pingjia {

inline constexpr auto kErrorIllegalTransition = "illegal_transition";
inline constexpr auto kErrorSameActor = "same_actor";
inline constexpr auto kErrorInvalidPayload = "invalid_payload";

struct HandlingAction {
    QString actionId;
    ActionType type = ActionType::Verify;
    QString actor;
    QDateTime at;
    QJsonObject payload;
};

struct TransitionResult {
    bool ok = false;
    QString errorCode;     // empty, or illegal_transition / same_actor / invalid_payload
    QString message;       // translated, for the user
    HandlingRecord record; // the updated record; the unchanged input when refused
};

class HandlingStateMachine {
public:
    explicit HandlingStateMachine(DeadlinePolicy policy = {},
                                  const WorkingCalendar &calendar = WorkingCalendar::builtin());

    const DeadlinePolicy &policy() const { return m_policy; }
    const WorkingCalendar &calendar() const { return m_calendar; }

    // The record a new level 1–2 evaluation starts with: `invalid` (for good, no
    // deadline) when the text is empty or whitespace (000 art.6), else `unverified` with
    // verifyDeadline = assessTime + verifyHours. Version 0, empty history. Levels 3–5 get
    // no handling; for them this returns an `invalid` record and logs a warning.
    HandlingRecord initialRecord(const QString &evalId, int level, const QString &text,
                                 const QDateTime &assessTime) const;

    // Checks and applies one action: on success history gains one entry and version
    // rises by exactly 1.
    TransitionResult apply(const HandlingRecord &record, const HandlingAction &action) const;

    // The actions `actor` may take now (state, pending flags and second-person rule;
    // payloads not considered), in ActionType order. Empty for invalid or withdrawn.
    QList<ActionType> allowedActions(const HandlingRecord &record, const QString &actor) const;

private:
    DeadlinePolicy m_policy;
    WorkingCalendar m_calendar; // a copy: implicitly shared, so cheap, and never dangling
};

} // namespace pingjia
