// SPDX-License-Identifier: GPL-3.0-or-later
// PLATFORM_API.md "Bad-review handling" table, row by row; 000 art.6 (no text → invalid),
// 000 art.7 (24 h verify, 误评/恶意 not adopted, 10 working days, delay with reason and
// deadline), 003 art.35(3) (5 working days, follow-up visit), DESIGN.md §1 (a request needs
// a second person).
#include "DomainTestSupport.h"
#include "models/domain/HandlingStateMachine.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace pingjia;
using test::at;

Q_DECLARE_METATYPE(pingjia::HandlingState)
Q_DECLARE_METATYPE(pingjia::ActionType)

namespace {
const QString kHandler = QStringLiteral("zhang.handler"); // makes requests
const QString kChief = QStringLiteral("li.chief");        // decides on them
const QString kOther = QStringLiteral("wang.other");      // a third person

QJsonObject validPayload(ActionType type)
{
    switch (type) {
    case ActionType::Verify:
        return {{"evidence", "调取窗口录像，情况属实"}};
    case ActionType::RequestInvalid:
        return {{"result", "malicious"}, {"evidence", "同一号码一日内差评二十次"}};
    case ActionType::ApproveInvalid:
        return {{"note", "同意"}};
    case ActionType::RejectInvalid:
        return {{"note", "录像显示确有等候过长"}};
    case ActionType::Plan:
        return {{"deptCode", "11620800013922151X"}, {"person", "赵六"}, {"measures", "增设引导岗"}};
    case ActionType::Complete:
        return {{"changes", "已增设引导岗并培训"}};
    case ActionType::FollowUp:
        return {{"satisfaction", 4}, {"method", "phone"}, {"note", "群众表示认可"}};
    case ActionType::RequestDelay:
        return {{"reason", "需采购叫号设备"}, {"proposedDeadline", "2026-03-20 23:59:59"}};
    case ActionType::ApproveDelay:
        return {{"deadline", "2026-03-20 23:59:59"}};
    case ActionType::RejectDelay:
        return {{"note", "现有条件可以完成"}};
    case ActionType::Reopen:
        return {{"reason", "群众再次反映同一问题"}};
    }
    return {};
}

// The state a legal action leads to; nullopt = "same state".
std::optional<HandlingState> targetOf(ActionType type)
{
    switch (type) {
    case ActionType::Verify:
    case ActionType::RejectInvalid:
    case ActionType::Reopen:
        return HandlingState::Confirmed;
    case ActionType::RequestInvalid:
        return HandlingState::InvalidRequested;
    case ActionType::ApproveInvalid:
        return HandlingState::NotAdopted;
    case ActionType::Plan:
        return HandlingState::Rectifying;
    case ActionType::Complete:
        return HandlingState::Rectified;
    case ActionType::FollowUp:
        return HandlingState::Closed;
    case ActionType::RequestDelay:
    case ActionType::ApproveDelay:
    case ActionType::RejectDelay:
        return std::nullopt;
    }
    return std::nullopt;
}

enum class Fixture {
    Invalid,
    Unverified,
    InvalidRequested,
    Confirmed,
    ConfirmedDelayPending,
    NotAdopted,
    Rectifying,
    RectifyingDelayPending,
    Rectified,
    Closed,
    Withdrawn,
};
} // namespace

Q_DECLARE_METATYPE(Fixture)

class TestHandlingStateMachine : public QObject {
    Q_OBJECT
private slots:
    void initialRecord();
    void initialRecordWithoutTextIsInvalidForGood();
    void initialRecordOfGoodLevelWarns();
    void table_data();
    void table();
    void verifySetsDeadlines_data();
    void verifySetsDeadlines();
    void verifyIn2027IsEstimated();
    void approveInvalidTakesRequestedResult_data();
    void approveInvalidTakesRequestedResult();
    void rejectInvalidCountsFromRejection();
    void secondPersonRule_data();
    void secondPersonRule();
    void delayApproved();
    void delayRejected();
    void secondDelayMustBeLater();
    void completeClearsPendingDelay();
    void reopenFromClosed();
    void reopenFromNotAdopted();
    void invalidPayloads_data();
    void invalidPayloads();
    void actionEnvelopeChecked();
    void versionRisesByOnePerAction();
    void deterministic();

private:
    HandlingAction action(ActionType type, const QString &actor, const char *time,
                          QJsonObject payload = {});
    HandlingRecord step(const HandlingRecord &r, ActionType type, const QString &actor,
                        const char *time, QJsonObject payload = {});
    HandlingRecord fixture(Fixture f);

