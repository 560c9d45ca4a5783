// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/HandlingStateMachine.h"

#include "models/domain/Deadlines.h"
#include "models/domain/EvaluationLevel.h"
#include "models/domain/EvaluationValidity.h"
#include "models/domain/Logging.h"
#include "models/domain/Overdue.h"
#include "models/domain/PlatformTime.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <cmath>
#include <optional>

namespace pingjia {

namespace {

TransitionResult refuse(const HandlingRecord &record, const char *code, const QString &message)
{
    return {false, QString::fromLatin1(code), message, record};
}

bool needsSecondPerson(ActionType type)
{
    return type == ActionType::ApproveInvalid || type == ActionType::RejectInvalid ||
           type == ActionType::ApproveDelay || type == ActionType::RejectDelay;
}

// Empty when `type` may be applied in the record's state; else why not.
QString stateRefusal(const HandlingRecord &r, ActionType type)
{
    if (r.withdrawn)
        return QCoreApplication::translate(
            "pingjia::HandlingStateMachine",
            "The evaluation was withdrawn: its handling record accepts no actions.");
    if (r.state == HandlingState::Invalid)
        return QCoreApplication::translate(
            "pingjia::HandlingStateMachine",
            "A dissatisfied or very dissatisfied evaluation without text is invalid: it accepts "
            "no actions.");
    bool legal = false;
    switch (type) {
    case ActionType::Verify:
    case ActionType::RequestInvalid:
        legal = r.state == HandlingState::Unverified;
        break;
    case ActionType::ApproveInvalid:
    case ActionType::RejectInvalid:
        legal = r.state == HandlingState::InvalidRequested;
        break;
    case ActionType::Plan:
        legal = r.state == HandlingState::Confirmed;
        break;
    case ActionType::Complete:
        legal = r.state == HandlingState::Rectifying;
        break;
    case ActionType::FollowUp:
        legal = r.state == HandlingState::Rectified;
        break;
    case ActionType::RequestDelay:
        if (rectificationRunning(r.state) && r.delayPending)
            return QCoreApplication::translate("pingjia::HandlingStateMachine",
                                               "A delay request is already pending.");
        legal = rectificationRunning(r.state);
        break;
    case ActionType::ApproveDelay:
    case ActionType::RejectDelay:
        if (rectificationRunning(r.state) && !r.delayPending)
            return QCoreApplication::translate("pingjia::HandlingStateMachine",
                                               "There is no pending delay request.");
        legal = rectificationRunning(r.state) && r.delayPending;
        break;
    case ActionType::Reopen:
        legal = r.state == HandlingState::Closed || r.state == HandlingState::NotAdopted;
        break;
    }
    if (legal)
        return {};
    return QCoreApplication::translate("pingjia::HandlingStateMachine",
                                       "\"%1\" is not allowed when the bad review is \"%2\".")
        .arg(actionTypeName(type), handlingStateName(r.state));
}

// The pending request a second person decides on.
std::optional<HistoryEntry> pendingRequest(const HandlingRecord &r, ActionType type)
{
    if (type == ActionType::ApproveInvalid || type == ActionType::RejectInvalid)
        return r.lastEntry(ActionType::RequestInvalid);
    if (type == ActionType::ApproveDelay || type == ActionType::RejectDelay)
        return r.lastEntry(ActionType::RequestDelay);
    return std::nullopt;
}

bool sameActor(const HandlingRecord &r, ActionType type, const QString &actor)
{
    if (!needsSecondPerson(type))
        return false;
    const auto request = pendingRequest(r, type);
    return request && request->actor == actor;
}

// Payload readers: each returns an error message (empty when fine).
class PayloadReader {
public:
    explicit PayloadReader(const QJsonObject &payload) : m_payload(payload) {}

    QString requiredText(const char *key, QString *out) const
    {
        const QJsonValue v = m_payload.value(QLatin1String(key));
        if (!v.isString() || v.toString().trimmed().isEmpty())
            return QCoreApplication::translate("pingjia::HandlingStateMachine",
                                               "\"%1\" is required and must be non-empty text.")
                .arg(QLatin1String(key));
        *out = v.toString();
        return {};
    }

