// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The handling record of one bad review: the fields of GET /api/v1/bad-reviews
// (PLATFORM_API.md "Bad-review handling"), plus `deadlineEstimated` and `delayReason`.

#include "models/domain/HandlingState.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pingjia {

struct HistoryEntry {
    QString actionId;
    ActionType type = ActionType::Verify;
    QString actor;
    QDateTime at;
    QJsonObject payload;

    // A follow_up entry's `phone` (personal data) is dropped from the payload: the
    // record's followUp carries it (FollowUp::phone).
    static std::optional<HistoryEntry> fromJson(const QJsonObject &json, QString *error = nullptr);
    QJsonObject toJson() const;
    bool operator==(const HistoryEntry &) const = default;
};

// 回访 (003 art.35(3)): the evaluator's satisfaction with the fix.
struct FollowUp {
    int satisfaction = 0; // normalized 1..5
    QString method;       // phone | sms | visit
    QString note;
    QString actor;
    QDateTime at;
    // The number the visit reached (`phone`, optional): personal data. Read from the
    // platform's JSON and kept only in memory: toJson() never writes it, so no file the
    // console writes holds it; the cache keeps its keyed hash (review integrity, issue 14).
    QString phone;

    static std::optional<FollowUp> fromJson(const QJsonObject &json, QString *error = nullptr);
    QJsonObject toJson() const;
    // toJson() with the phone: the platform's own form (the simulator serves it).
    QJsonObject toPlatformJson() const;
    bool operator==(const FollowUp &) const = default;
};

struct HandlingRecord {
    QString evalId;
    HandlingState state = HandlingState::Unverified;
    VerifyResult verifyResult = VerifyResult::None;
    QDateTime verifiedAt;
    QDateTime verifyDeadline;
    QDateTime rectificationDeadline;
    bool deadlineEstimated = false; // rectificationDeadline counted through an uncovered year
    QDateTime delayDeadline;        // set by approve_delay; wins over rectificationDeadline
    QString delayReason;            // of the last approved delay
    bool delayPending = false;
    std::optional<FollowUp> followUp;
    QList<HistoryEntry> history;
    int version = 0;
    bool withdrawn = false; // "status": "withdrawn"
    QDateTime updatedAt;

    // delayDeadline when set, else rectificationDeadline (PLATFORM_API.md).
    QDateTime effectiveRectificationDeadline() const;

    // The last history entry of `type`, if any (who asked for a pending request).
    std::optional<HistoryEntry> lastEntry(ActionType type) const;

    // Reads the API object. Times must be "yyyy-MM-dd HH:mm:ss" or null; a missing or
    // malformed required field (evalId, state, version) or unknown code is nullopt and a
    // message naming the field.
    static std::optional<HandlingRecord> fromJson(const QJsonObject &json,
                                                  QString *error = nullptr);
    // Every key always present; missing times and followUp are null.
    QJsonObject toJson() const;

    bool operator==(const HandlingRecord &) const = default;
};

} // namespace pingjia