    HandlingStateMachine m_machine{DeadlinePolicy{}, WorkingCalendar::builtin()};
    int m_seq = 0;
};

HandlingAction TestHandlingStateMachine::action(ActionType type, const QString &actor,
                                                const char *time, QJsonObject payload)
{
    return {QStringLiteral("act-%1").arg(++m_seq), type, actor, at(time),
            payload.isEmpty() ? validPayload(type) : payload};
}

// Applies an action that must succeed (a fixture step); records a failure otherwise.
HandlingRecord TestHandlingStateMachine::step(const HandlingRecord &r, ActionType type,
                                              const QString &actor, const char *time,
                                              QJsonObject payload)
{
    const TransitionResult result = m_machine.apply(r, action(type, actor, time, payload));
    if (!result.ok)
        QTest::qFail(qPrintable(QStringLiteral("fixture step %1 refused: %2 %3")
                                    .arg(toString(type), result.errorCode, result.message)),
                     __FILE__, __LINE__);
    return result.record;
}

// Records in every state, reached through the machine itself. The bad review was made on
// Thu 2026-02-12 09:00 and is handled the next day.
HandlingRecord TestHandlingStateMachine::fixture(Fixture f)
{
    const HandlingRecord fresh =
        m_machine.initialRecord(QStringLiteral("E20260212000001"), 1,
                                QStringLiteral("排队两个小时无人引导"), at("2026-02-12 09:00:00"));
    switch (f) {
    case Fixture::Invalid:
        return m_machine.initialRecord(QStringLiteral("E2"), 2, QStringLiteral(" "),
                                       at("2026-02-12 09:00:00"));
    case Fixture::Unverified:
        return fresh;
    case Fixture::Withdrawn: {
        HandlingRecord r = fresh;
        r.withdrawn = true;
        return r;
    }
    case Fixture::InvalidRequested:
        return step(fresh, ActionType::RequestInvalid, kHandler, "2026-02-12 15:00:00");
    case Fixture::NotAdopted:
        return step(fixture(Fixture::InvalidRequested), ActionType::ApproveInvalid, kChief,
                    "2026-02-12 17:00:00");
    case Fixture::Confirmed:
        return step(fresh, ActionType::Verify, kHandler, "2026-02-13 10:00:00");
    case Fixture::ConfirmedDelayPending:
        return step(fixture(Fixture::Confirmed), ActionType::RequestDelay, kHandler,
                    "2026-02-13 11:00:00");
    case Fixture::Rectifying:
        return step(fixture(Fixture::Confirmed), ActionType::Plan, kHandler, "2026-02-13 12:00:00");
    case Fixture::RectifyingDelayPending:
        return step(fixture(Fixture::Rectifying), ActionType::RequestDelay, kHandler,
                    "2026-02-13 13:00:00");
    case Fixture::Rectified:
        return step(fixture(Fixture::Rectifying), ActionType::Complete, kHandler,
                    "2026-02-24 09:00:00");
    case Fixture::Closed:
        return step(fixture(Fixture::Rectified), ActionType::FollowUp, kHandler,
                    "2026-02-24 16:00:00");
    }
    return fresh;
}

void TestHandlingStateMachine::initialRecord()
{
    // 000 art.7: verify within 24 h of the evaluation.
    const HandlingRecord r = m_machine.initialRecord(
        QStringLiteral("E1"), 2, QStringLiteral("态度差"), at("2026-10-15 09:31:02"));
    QCOMPARE(r.evalId, QStringLiteral("E1"));
    QCOMPARE(r.state, HandlingState::Unverified);
    QCOMPARE(r.verifyResult, VerifyResult::None);
    QCOMPARE(r.verifyDeadline, at("2026-10-16 09:31:02"));
    QVERIFY(!r.rectificationDeadline.isValid());
    QCOMPARE(r.version, 0);
    QVERIFY(r.history.isEmpty());
    QCOMPARE(m_machine.allowedActions(r, kHandler),
             (QList<ActionType>{ActionType::Verify, ActionType::RequestInvalid}));
}

void TestHandlingStateMachine::initialRecordWithoutTextIsInvalidForGood()
{
    // Table row 1 / 000 art.6: a level 1–2 evaluation without text is invalid, no actions.
    for (const QString &text : {QString(), QStringLiteral(""), QStringLiteral(" \t\u3000")}) {
        const HandlingRecord r =
            m_machine.initialRecord(QStringLiteral("E9"), 1, text, at("2026-10-15 09:31:02"));
        QCOMPARE(r.state, HandlingState::Invalid);
        QVERIFY(!r.verifyDeadline.isValid());
        QVERIFY(m_machine.allowedActions(r, kHandler).isEmpty());
        for (ActionType type : kAllActionTypes) {
            const TransitionResult t =
                m_machine.apply(r, action(type, kOther, "2026-10-15 10:00:00"));
            QVERIFY(!t.ok);
            QCOMPARE(t.errorCode, QStringLiteral("illegal_transition"));
            QCOMPARE(t.record, r);
        }
    }
}

