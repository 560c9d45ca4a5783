// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/HandlingState.h"

#include <QCoreApplication>

namespace pingjia {

namespace {
template <typename E> struct Names {
    E value;
    const char *key;
    const char *label;
};

constexpr Names<HandlingState> kStates[] = {
    {HandlingState::Invalid, "invalid",
     QT_TRANSLATE_NOOP("pingjia::HandlingState", "Invalid (no text)")},
    {HandlingState::Unverified, "unverified",
     QT_TRANSLATE_NOOP("pingjia::HandlingState", "Unverified")},
    {HandlingState::InvalidRequested, "invalid_requested",
     QT_TRANSLATE_NOOP("pingjia::HandlingState", "Invalid requested")},
    {HandlingState::Confirmed, "confirmed",
     QT_TRANSLATE_NOOP("pingjia::HandlingState", "Confirmed")},
    {HandlingState::NotAdopted, "not_adopted",
     QT_TRANSLATE_NOOP("pingjia::HandlingState", "Not adopted")},
    {HandlingState::Rectifying, "rectifying",
     QT_TRANSLATE_NOOP("pingjia::HandlingState", "Rectifying")},
    {HandlingState::Rectified, "rectified",
     QT_TRANSLATE_NOOP("pingjia::HandlingState", "Rectified")},
    {HandlingState::Closed, "closed", QT_TRANSLATE_NOOP("pingjia::HandlingState", "Closed")},
};

constexpr Names<VerifyResult> kResults[] = {
    {VerifyResult::None, "", QT_TRANSLATE_NOOP("pingjia::HandlingState", "Not verified")},
    {VerifyResult::Confirmed, "confirmed",
     QT_TRANSLATE_NOOP("pingjia::HandlingState", "Confirmed")},
    {VerifyResult::Mistaken, "mistaken", QT_TRANSLATE_NOOP("pingjia::HandlingState", "Mistaken")},
    {VerifyResult::Malicious, "malicious",
     QT_TRANSLATE_NOOP("pingjia::HandlingState", "Malicious")},
};

constexpr Names<ActionType> kActions[] = {
    {ActionType::Verify, "verify",
     QT_TRANSLATE_NOOP("pingjia::HandlingState", "Verify as confirmed")},
    {ActionType::RequestInvalid, "request_invalid",
     QT_TRANSLATE_NOOP("pingjia::HandlingState", "Request invalid")},
    {ActionType::ApproveInvalid, "approve_invalid",
     QT_TRANSLATE_NOOP("pingjia::HandlingState", "Approve invalid request")},
    {ActionType::RejectInvalid, "reject_invalid",
     QT_TRANSLATE_NOOP("pingjia::HandlingState", "Reject invalid request")},
    {ActionType::Plan, "plan", QT_TRANSLATE_NOOP("pingjia::HandlingState", "Plan rectification")},
    {ActionType::Complete, "complete",
     QT_TRANSLATE_NOOP("pingjia::HandlingState", "Complete rectification")},
    {ActionType::FollowUp, "follow_up",
     QT_TRANSLATE_NOOP("pingjia::HandlingState", "Follow-up visit")},
    {ActionType::RequestDelay, "request_delay",
     QT_TRANSLATE_NOOP("pingjia::HandlingState", "Request delay")},
    {ActionType::ApproveDelay, "approve_delay",
     QT_TRANSLATE_NOOP("pingjia::HandlingState", "Approve delay")},
    {ActionType::RejectDelay, "reject_delay",
     QT_TRANSLATE_NOOP("pingjia::HandlingState", "Reject delay")},
    {ActionType::Reopen, "reopen", QT_TRANSLATE_NOOP("pingjia::HandlingState", "Reopen")},
};

template <typename E, std::size_t N> QString keyOf(const Names<E> (&table)[N], E value)
{
    for (const auto &n : table) {
        if (n.value == value)
            return QString::fromLatin1(n.key);
    }
    return {};
}

template <typename E, std::size_t N> QString labelOf(const Names<E> (&table)[N], E value)
{
    for (const auto &n : table) {
        if (n.value == value)
            return QCoreApplication::translate("pingjia::HandlingState", n.label);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> fromKey(const Names<E> (&table)[N], const QString &text)
{
    for (const auto &n : table) {
        if (text == QLatin1String(n.key))
            return n.value;
    }
    return std::nullopt;
}
} // namespace

namespace wire {

QString toString(HandlingState state)
{
    return keyOf(kStates, state);
}

QString toString(VerifyResult result)
{
    return keyOf(kResults, result);
}

QString toString(ActionType type)
{
    return keyOf(kActions, type);
}

std::optional<HandlingState> handlingStateFromString(const QString &text)
{
    return fromKey(kStates, text);
}

std::optional<VerifyResult> verifyResultFromString(const QString &text)
{
    return fromKey(kResults, text);
}

std::optional<ActionType> actionTypeFromString(const QString &text)
{
    return fromKey(kActions, text);
}

} // namespace wire

QString handlingStateName(HandlingState state)
{
    return labelOf(kStates, state);
}

QString verifyResultName(VerifyResult result)
{
    return labelOf(kResults, result);
}

QString actionTypeName(ActionType type)
{
    return labelOf(kActions, type);
}

bool isOpenState(HandlingState state)
{
    switch (state) {
    case HandlingState::Unverified:
    case HandlingState::InvalidRequested:
    case HandlingState::Confirmed:
    case HandlingState::Rectifying:
    case HandlingState::Rectified:
        return true;
    case HandlingState::Invalid:
    case HandlingState::NotAdopted:
    case HandlingState::Closed:
        return false;
    }
    return false;
}

} // namespace pingjia
