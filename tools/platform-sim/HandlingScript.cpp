// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandlingScript.h"

#include "tools/platform-sim/Logging.h"
#include "tools/platform-sim/OrgCatalog.h"
#include "tools/platform-sim/Phrases.h"
#include "tools/platform-sim/Population.h"
#include "tools/platform-sim/Rng.h"

#include <QDate>
#include <QJsonObject>

namespace pingjia {
namespace {

constexpr SimSeconds kHour = 3600;
constexpr SimSeconds kDay = 86400;

QString actionId(Rng &rng)
{
    const quint64 a = rng.next(), b = rng.next();
    return QStringLiteral("%1-%2-4%3-%4-%5")
        .arg(a >> 32, 8, 16, QLatin1Char('0'))
        .arg((a >> 16) & 0xffff, 4, 16, QLatin1Char('0'))
        .arg(a & 0xfff, 3, 16, QLatin1Char('0'))
        .arg(0x8000 | ((b >> 48) & 0x3fff), 4, 16, QLatin1Char('0'))
        .arg(b & 0xffffffffffffull, 12, 16, QLatin1Char('0'));
}

// Platform staff act in office hours of working days: a bad review that arrives on a
// Friday evening waits for Monday (and may be overdue by then).
SimSeconds officeTime(SimSeconds t, Rng &rng, const WorkingCalendar &calendar)
{
    for (int guard = 0; guard < 60; ++guard) {
        const CivilTime c = civilTime(t);
        const int minute = c.hour * 60 + c.minute;
        if (calendar.isWorkingDay(QDate(c.year, c.month, c.day)) && minute >= 8 * 60 + 30 &&
            minute < 18 * 60)
            return t;
        // To 08:30 of the next day, then try again.
        const SimSeconds midnight = t - (minute * 60 + c.second);
        t = (minute < 8 * 60 + 30 ? midnight : midnight + kDay) + (8 * 60 + 30) * 60 +
            rng.between(0, 3 * kHour);
    }
    return t;
}

// Builds the script while running it through the state machine, so deadlines that later
// steps depend on (a delay must exceed the current deadline) are the real ones.
class ScriptBuilder {
public:
    ScriptBuilder(const HandlingStateMachine &machine, HandlingRecord record, Rng &rng)
        : m_machine(machine), m_record(std::move(record)), m_rng(rng)
    {
    }