void TestHandlingStateMachine::initialRecordOfGoodLevelWarns()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("handling record asked for a level 4"));
    const HandlingRecord r = m_machine.initialRecord(QStringLiteral("E3"), 4, QStringLiteral("好"),
                                                     at("2026-10-15 09:31:02"));
    QCOMPARE(r.state, HandlingState::Invalid);
}

void TestHandlingStateMachine::table_data()
{
    QTest::addColumn<Fixture>("fixture");
    QTest::addColumn<HandlingState>("state");
    QTest::addColumn<bool>("pending");
    QTest::addColumn<ActionType>("type");
    QTest::addColumn<bool>("legal");

    struct Row {
        const char *name;
        Fixture f;
        HandlingState state;
        bool pending;
        QList<ActionType> legal;
    };
    // The table of PLATFORM_API.md; every (state, action) pair not listed is illegal.
    const Row rows[] = {
        {"invalid", Fixture::Invalid, HandlingState::Invalid, false, {}},
        {"withdrawn", Fixture::Withdrawn, HandlingState::Unverified, false, {}},
        {"unverified",
         Fixture::Unverified,
         HandlingState::Unverified,
         false,
         {ActionType::Verify, ActionType::RequestInvalid}},
        {"invalid_requested",
         Fixture::InvalidRequested,
         HandlingState::InvalidRequested,
         false,
         {ActionType::ApproveInvalid, ActionType::RejectInvalid}},
        {"confirmed",
         Fixture::Confirmed,
         HandlingState::Confirmed,
         false,
         {ActionType::Plan, ActionType::RequestDelay}},
        {"confirmed+pending",
         Fixture::ConfirmedDelayPending,
         HandlingState::Confirmed,
         true,
         {ActionType::Plan, ActionType::ApproveDelay, ActionType::RejectDelay}},
        {"not_adopted",
         Fixture::NotAdopted,
         HandlingState::NotAdopted,
         false,
         {ActionType::Reopen}},
        {"rectifying",
         Fixture::Rectifying,
         HandlingState::Rectifying,
         false,
         {ActionType::Complete, ActionType::RequestDelay}},
        {"rectifying+pending",
         Fixture::RectifyingDelayPending,
         HandlingState::Rectifying,
         true,
         {ActionType::Complete, ActionType::ApproveDelay, ActionType::RejectDelay}},
        {"rectified", Fixture::Rectified, HandlingState::Rectified, false, {ActionType::FollowUp}},
        {"closed", Fixture::Closed, HandlingState::Closed, false, {ActionType::Reopen}},
    };
    for (const Row &row : rows) {
        for (ActionType type : kAllActionTypes) {
            QTest::addRow("%s/%s", row.name, qPrintable(toString(type)))
                << row.f << row.state << row.pending << type << row.legal.contains(type);
        }
    }
}

void TestHandlingStateMachine::table()
{
    QFETCH(Fixture, fixture);
    QFETCH(HandlingState, state);
    QFETCH(bool, pending);
    QFETCH(ActionType, type);
    QFETCH(bool, legal);

    const HandlingRecord before = this->fixture(fixture);
    QCOMPARE(before.state, state);
    QCOMPARE(before.delayPending, pending);
    // A third person, so the second-person rule never interferes here.
    QCOMPARE(m_machine.allowedActions(before, kOther).contains(type), legal);

    const HandlingAction a = action(type, kOther, "2026-02-25 10:00:00");
    const TransitionResult t = m_machine.apply(before, a);
    if (!legal) {
        QVERIFY(!t.ok);
        QCOMPARE(t.errorCode, QStringLiteral("illegal_transition"));
        QVERIFY(!t.message.isEmpty());
        QCOMPARE(t.record, before);
        return;
    }
    QVERIFY2(t.ok, qPrintable(t.errorCode + QLatin1Char(' ') + t.message));
    QVERIFY(t.errorCode.isEmpty());
    QCOMPARE(t.record.state, targetOf(type).value_or(state));
    QCOMPARE(t.record.version, before.version + 1);
    QCOMPARE(t.record.history.size(), before.history.size() + 1);
    const HistoryEntry last = t.record.history.last();
    QCOMPARE(last, (HistoryEntry{a.actionId, a.type, a.actor, a.at, a.payload}));
    QCOMPARE(t.record.history.mid(0, before.history.size()), before.history);
    QCOMPARE(t.record.evalId, before.evalId);
    if (type == ActionType::RequestDelay)
        QVERIFY(t.record.delayPending);
    if (type == ActionType::ApproveDelay || type == ActionType::RejectDelay)
        QVERIFY(!t.record.delayPending);
}