    QString optionalText(const char *key) const
    {
        const QJsonValue v = m_payload.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            return QCoreApplication::translate("pingjia::HandlingStateMachine",
                                               "\"%1\" must be text.")
                .arg(QLatin1String(key));
        return {};
    }

    QString oneOf(const char *key, const QStringList &allowed, QString *out) const
    {
        const QString v = m_payload.value(QLatin1String(key)).toString();
        if (!allowed.contains(v))
            return QCoreApplication::translate("pingjia::HandlingStateMachine",
                                               "\"%1\" must be one of: %2.")
                .arg(QLatin1String(key), allowed.join(u", "));
        *out = v;
        return {};
    }

    QString time(const char *key, QDateTime *out) const
    {
        const QDateTime t = parsePlatformTime(m_payload.value(QLatin1String(key)).toString());
        if (!t.isValid())
            return QCoreApplication::translate("pingjia::HandlingStateMachine",
                                               "\"%1\" must be a time \"yyyy-MM-dd HH:mm:ss\".")
                .arg(QLatin1String(key));
        *out = t;
        return {};
    }

    QString level(const char *key, int *out) const
    {
        const QJsonValue v = m_payload.value(QLatin1String(key));
        const double d = v.toDouble(0);
        if (!v.isDouble() || d != std::floor(d) || d < kMinLevel || d > kMaxLevel)
            return QCoreApplication::translate("pingjia::HandlingStateMachine",
                                               "\"%1\" must be a whole number from 1 to 5.")
                .arg(QLatin1String(key));
        *out = static_cast<int>(d);
        return {};
    }

    QString optionalBool(const char *key) const
    {
        const QJsonValue v = m_payload.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !v.isBool())
            return QCoreApplication::translate("pingjia::HandlingStateMachine",
                                               "\"%1\" must be true or false.")
                .arg(QLatin1String(key));
        return {};
    }

private:
    const QJsonObject &m_payload;
};

QString laterThanDeadline(const char *key, const QDateTime &proposed, const HandlingRecord &r)
{
    const QDateTime current = r.effectiveRectificationDeadline();
    if (current.isValid() && proposed <= current)
        return QCoreApplication::translate("pingjia::HandlingStateMachine",
                                           "\"%1\" must be later than the current deadline %2.")
            .arg(QLatin1String(key), formatPlatformTime(current));
    return {};
}
} // namespace

HandlingStateMachine::HandlingStateMachine(DeadlinePolicy policy, const WorkingCalendar &calendar)
    : m_policy(policy), m_calendar(calendar)
{
}

HandlingRecord HandlingStateMachine::initialRecord(const QString &evalId, int level,
                                                   const QString &text,
                                                   const QDateTime &assessTime) const
{
    HandlingRecord r;
    r.evalId = evalId;
    if (!isBadLevel(level)) {
        qCWarning(lcDomain) << "handling record asked for a level" << level << "evaluation"
                            << evalId;
        r.state = HandlingState::Invalid;
        return r;
    }
    if (evaluationValidity(level, text, false) == Validity::InvalidNoText) {
        r.state = HandlingState::Invalid;
        return r;
    }
    r.state = HandlingState::Unverified;
    r.verifyDeadline = verifyDeadline(assessTime, m_policy);
    return r;
}

namespace {

// Why an action is refused: the platform's error code and a translated message.
struct Refusal {
    const char *code = kErrorInvalidPayload;
    QString message;
};
using Outcome = std::optional<Refusal>; // nullopt: applied

Outcome payloadError(const QString &why)
{
    return why.isEmpty() ? Outcome{} : Outcome{Refusal{kErrorInvalidPayload, why}};
}

// What every action needs whatever its type: an id, an actor and a time.
QString actionRefusal(const HandlingAction &action)
{
    if (action.actionId.trimmed().isEmpty())
        return QCoreApplication::translate("pingjia::HandlingStateMachine",
                                           "The action has no id.");
    if (action.actor.trimmed().isEmpty())
        return QCoreApplication::translate("pingjia::HandlingStateMachine",
                                           "The action has no actor.");
    if (!action.at.isValid())
        return QCoreApplication::translate("pingjia::HandlingStateMachine",
                                           "The action has no valid time.");
    return {};
}

// The record and what a transition needs to change it.
struct Transition {
    HandlingRecord &r;
    const HandlingAction &action;
    const PayloadReader &payload;
    const std::optional<HistoryEntry> &request; // the pending request a second person decides
    const DeadlinePolicy &policy;
    const WorkingCalendar &calendar;

