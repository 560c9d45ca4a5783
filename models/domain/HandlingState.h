// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// States, verification results and actions of PLATFORM_API.md "Bad-review handling"
// (000 art.7; 003 art.35(3)). The strings are the API's, used in JSON, SQL and the CLI.

#include <QString>

#include <optional>

namespace pingjia {

enum class HandlingState {
    Invalid,          // "invalid": level 1–2 without text (000 art.6), no actions
    Unverified,       // "unverified": awaiting 核实 within verifyHours
    InvalidRequested, // "invalid_requested": 误评/恶意 claimed, awaiting a second person
    Confirmed,        // "confirmed": 属实, rectification deadline running
    NotAdopted,       // "not_adopted": 不予采纳 (mistaken or malicious, approved)
    Rectifying,       // "rectifying": a plan is being carried out
    Rectified,        // "rectified": 整改完成, awaiting the follow-up visit
    Closed,           // "closed": 回访 done
};

enum class VerifyResult { None, Confirmed, Mistaken, Malicious };

enum class ActionType {
    Verify,
    RequestInvalid,
    ApproveInvalid,
    RejectInvalid,
    Plan,
    Complete,
    FollowUp,
    RequestDelay,
    ApproveDelay,
    RejectDelay,
    Reopen,
};

inline constexpr ActionType kAllActionTypes[] = {
    ActionType::Verify,        ActionType::RequestInvalid, ActionType::ApproveInvalid,
    ActionType::RejectInvalid, ActionType::Plan,           ActionType::Complete,
    ActionType::FollowUp,      ActionType::RequestDelay,   ActionType::ApproveDelay,
    ActionType::RejectDelay,   ActionType::Reopen,
};

inline constexpr HandlingState kAllHandlingStates[] = {
    HandlingState::Invalid,   HandlingState::Unverified, HandlingState::InvalidRequested,
    HandlingState::Confirmed, HandlingState::NotAdopted, HandlingState::Rectifying,
    HandlingState::Rectified, HandlingState::Closed,
};

// The API strings. They live in pingjia::wire, pulled into pingjia by a using-directive, so
// `toString(state)` works as usual inside pingjia (or with `using namespace pingjia`) but
// argument-dependent lookup does not see them: QTest's QCOMPARE calls toString() unqualified
// and would otherwise pick these QString overloads and fail to compile for these enums.
namespace wire {
QString toString(HandlingState state); // "unverified", "invalid_requested", …
QString toString(VerifyResult result); // "confirmed", "mistaken", "malicious"; "" for None
QString toString(ActionType type);     // "verify", "request_invalid", …
std::optional<HandlingState> handlingStateFromString(const QString &text);
// "" (and JSON null, read as "") is None; an unknown word is nullopt.
std::optional<VerifyResult> verifyResultFromString(const QString &text);
std::optional<ActionType> actionTypeFromString(const QString &text);
} // namespace wire
using namespace wire;

// Translated labels for the UI (未核实, 待审核(无效申请), 已确认, 不予采纳, 整改中, 已整改, 已办结
// …).
QString handlingStateName(HandlingState state);
QString verifyResultName(VerifyResult result);
QString actionTypeName(ActionType type);

// Open = still in the work queue (counts against 双归零, 003 art.35(4)).
bool isOpenState(HandlingState state);

} // namespace pingjia