void TestHandlingStateMachine::verifySetsDeadlines_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("deadline");
    // Confirmed Fri 2026-02-13 16:20 (Spring Festival 2026, see tst_deadlines for the
    // counting): 10 working → 03-05, 5 working → 02-27, 15 natural → 02-28.
    QTest::newRow("10-working-000-art7") << 10 << int(DayKind::Working) << "2026-03-05 23:59:59";
    QTest::newRow("5-working-003-art35") << 5 << int(DayKind::Working) << "2026-02-27 23:59:59";
    QTest::newRow("15-natural-zhejiang") << 15 << int(DayKind::Natural) << "2026-02-28 23:59:59";
}

void TestHandlingStateMachine::verifySetsDeadlines()
{
    QFETCH(int, days);
    QFETCH(int, kind);
    QFETCH(QString, deadline);
    const HandlingStateMachine machine(DeadlinePolicy{24, days, DayKind(kind)},
                                       WorkingCalendar::builtin());
    const HandlingRecord r = machine.initialRecord(QStringLiteral("E1"), 1, QStringLiteral("慢"),
                                                   at("2026-02-13 09:00:00"));
    const TransitionResult t =
        machine.apply(r, action(ActionType::Verify, kHandler, "2026-02-13 16:20:00"));
    QVERIFY(t.ok);
    QCOMPARE(t.record.state, HandlingState::Confirmed);
    QCOMPARE(t.record.verifyResult, VerifyResult::Confirmed);
    QCOMPARE(t.record.verifiedAt, at("2026-02-13 16:20:00"));
    QCOMPARE(formatPlatformTime(t.record.rectificationDeadline), deadline);
    QCOMPARE(t.record.effectiveRectificationDeadline(), t.record.rectificationDeadline);
    QVERIFY(!t.record.deadlineEstimated);
    QCOMPARE(t.record.verifyDeadline, at("2026-02-14 09:00:00")); // unchanged
}

void TestHandlingStateMachine::verifyIn2027IsEstimated()
{
    // 2027 is not in the calendar: Fri 2027-02-05 + 10 working (weekends only) = 02-19.
    const HandlingRecord r = m_machine.initialRecord(QStringLiteral("E1"), 1, QStringLiteral("慢"),
                                                     at("2027-02-05 09:00:00"));
    const TransitionResult t =
        m_machine.apply(r, action(ActionType::Verify, kHandler, "2027-02-05 11:00:00"));
    QVERIFY(t.ok);
    QCOMPARE(formatPlatformTime(t.record.rectificationDeadline),
             QStringLiteral("2027-02-19 23:59:59"));
    QVERIFY(t.record.deadlineEstimated);
}

void TestHandlingStateMachine::approveInvalidTakesRequestedResult_data()
{
    QTest::addColumn<QString>("result");
    QTest::addColumn<int>("expected");
    // 000 art.7: 误评 and 恶意差评 are not adopted.
    QTest::newRow("mistaken") << "mistaken" << int(VerifyResult::Mistaken);
    QTest::newRow("malicious") << "malicious" << int(VerifyResult::Malicious);
}

void TestHandlingStateMachine::approveInvalidTakesRequestedResult()
{
    QFETCH(QString, result);
    QFETCH(int, expected);
    HandlingRecord r = fixture(Fixture::Unverified);
    r = step(r, ActionType::RequestInvalid, kHandler, "2026-02-12 15:00:00",
             {{"result", result}, {"evidence", "录像"}});
    QCOMPARE(r.state, HandlingState::InvalidRequested);
    QCOMPARE(r.verifyResult, VerifyResult::None); // undecided until approved
    r = step(r, ActionType::ApproveInvalid, kChief, "2026-02-12 18:00:00", {{"note", "同意"}});
    QCOMPARE(r.state, HandlingState::NotAdopted);
    QCOMPARE(r.verifyResult, VerifyResult(expected));
    QCOMPARE(r.verifiedAt, at("2026-02-12 18:00:00"));
    QVERIFY(!r.rectificationDeadline.isValid()); // nothing to rectify
    // The note is optional for an approval.
    HandlingRecord r2 = step(fixture(Fixture::Unverified), ActionType::RequestInvalid, kHandler,
                             "2026-02-12 15:00:00", {{"result", result}, {"evidence", "录像"}});
    const TransitionResult t = m_machine.apply(
        r2, action(ActionType::ApproveInvalid, kChief, "2026-02-12 18:00:00", {{"x", 1}}));
    QVERIFY(t.ok);
}