    // Confirmed at `at` (verify, rejected invalid request, reopen): the rectification
    // deadline starts from that moment (000 art.7).
    void confirm(const QDateTime &at)
    {
        r.state = HandlingState::Confirmed;
        r.verifyResult = VerifyResult::Confirmed;
        const Deadline d = rectificationDeadline(at, policy, calendar);
        r.rectificationDeadline = d.at;
        r.deadlineEstimated = d.estimated;
    }
    // Each required text key in turn; the first missing one refuses.
    QString requireTexts(std::initializer_list<const char *> keys) const
    {
        QString text;
        for (const char *key : keys) {
            if (QString why = payload.requiredText(key, &text); !why.isEmpty())
                return why;
        }
        return {};
    }
};

// 核实: verify, ask for / decide on an invalid declaration.
Outcome verification(Transition &t)
{
    HandlingRecord &r = t.r;
    switch (t.action.type) {
    case ActionType::Verify:
    case ActionType::RejectInvalid:
        if (QString why =
                t.requireTexts({t.action.type == ActionType::Verify ? "evidence" : "note"});
            !why.isEmpty())
            return payloadError(why);
        t.confirm(t.action.at);
        r.verifiedAt = t.action.at;
        return {};
    case ActionType::RequestInvalid: {
        QString result;
        if (QString why = t.payload.oneOf(
                "result", {QStringLiteral("mistaken"), QStringLiteral("malicious")}, &result);
            !why.isEmpty())
            return payloadError(why);
        if (QString why = t.requireTexts({"evidence"}); !why.isEmpty())
            return payloadError(why);
        r.state = HandlingState::InvalidRequested;
        return {};
    }
    case ActionType::ApproveInvalid: {
        if (QString why = t.payload.optionalText("note"); !why.isEmpty())
            return payloadError(why);
        const auto result = t.request
                                ? verifyResultFromString(
                                      t.request->payload.value(QLatin1String("result")).toString())
                                : std::nullopt;
        if (!result || (*result != VerifyResult::Mistaken && *result != VerifyResult::Malicious))
            return Refusal{kErrorIllegalTransition,
                           QCoreApplication::translate(
                               "pingjia::HandlingStateMachine",
                               "The history holds no valid invalid request to approve.")};
        r.state = HandlingState::NotAdopted;
        r.verifyResult = *result;
        r.verifiedAt = t.action.at;
        return {};
    }
    default:
        return {};
    }
}

// 整改 and 回访: plan, complete, follow up, reopen.
Outcome rectification(Transition &t)
{
    HandlingRecord &r = t.r;
    switch (t.action.type) {
    case ActionType::Plan:
        if (QString why = t.requireTexts({"deptCode", "person", "measures"}); !why.isEmpty())
            return payloadError(why);
        r.state = HandlingState::Rectifying;
        return {};
    case ActionType::Complete:
        if (QString why = t.requireTexts({"changes"}); !why.isEmpty())
            return payloadError(why);
        r.state = HandlingState::Rectified;
        r.delayPending = false;
        return {};
    case ActionType::FollowUp: {
        FollowUp f;
        QString why = t.payload.level("satisfaction", &f.satisfaction);
        if (why.isEmpty())
            why = t.payload.oneOf(
                "method", {QStringLiteral("phone"), QStringLiteral("sms"), QStringLiteral("visit")},
                &f.method);
        if (why.isEmpty())
            why = t.payload.optionalText("note");
        if (why.isEmpty())
            why = t.payload.optionalText("phone");
        if (!why.isEmpty())
            return payloadError(why);
        f.note = t.action.payload.value(QLatin1String("note")).toString();
        f.phone = t.action.payload.value(QLatin1String("phone")).toString();
        f.actor = t.action.actor;
        f.at = t.action.at;
        r.state = HandlingState::Closed;
        r.followUp = f;
        return {};
    }
    case ActionType::Reopen:
        if (QString why = t.requireTexts({"reason"}); !why.isEmpty())
            return payloadError(why);
        t.confirm(t.action.at);
        r.delayDeadline = QDateTime();
        r.delayReason.clear();
        r.delayPending = false;
        r.followUp.reset();
        return {};
    default:
        return {};
    }
}

// 延期: ask for a later deadline, approve or reject it.
Outcome delay(Transition &t, const HandlingRecord &before)
{
    HandlingRecord &r = t.r;
    QDateTime deadline;
    QString why;
    switch (t.action.type) {
    case ActionType::RequestDelay:
        why = t.requireTexts({"reason"});
        if (why.isEmpty())
            why = t.payload.time("proposedDeadline", &deadline);
        if (why.isEmpty())
            why = laterThanDeadline("proposedDeadline", deadline, before);
        if (why.isEmpty())
            why = t.payload.optionalBool("cannotRectify");
        if (why.isEmpty())
            r.delayPending = true;
        return payloadError(why);
    case ActionType::ApproveDelay:
        why = t.payload.time("deadline", &deadline);
        if (why.isEmpty())
            why = laterThanDeadline("deadline", deadline, before);
        if (!why.isEmpty())
            return payloadError(why);
        r.delayPending = false;
        r.delayDeadline = deadline;
        r.delayReason =
            t.request ? t.request->payload.value(QLatin1String("reason")).toString() : QString();
        return {};
    case ActionType::RejectDelay:
        if (why = t.requireTexts({"note"}); !why.isEmpty())
            return payloadError(why);
        r.delayPending = false;
        return {};
    default:
        return {};
    }
}

Outcome transition(Transition &t, const HandlingRecord &before)
{
    switch (t.action.type) {
    case ActionType::Verify:
    case ActionType::RequestInvalid:
    case ActionType::ApproveInvalid:
    case ActionType::RejectInvalid:
        return verification(t);
    case ActionType::Plan:
    case ActionType::Complete:
    case ActionType::FollowUp:
    case ActionType::Reopen:
        return rectification(t);
    case ActionType::RequestDelay:
    case ActionType::ApproveDelay:
    case ActionType::RejectDelay:
        return delay(t, before);
    }
    return {};
}

} // namespace