    bool add(SimSeconds &at, ActionType type, const QString &actor, QJsonObject payload)
    {
        at = officeTime(at, m_rng, m_machine.calendar());
        HandlingAction action{actionId(m_rng), type, actor, toDateTime(at), std::move(payload)};
        const TransitionResult r = m_machine.apply(m_record, action);
        if (!r.ok) {
            qCWarning(lcSim) << "scripted action refused:" << m_record.evalId << toString(type)
                             << r.errorCode << r.message;
            return false;
        }
        m_record = r.record;
        m_script.append({at, action});
        return true;
    }
    const HandlingRecord &record() const { return m_record; }
    QList<ScriptedAction> take() { return std::move(m_script); }

private:
    const HandlingStateMachine &m_machine;
    HandlingRecord m_record;
    Rng &m_rng;
    QList<ScriptedAction> m_script;
};

} // namespace

HandlingScript::HandlingScript(quint64 seed, const HandlingStateMachine &machine,
                               const OrgCatalog &catalog)
    : m_seed(seed), m_machine(machine), m_catalog(catalog)
{
}

QString HandlingScript::supervisorOf(const QString &centerArea)
{
    return QStringLiteral("supervisor-%1").arg(centerArea);
}

QString HandlingScript::directorOf(const QString &centerArea)
{
    return QStringLiteral("director-%1").arg(centerArea);
}

QList<ScriptedAction> HandlingScript::scriptFor(const HandlingRecord &initial, const CaseCore &c,
                                                const EvaluationCore &e) const
{
    if (initial.state != HandlingState::Unverified)
        return {};
    Rng rng(m_seed, RngStream::Handling, e.index);
    const Department &dept = m_catalog.departments().at(c.department);
    const QString area = m_catalog.centers().at(dept.center).areaCode;
    const QString supervisor = supervisorOf(area);
    const QString director = directorOf(area);
    ScriptBuilder b(m_machine, initial, rng);

    // Where the staff leave it: most bad reviews run to the follow-up visit; some stall in
    // every open state (the overdue work the console exists to surface).
    const double stall = rng.uniform();
    const auto stallsAt = [stall](HandlingState s) {
        switch (s) {
        case HandlingState::Unverified:
            return stall < 0.06;
        case HandlingState::InvalidRequested:
            return stall >= 0.06 && stall < 0.09;
        case HandlingState::Confirmed:
            return stall >= 0.09 && stall < 0.12;
        case HandlingState::Rectifying:
            return stall >= 0.12 && stall < 0.16;
        case HandlingState::Rectified:
            return stall >= 0.16 && stall < 0.20;
        default:
            return false;
        }
    };
    if (stallsAt(HandlingState::Unverified))
        return {};

    // 核实: most within the 24 h, some late.
    const double v = rng.uniform();
    SimSeconds t = e.arrival + (v < 0.83 ? rng.between(kHour / 2, 20 * kHour)
                                         : rng.between(20 * kHour, 72 * kHour));
    const bool malicious = e.text == TextKind::Malicious;
    const bool claimInvalid =
        rng.chance(0.12) || malicious || stallsAt(HandlingState::InvalidRequested);
    if (claimInvalid) {
        const QString result = malicious ? QStringLiteral("malicious") : QStringLiteral("mistaken");
        if (!b.add(t, ActionType::RequestInvalid, supervisor,
                   {{QStringLiteral("result"), result},
                    {QStringLiteral("evidence"), invalidEvidence(rng, malicious)}}))
            return b.take();
        if (stallsAt(HandlingState::InvalidRequested))
            return b.take();
        t += rng.between(2 * kHour, 3 * kDay);
        if (rng.chance(malicious ? 0.85 : 0.7)) {
            b.add(t, ActionType::ApproveInvalid, director,
                  {{QStringLiteral("note"), QStringLiteral("同意不予采纳")}});
            if (!rng.chance(0.03))
                return b.take();
            t += rng.between(2 * kDay, 10 * kDay);
            if (!b.add(
                    t, ActionType::Reopen, director,
                    {{QStringLiteral("reason"), QStringLiteral("评价人再次反映，重新核实后属实")}}))
                return b.take();
        } else if (!b.add(t, ActionType::RejectInvalid, director,
                          {{QStringLiteral("note"), QStringLiteral("证据不足，按属实处理")}})) {
            return b.take();
        }
    } else if (!b.add(t, ActionType::Verify, supervisor,
                      {{QStringLiteral("evidence"), verifyEvidence(rng)}})) {
        return b.take();
    }

    // 整改: plan, maybe a delay, complete (some late), follow-up visit.
    if (stallsAt(HandlingState::Confirmed))
        return b.take(); // confirmed but never planned: overdue
    t += rng.between(2 * kHour, 2 * kDay);
    if (!b.add(t, ActionType::Plan, supervisor,
               {{QStringLiteral("deptCode"), dept.creditCode},
                {QStringLiteral("person"), personName(rng)},
                {QStringLiteral("measures"), rectifyMeasures(rng)}}))
        return b.take();
    if (rng.chance(0.10)) {
        t += rng.between(kDay, 5 * kDay);
        const SimSeconds current = toSimSeconds(b.record().effectiveRectificationDeadline());
        const SimSeconds proposed = std::max(current, t) + rng.between(5, 15) * kDay;
        const bool cannot = rng.chance(0.3);
        if (!b.add(t, ActionType::RequestDelay, supervisor,
                   {{QStringLiteral("reason"), delayReason(rng)},
                    {QStringLiteral("proposedDeadline"), formatSimTime(proposed)},
                    {QStringLiteral("cannotRectify"), cannot}}))
            return b.take();
        t += rng.between(kHour * 4, 2 * kDay);
        if (rng.chance(0.8)) {
            if (!b.add(t, ActionType::ApproveDelay, director,
                       {{QStringLiteral("deadline"), formatSimTime(proposed)}}))
                return b.take();
        } else if (!b.add(t, ActionType::RejectDelay, director,
                          {{QStringLiteral("note"), QStringLiteral("理由不充分，请按期完成")}})) {
            return b.take();
        }
    }
    if (stallsAt(HandlingState::Rectifying))
        return b.take();
    t += rng.between(kDay, 12 * kDay);
    if (!b.add(t, ActionType::Complete, supervisor,
               {{QStringLiteral("changes"), rectifyChanges(rng)}}))
        return b.take();
    if (stallsAt(HandlingState::Rectified))
        return b.take();
    t += rng.between(kHour * 6, 3 * kDay);
    static const char *const methods[] = {"phone", "phone", "sms", "visit"};
    if (!b.add(t, ActionType::FollowUp, supervisor,
               {{QStringLiteral("satisfaction"), int(rng.between(3, 5))},
                {QStringLiteral("method"), QString::fromLatin1(rng.pick(methods))},
                {QStringLiteral("note"), followUpNote(rng)}}))
        return b.take();
    if (rng.chance(0.03)) {
        t += rng.between(3 * kDay, 15 * kDay);
        b.add(t, ActionType::Reopen, director,
              {{QStringLiteral("reason"), QStringLiteral("回访发现问题反弹，重新整改")}});
    }
    return b.take();
}

} // namespace pingjia