void TestHandlingStateMachine::rejectInvalidCountsFromRejection()
{
    // Table: reject_invalid → confirmed, verifiedAt = that action's at. Requested Tue
    // 2026-09-29, rejected Wed 09-30 11:00: 10-08 (1), 09 (2), Sat 10-10 worked (3), 12
    // (4), 13 (5), 14 (6), 15 (7), 16 (8), 19 (9), 10-20 Tue (10).
    HandlingRecord r = m_machine.initialRecord(QStringLiteral("E1"), 2, QStringLiteral("不理人"),
                                               at("2026-09-29 08:00:00"));
    r = step(r, ActionType::RequestInvalid, kHandler, "2026-09-29 09:00:00");
    r = step(r, ActionType::RejectInvalid, kChief, "2026-09-30 11:00:00");
    QCOMPARE(r.state, HandlingState::Confirmed);
    QCOMPARE(r.verifyResult, VerifyResult::Confirmed);
    QCOMPARE(r.verifiedAt, at("2026-09-30 11:00:00"));
    QCOMPARE(formatPlatformTime(r.rectificationDeadline), QStringLiteral("2026-10-20 23:59:59"));
}

void TestHandlingStateMachine::secondPersonRule_data()
{
    QTest::addColumn<Fixture>("fixture");
    QTest::addColumn<ActionType>("type");
    // DESIGN.md §1: "one person cannot both request and approve it"; applied to approvals
    // and rejections of both invalid and delay requests.
    QTest::newRow("approve_invalid") << Fixture::InvalidRequested << ActionType::ApproveInvalid;
    QTest::newRow("reject_invalid") << Fixture::InvalidRequested << ActionType::RejectInvalid;
    QTest::newRow("approve_delay") << Fixture::ConfirmedDelayPending << ActionType::ApproveDelay;
    QTest::newRow("reject_delay") << Fixture::RectifyingDelayPending << ActionType::RejectDelay;
}

void TestHandlingStateMachine::secondPersonRule()
{
    QFETCH(Fixture, fixture);
    QFETCH(ActionType, type);
    const HandlingRecord r = this->fixture(fixture);
    // kHandler made the request in every fixture.
    const TransitionResult same = m_machine.apply(r, action(type, kHandler, "2026-02-14 10:00:00"));
    QVERIFY(!same.ok);
    QCOMPARE(same.errorCode, QStringLiteral("same_actor"));
    QVERIFY(same.message.contains(kHandler));
    QCOMPARE(same.record, r);
    QVERIFY(!m_machine.allowedActions(r, kHandler).contains(type));
    QVERIFY(m_machine.allowedActions(r, kChief).contains(type));
    const TransitionResult other = m_machine.apply(r, action(type, kChief, "2026-02-14 10:00:00"));
    QVERIFY2(other.ok, qPrintable(other.message));
}

void TestHandlingStateMachine::delayApproved()
{
    // 000 art.7 / 003 art.35(3): a delay records the reason and a new deadline, which then
    // is the effective one.
    HandlingRecord r = fixture(Fixture::Rectifying);
    QCOMPARE(formatPlatformTime(r.rectificationDeadline), QStringLiteral("2026-03-05 23:59:59"));
    r = step(r, ActionType::RequestDelay, kHandler, "2026-03-02 09:00:00",
             {{"reason", "设备未到货，无法整改"},
              {"proposedDeadline", "2026-03-31 23:59:59"},
              {"cannotRectify", true}});
    QCOMPARE(r.state, HandlingState::Rectifying);
    QVERIFY(r.delayPending);
    QVERIFY(!r.delayDeadline.isValid());
    QCOMPARE(r.effectiveRectificationDeadline(), r.rectificationDeadline);
    // The approver may set another deadline than the one proposed.
    r = step(r, ActionType::ApproveDelay, kChief, "2026-03-02 15:00:00",
             {{"deadline", "2026-03-20 23:59:59"}});
    QCOMPARE(r.state, HandlingState::Rectifying);
    QVERIFY(!r.delayPending);
    QCOMPARE(r.delayDeadline, at("2026-03-20 23:59:59"));
    QCOMPARE(r.delayReason, QStringLiteral("设备未到货，无法整改"));
    QCOMPARE(r.effectiveRectificationDeadline(), at("2026-03-20 23:59:59"));
    QCOMPARE(formatPlatformTime(r.rectificationDeadline), QStringLiteral("2026-03-05 23:59:59"));
}

