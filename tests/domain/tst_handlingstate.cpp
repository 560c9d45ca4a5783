// SPDX-License-Identifier: GPL-3.0-or-later
// PLATFORM_API.md "Bad-review handling": the state, verifyResult and action `type` strings
// are the API's, shared by JSON, SQL and the CLI.
#include "models/domain/HandlingState.h"

#include <QSet>
#include <QTest>

using namespace pingjia;

class TestHandlingState : public QObject {
    Q_OBJECT
private slots:
    void apiStrings();
    void roundTrips();
    void unknownStrings();
    void labelsAreDistinct();
    void openStates();
};

void TestHandlingState::apiStrings()
{
    QStringList states;
    for (HandlingState s : kAllHandlingStates)
        states << toString(s);
    QCOMPARE(states, (QStringList{"invalid", "unverified", "invalid_requested", "confirmed",
                                  "not_adopted", "rectifying", "rectified", "closed"}));
    QStringList actions;
    for (ActionType a : kAllActionTypes)
        actions << toString(a);
    QCOMPARE(actions, (QStringList{"verify", "request_invalid", "approve_invalid", "reject_invalid",
                                   "plan", "complete", "follow_up", "request_delay",
                                   "approve_delay", "reject_delay", "reopen"}));
    QCOMPARE(toString(VerifyResult::None), QString());
    QCOMPARE(toString(VerifyResult::Confirmed), QStringLiteral("confirmed"));
    QCOMPARE(toString(VerifyResult::Mistaken), QStringLiteral("mistaken"));
    QCOMPARE(toString(VerifyResult::Malicious), QStringLiteral("malicious"));
}

void TestHandlingState::roundTrips()
{
    for (HandlingState s : kAllHandlingStates)
        QCOMPARE(handlingStateFromString(toString(s)), std::optional(s));
    for (ActionType a : kAllActionTypes)
        QCOMPARE(actionTypeFromString(toString(a)), std::optional(a));
    for (VerifyResult r : {VerifyResult::None, VerifyResult::Confirmed, VerifyResult::Mistaken,
                           VerifyResult::Malicious})
        QCOMPARE(verifyResultFromString(toString(r)), std::optional(r));
}

void TestHandlingState::unknownStrings()
{
    QCOMPARE(handlingStateFromString(QStringLiteral("Confirmed")), std::nullopt);
    QCOMPARE(handlingStateFromString(QString()), std::nullopt);
    QCOMPARE(actionTypeFromString(QStringLiteral("approve")), std::nullopt);
    QCOMPARE(verifyResultFromString(QStringLiteral("true")), std::nullopt);
}

void TestHandlingState::labelsAreDistinct()
{
    QSet<QString> labels;
    for (HandlingState s : kAllHandlingStates)
        labels.insert(handlingStateName(s));
    QCOMPARE(labels.size(), qsizetype(std::size(kAllHandlingStates)));
    labels.clear();
    for (ActionType a : kAllActionTypes)
        labels.insert(actionTypeName(a));
    QCOMPARE(labels.size(), qsizetype(std::size(kAllActionTypes)));
    QVERIFY(!labels.contains(QString()));
    QCOMPARE(verifyResultName(VerifyResult::Malicious), QStringLiteral("Malicious"));
}

void TestHandlingState::openStates()
{
    // 003 art.35(4) 双归零: open bad reviews go to zero; closed, not adopted and invalid ones
    // are done.
    QVERIFY(isOpenState(HandlingState::Unverified));
    QVERIFY(isOpenState(HandlingState::InvalidRequested));
    QVERIFY(isOpenState(HandlingState::Confirmed));
    QVERIFY(isOpenState(HandlingState::Rectifying));
    QVERIFY(isOpenState(HandlingState::Rectified)); // the follow-up visit is still due
    QVERIFY(!isOpenState(HandlingState::Closed));
    QVERIFY(!isOpenState(HandlingState::NotAdopted));
    QVERIFY(!isOpenState(HandlingState::Invalid));
}

QTEST_GUILESS_MAIN(TestHandlingState)
#include "tst_handlingstate.moc"
