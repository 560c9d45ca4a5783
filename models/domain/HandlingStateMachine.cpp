// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/HandlingStateMachine.h"

#include "models/domain/Deadlines.h"
#include "models/domain/EvaluationLevel.h"
#include "models/domain/EvaluationValidity.h"
#include "models/domain/Logging.h"
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

bool inRectification(HandlingState s)
{
    return s == HandlingState::Confirmed || s == HandlingState::Rectifying;
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
            "A bad review without text is invalid (000 art.6): it accepts no actions.");
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
        if (inRectification(r.state) && r.delayPending)
            return QCoreApplication::translate("pingjia::HandlingStateMachine",
                                               "A delay request is already pending.");
        legal = inRectification(r.state);
        break;
    case ActionType::ApproveDelay:
    case ActionType::RejectDelay:
        if (inRectification(r.state) && !r.delayPending)
            return QCoreApplication::translate("pingjia::HandlingStateMachine",
                                               "There is no pending delay request.");
        legal = inRectification(r.state) && r.delayPending;
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
    const QDateTime current = r.effectiveReformDeadline();
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

TransitionResult HandlingStateMachine::apply(const HandlingRecord &record,
                                             const HandlingAction &action) const
{
    if (action.actionId.trimmed().isEmpty())
        return refuse(
            record, kErrorInvalidPayload,
            QCoreApplication::translate("pingjia::HandlingStateMachine", "The action has no id."));
    if (action.actor.trimmed().isEmpty())
        return refuse(record, kErrorInvalidPayload,
                      QCoreApplication::translate("pingjia::HandlingStateMachine",
                                                  "The action has no actor."));
    if (!action.at.isValid())
        return refuse(record, kErrorInvalidPayload,
                      QCoreApplication::translate("pingjia::HandlingStateMachine",
                                                  "The action has no valid time."));

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

    const PayloadReader p(action.payload);
    HandlingRecord r = record;
    QString why;
    QString text;
    const auto confirmAt = [&r, this](const QDateTime &at) {
        const Deadline d = reformDeadline(at, m_policy, m_calendar);
        r.reformDeadline = d.at;
        r.deadlineEstimated = d.estimated;
    };

    switch (action.type) {
    case ActionType::Verify:
        if (why = p.requiredText("evidence", &text); !why.isEmpty())
            break;
        r.state = HandlingState::Confirmed;
        r.verifyResult = VerifyResult::Confirmed;
        r.verifiedAt = action.at;
        confirmAt(action.at);
        break;
    case ActionType::RequestInvalid: {
        QString result;
        if (why = p.oneOf("result", {QStringLiteral("mistaken"), QStringLiteral("malicious")},
                          &result);
            !why.isEmpty())
            break;
        if (why = p.requiredText("evidence", &text); !why.isEmpty())
            break;
        r.state = HandlingState::InvalidRequested;
        break;
    }
    case ActionType::ApproveInvalid: {
        if (why = p.optionalText("note"); !why.isEmpty())
            break;
        const auto result =
            request
                ? verifyResultFromString(request->payload.value(QLatin1String("result")).toString())
                : std::nullopt;
        if (!result || (*result != VerifyResult::Mistaken && *result != VerifyResult::Malicious))
            return refuse(record, kErrorIllegalTransition,
                          QCoreApplication::translate(
                              "pingjia::HandlingStateMachine",
                              "The history holds no valid invalid request to approve."));
        r.state = HandlingState::NotAdopted;
        r.verifyResult = *result;
        r.verifiedAt = action.at;
        break;
    }
    case ActionType::RejectInvalid:
        if (why = p.requiredText("note", &text); !why.isEmpty())
            break;
        r.state = HandlingState::Confirmed;
        r.verifyResult = VerifyResult::Confirmed;
        r.verifiedAt = action.at;
        confirmAt(action.at);
        break;
    case ActionType::Plan:
        if (why = p.requiredText("deptCode", &text); !why.isEmpty())
            break;
        if (why = p.requiredText("person", &text); !why.isEmpty())
            break;
        if (why = p.requiredText("measures", &text); !why.isEmpty())
            break;
        r.state = HandlingState::Rectifying;
        break;
    case ActionType::Complete:
        if (why = p.requiredText("changes", &text); !why.isEmpty())
            break;
        r.state = HandlingState::Rectified;
        r.delayPending = false;
        break;
    case ActionType::FollowUp: {
        FollowUp f;
        if (why = p.level("satisfaction", &f.satisfaction); !why.isEmpty())
            break;
        if (why = p.oneOf("method",
                          {QStringLiteral("phone"), QStringLiteral("sms"), QStringLiteral("visit")},
                          &f.method);
            !why.isEmpty())
            break;
        if (why = p.optionalText("note"); !why.isEmpty())
            break;
        f.note = action.payload.value(QLatin1String("note")).toString();
        f.actor = action.actor;
        f.at = action.at;
        r.state = HandlingState::Closed;
        r.followUp = f;
        break;
    }
    case ActionType::RequestDelay: {
        QDateTime proposed;
        if (why = p.requiredText("reason", &text); !why.isEmpty())
            break;
        if (why = p.time("proposedDeadline", &proposed); !why.isEmpty())
            break;
        if (why = laterThanDeadline("proposedDeadline", proposed, record); !why.isEmpty())
            break;
        if (why = p.optionalBool("cannotRectify"); !why.isEmpty())
            break;
        r.delayPending = true;
        break;
    }
    case ActionType::ApproveDelay: {
        QDateTime deadline;
        if (why = p.time("deadline", &deadline); !why.isEmpty())
            break;
        if (why = laterThanDeadline("deadline", deadline, record); !why.isEmpty())
            break;
        r.delayPending = false;
        r.delayDeadline = deadline;
        r.delayReason =
            request ? request->payload.value(QLatin1String("reason")).toString() : QString();
        break;
    }
    case ActionType::RejectDelay:
        if (why = p.requiredText("note", &text); !why.isEmpty())
            break;
        r.delayPending = false;
        break;
    case ActionType::Reopen:
        if (why = p.requiredText("reason", &text); !why.isEmpty())
            break;
        r.state = HandlingState::Confirmed;
        r.verifyResult = VerifyResult::Confirmed;
        confirmAt(action.at);
        r.delayDeadline = QDateTime();
        r.delayReason.clear();
        r.delayPending = false;
        r.followUp.reset();
        break;
    }
    if (!why.isEmpty())
        return refuse(record, kErrorInvalidPayload, why);

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