void TestHandlingStateMachine::delayRejected()
{
    HandlingRecord r = fixture(Fixture::ConfirmedDelayPending);
    r = step(r, ActionType::RejectDelay, kChief, "2026-02-14 10:00:00");
    QCOMPARE(r.state, HandlingState::Confirmed);
    QVERIFY(!r.delayPending);
    QVERIFY(!r.delayDeadline.isValid());
    QCOMPARE(r.effectiveRectificationDeadline(), r.rectificationDeadline);
    // A new request is possible afterwards.
    QVERIFY(m_machine.allowedActions(r, kHandler).contains(ActionType::RequestDelay));
}

void TestHandlingStateMachine::secondDelayMustBeLater()
{
    HandlingRecord r = fixture(Fixture::ConfirmedDelayPending);
    // Only one pending request at a time.
    TransitionResult t =
        m_machine.apply(r, action(ActionType::RequestDelay, kOther, "2026-02-14 10:00:00"));
    QCOMPARE(t.errorCode, QStringLiteral("illegal_transition"));
    r = step(r, ActionType::ApproveDelay, kChief, "2026-02-14 10:00:00",
             {{"deadline", "2026-03-20 23:59:59"}});
    // The next proposal must go beyond the approved delay deadline.
    t = m_machine.apply(r,
                        action(ActionType::RequestDelay, kHandler, "2026-03-15 10:00:00",
                               {{"reason", "再延"}, {"proposedDeadline", "2026-03-20 23:59:59"}}));
    QCOMPARE(t.errorCode, QStringLiteral("invalid_payload"));
    QVERIFY(t.message.contains(QLatin1String("2026-03-20 23:59:59")));
    r = step(r, ActionType::RequestDelay, kHandler, "2026-03-15 10:00:00",
             {{"reason", "再延"}, {"proposedDeadline", "2026-03-27 23:59:59"}});
    r = step(r, ActionType::ApproveDelay, kOther, "2026-03-15 12:00:00",
             {{"deadline", "2026-03-27 23:59:59"}});
    QCOMPARE(r.effectiveRectificationDeadline(), at("2026-03-27 23:59:59"));
    QCOMPARE(r.delayReason, QStringLiteral("再延"));
}

void TestHandlingStateMachine::completeClearsPendingDelay()
{
    HandlingRecord r = fixture(Fixture::RectifyingDelayPending);
    r = step(r, ActionType::Complete, kOther, "2026-02-26 10:00:00");
    QCOMPARE(r.state, HandlingState::Rectified);
    QVERIFY(!r.delayPending);
    QCOMPARE(m_machine.allowedActions(r, kChief), QList<ActionType>{ActionType::FollowUp});
}

void TestHandlingStateMachine::reopenFromClosed()
{
    HandlingRecord r = fixture(Fixture::Closed);
    QVERIFY(r.followUp);
    QCOMPARE(r.followUp->satisfaction, 4);
    QCOMPARE(r.followUp->method, QStringLiteral("phone"));
    const QDateTime verifiedAt = r.verifiedAt;
    // Reopened Fri 2026-10-09 15:00: Sat 10-10 worked (1), 10-12 (2), 13 (3), 14 (4), 15
    // (5), 16 (6), 19 (7), 20 (8), 21 (9), 10-22 Thu (10).
    r = step(r, ActionType::Reopen, kOther, "2026-10-09 15:00:00");
    QCOMPARE(r.state, HandlingState::Confirmed);
    QCOMPARE(r.verifyResult, VerifyResult::Confirmed);
    QCOMPARE(r.verifiedAt, verifiedAt); // the original verification stays on record
    QCOMPARE(formatPlatformTime(r.rectificationDeadline), QStringLiteral("2026-10-22 23:59:59"));
    QVERIFY(!r.followUp);
    QVERIFY(!r.delayDeadline.isValid());
    QCOMPARE(r.history.last().type, ActionType::Reopen);
}

void TestHandlingStateMachine::reopenFromNotAdopted()
{
    HandlingRecord r = fixture(Fixture::NotAdopted);
    QCOMPARE(r.verifyResult, VerifyResult::Malicious);
    r = step(r, ActionType::Reopen, kOther, "2026-02-13 10:00:00");
    QCOMPARE(r.state, HandlingState::Confirmed);
    QCOMPARE(r.verifyResult, VerifyResult::Confirmed);
    QCOMPARE(formatPlatformTime(r.rectificationDeadline), QStringLiteral("2026-03-05 23:59:59"));
}