TransitionResult HandlingStateMachine::apply(const HandlingRecord &record,
                                             const HandlingAction &action) const
{
    if (const QString why = actionRefusal(action); !why.isEmpty())
        return refuse(record, kErrorInvalidPayload, why);
    if (const QString why = stateRefusal(record, action.type); !why.isEmpty())
        return refuse(record, kErrorIllegalTransition, why);
    const auto request = pendingRequest(record, action.type);
    if (needsSecondPerson(action.type) && request && request->actor == action.actor)
        return refuse(record, kErrorSameActor,
                      QCoreApplication::translate(
                          "pingjia::HandlingStateMachine",
                          "%1 made this request and cannot also decide on it: a second person "
                          "must approve or reject it.")
                          .arg(action.actor));

    const PayloadReader payload(action.payload);
    HandlingRecord r = record;
    Transition t{r, action, payload, request, m_policy, m_calendar};
    if (const Outcome refused = transition(t, record))
        return refuse(record, refused->code, refused->message);

    r.history.append(
        HistoryEntry{action.actionId, action.type, action.actor, action.at, action.payload});
    r.version = record.version + 1;
    return {true, {}, {}, r};
}

QList<ActionType> HandlingStateMachine::allowedActions(const HandlingRecord &record,
                                                       const QString &actor) const
{
    QList<ActionType> allowed;
    for (ActionType type : kAllActionTypes) {
        if (stateRefusal(record, type).isEmpty() && !sameActor(record, type, actor))
            allowed.append(type);
    }
    return allowed;
}

} // namespace pingjia