void TestHandlingStateMachine::invalidPayloads_data()
{
    QTest::addColumn<Fixture>("fixture");
    QTest::addColumn<ActionType>("type");
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<QString>("field");
    const auto U = Fixture::Unverified;
    QTest::newRow("verify-no-evidence")
        << U << ActionType::Verify << QJsonObject{{"x", 1}} << "evidence";
    QTest::newRow("verify-blank-evidence")
        << U << ActionType::Verify << QJsonObject{{"evidence", "  "}} << "evidence";
    QTest::newRow("verify-evidence-number")
        << U << ActionType::Verify << QJsonObject{{"evidence", 5}} << "evidence";
    QTest::newRow("request-invalid-result-confirmed")
        << U << ActionType::RequestInvalid
        << QJsonObject{{"result", "confirmed"}, {"evidence", "e"}} << "result";
    QTest::newRow("request-invalid-no-evidence")
        << U << ActionType::RequestInvalid << QJsonObject{{"result", "mistaken"}} << "evidence";
    QTest::newRow("reject-invalid-no-note")
        << Fixture::InvalidRequested << ActionType::RejectInvalid << QJsonObject{{"x", 1}}
        << "note";
    QTest::newRow("approve-invalid-note-number")
        << Fixture::InvalidRequested << ActionType::ApproveInvalid << QJsonObject{{"note", 3}}
        << "note";
    QTest::newRow("plan-no-person")
        << Fixture::Confirmed << ActionType::Plan
        << QJsonObject{{"deptCode", "D"}, {"measures", "m"}} << "person";
    QTest::newRow("plan-no-dept") << Fixture::Confirmed << ActionType::Plan
                                  << QJsonObject{{"person", "p"}, {"measures", "m"}} << "deptCode";
    QTest::newRow("plan-no-measures")
        << Fixture::Confirmed << ActionType::Plan << QJsonObject{{"deptCode", "D"}, {"person", "p"}}
        << "measures";
    QTest::newRow("complete-no-changes")
        << Fixture::Rectifying << ActionType::Complete << QJsonObject{{"x", 1}} << "changes";
    const auto R = Fixture::Rectified;
    QTest::newRow("follow-up-6") << R << ActionType::FollowUp
                                 << QJsonObject{{"satisfaction", 6}, {"method", "sms"}}
                                 << "satisfaction";
    QTest::newRow("follow-up-0") << R << ActionType::FollowUp
                                 << QJsonObject{{"satisfaction", 0}, {"method", "sms"}}
                                 << "satisfaction";
    QTest::newRow("follow-up-2.5")
        << R << ActionType::FollowUp << QJsonObject{{"satisfaction", 2.5}, {"method", "sms"}}
        << "satisfaction";
    QTest::newRow("follow-up-string")
        << R << ActionType::FollowUp << QJsonObject{{"satisfaction", "5"}, {"method", "sms"}}
        << "satisfaction";
    QTest::newRow("follow-up-email")
        << R << ActionType::FollowUp << QJsonObject{{"satisfaction", 5}, {"method", "email"}}
        << "method";
    QTest::newRow("follow-up-note-bool")
        << R << ActionType::FollowUp
        << QJsonObject{{"satisfaction", 5}, {"method", "visit"}, {"note", true}} << "note";
    const auto C = Fixture::Confirmed;
    QTest::newRow("delay-no-reason")
        << C << ActionType::RequestDelay << QJsonObject{{"proposedDeadline", "2026-03-20 23:59:59"}}
        << "reason";
    QTest::newRow("delay-bad-time")
        << C << ActionType::RequestDelay
        << QJsonObject{{"reason", "r"}, {"proposedDeadline", "2026-03-20T23:59:59"}}
        << "proposedDeadline";
    // Not a delay: earlier than the current deadline 2026-03-05 23:59:59.
    QTest::newRow("delay-earlier")
        << C << ActionType::RequestDelay
        << QJsonObject{{"reason", "r"}, {"proposedDeadline", "2026-03-05 23:59:59"}}
        << "proposedDeadline";
    QTest::newRow("delay-cannot-rectify-string")
        << C << ActionType::RequestDelay
        << QJsonObject{{"reason", "r"},
                       {"proposedDeadline", "2026-03-20 23:59:59"},
                       {"cannotRectify", "yes"}}
        << "cannotRectify";
    QTest::newRow("approve-delay-no-deadline")
        << Fixture::ConfirmedDelayPending << ActionType::ApproveDelay << QJsonObject{{"note", "ok"}}
        << "deadline";
    QTest::newRow("approve-delay-earlier")
        << Fixture::ConfirmedDelayPending << ActionType::ApproveDelay
        << QJsonObject{{"deadline", "2026-03-01 23:59:59"}} << "deadline";
    QTest::newRow("reject-delay-no-note")
        << Fixture::ConfirmedDelayPending << ActionType::RejectDelay << QJsonObject{{"x", 1}}
        << "note";
    QTest::newRow("reopen-no-reason")
        << Fixture::Closed << ActionType::Reopen << QJsonObject{{"x", 1}} << "reason";
}

void TestHandlingStateMachine::invalidPayloads()
{
    QFETCH(Fixture, fixture);
    QFETCH(ActionType, type);
    QFETCH(QJsonObject, payload);
    QFETCH(QString, field);
    const HandlingRecord r = this->fixture(fixture);
    const TransitionResult t =
        m_machine.apply(r, action(type, kOther, "2026-02-25 10:00:00", payload));
    QVERIFY(!t.ok);
    QCOMPARE(t.errorCode, QStringLiteral("invalid_payload"));
    QVERIFY2(t.message.contains(field), qPrintable(t.message));
    QCOMPARE(t.record, r);
}

void TestHandlingStateMachine::actionEnvelopeChecked()
{
    const HandlingRecord r = fixture(Fixture::Unverified);
    HandlingAction a = action(ActionType::Verify, kHandler, "2026-02-12 10:00:00");
    a.actor = QStringLiteral(" ");
    QCOMPARE(m_machine.apply(r, a).errorCode, QStringLiteral("invalid_payload"));
    a = action(ActionType::Verify, kHandler, "2026-02-12 10:00:00");
    a.actionId.clear();
    QCOMPARE(m_machine.apply(r, a).errorCode, QStringLiteral("invalid_payload"));
    a = action(ActionType::Verify, kHandler, "2026-02-12 10:00:00");
    a.at = QDateTime();
    QCOMPARE(m_machine.apply(r, a).errorCode, QStringLiteral("invalid_payload"));
}

void TestHandlingStateMachine::versionRisesByOnePerAction()
{
    // POST .../actions: "Each applied action raises version by exactly 1"; refusals do not.
    HandlingRecord r = fixture(Fixture::Unverified);
    r.version = 7; // as synced from the platform
    const struct {
        ActionType type;
        QString actor;
        const char *time;
    } path[] = {
        {ActionType::Verify, kHandler, "2026-02-12 11:00:00"},
        {ActionType::RequestDelay, kHandler, "2026-02-13 09:00:00"},
        {ActionType::ApproveDelay, kChief, "2026-02-13 10:00:00"},
        {ActionType::Plan, kHandler, "2026-02-13 11:00:00"},
        {ActionType::Complete, kHandler, "2026-03-10 11:00:00"},
        {ActionType::FollowUp, kOther, "2026-03-11 11:00:00"},
        {ActionType::Reopen, kChief, "2026-03-12 11:00:00"},
    };
    int expected = 7;
    for (const auto &p : path) {
        const TransitionResult refused =
            m_machine.apply(r, action(p.type, p.actor, p.time, {{"x", 1}}));
        QVERIFY(!refused.ok);
        QCOMPARE(refused.record.version, expected);
        r = step(r, p.type, p.actor, p.time);
        QCOMPARE(r.version, ++expected);
        QCOMPARE(r.history.size(), expected - 7);
    }
    QCOMPARE(r.state, HandlingState::Confirmed);
}

void TestHandlingStateMachine::deterministic()
{
    // The simulator and the console must agree: same inputs, same record, any zone.
    const HandlingRecord r = fixture(Fixture::InvalidRequested);
    const HandlingAction a = action(ActionType::RejectInvalid, kChief, "2026-02-13 23:59:59");
    const TransitionResult first = m_machine.apply(r, a);
    test::setMachineZone("Asia/Tokyo");
    const TransitionResult second = m_machine.apply(r, a);
    test::setMachineZone("America/New_York");
    QVERIFY(first.ok);
    QCOMPARE(second.record, first.record);
    QCOMPARE(second.record.toJson(), first.record.toJson());
    QCOMPARE(formatPlatformTime(first.record.rectificationDeadline),
             QStringLiteral("2026-03-05 23:59:59"));
}

QTEST_GUILESS_MAIN(TestHandlingStateMachine)
#include "tst_handlingstatemachine.moc"
