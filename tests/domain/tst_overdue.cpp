// SPDX-License-Identifier: GPL-3.0-or-later
// 000 art.7 time limits: a bad review is verify-overdue while unverified after its verify
// deadline, and rectification-overdue while confirmed/rectifying after its effective
// deadline (the approved delay deadline when there is one).
#include "DomainTestSupport.h"
#include "models/domain/Overdue.h"

#include <QTest>

using namespace pingjia;
using test::at;

Q_DECLARE_METATYPE(pingjia::HandlingState)

class TestOverdue : public QObject {
    Q_OBJECT
private slots:
    void verify_data();
    void verify();
    void rectification_data();
    void rectification();
    void withdrawnNeverOverdue();
};

void TestOverdue::verify_data()
{
    QTest::addColumn<HandlingState>("state");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("overdue");
    // verifyDeadline 2026-10-16 09:31:02 (assessTime 2026-10-15 09:31:02 + 24 h).
    QTest::newRow("before") << HandlingState::Unverified << at("2026-10-16 09:31:01") << false;
    QTest::newRow("at-deadline") << HandlingState::Unverified << at("2026-10-16 09:31:02") << false;
    QTest::newRow("one-second-late")
        << HandlingState::Unverified << at("2026-10-16 09:31:03") << true;
    // Once a request or a verification exists, the verification is no longer overdue.
    QTest::newRow("invalid-requested")
        << HandlingState::InvalidRequested << at("2026-10-20 00:00:00") << false;
    QTest::newRow("confirmed") << HandlingState::Confirmed << at("2026-10-20 00:00:00") << false;
    QTest::newRow("invalid") << HandlingState::Invalid << at("2026-10-20 00:00:00") << false;
}

void TestOverdue::verify()
{
    QFETCH(HandlingState, state);
    QFETCH(QDateTime, now);
    QFETCH(bool, overdue);
    HandlingRecord r;
    r.state = state;
    r.verifyDeadline = at("2026-10-16 09:31:02");
    QCOMPARE(verifyOverdue(r, now), overdue);
    QCOMPARE(isOverdue(r, now), overdue);
}

void TestOverdue::rectification_data()
{
    QTest::addColumn<HandlingState>("state");
    QTest::addColumn<QDateTime>("delay"); // invalid = none
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("overdue");
    // rectificationDeadline 2026-10-19 23:59:59.
    const QDateTime none;
    const QDateTime delay = at("2026-10-30 23:59:59");
    QTest::newRow("confirmed-last-second")
        << HandlingState::Confirmed << none << at("2026-10-19 23:59:59") << false;
    QTest::newRow("confirmed-next-day")
        << HandlingState::Confirmed << none << at("2026-10-20 00:00:00") << true;
    QTest::newRow("rectifying-late")
        << HandlingState::Rectifying << none << at("2026-10-21 00:00:00") << true;
    QTest::newRow("delay-extends")
        << HandlingState::Rectifying << delay << at("2026-10-21 00:00:00") << false;
    QTest::newRow("delay-expired")
        << HandlingState::Rectifying << delay << at("2026-10-31 00:00:00") << true;
    QTest::newRow("rectified-not-overdue")
        << HandlingState::Rectified << none << at("2026-12-01 00:00:00") << false;
    QTest::newRow("closed-not-overdue")
        << HandlingState::Closed << none << at("2026-12-01 00:00:00") << false;
}

void TestOverdue::rectification()
{
    QFETCH(HandlingState, state);
    QFETCH(QDateTime, delay);
    QFETCH(QDateTime, now);
    QFETCH(bool, overdue);
    HandlingRecord r;
    r.state = state;
    r.rectificationDeadline = at("2026-10-19 23:59:59");
    r.delayDeadline = delay;
    QCOMPARE(rectificationOverdue(r, now), overdue);
    QVERIFY(!verifyOverdue(r, now));
}

void TestOverdue::withdrawnNeverOverdue()
{
    HandlingRecord r;
    r.state = HandlingState::Unverified;
    r.verifyDeadline = at("2026-10-16 09:31:02");
    r.withdrawn = true;
    QVERIFY(!verifyOverdue(r, at("2027-01-01 00:00:00")));
    r.state = HandlingState::Confirmed;
    r.rectificationDeadline = at("2026-10-19 23:59:59");
    QVERIFY(!rectificationOverdue(r, at("2027-01-01 00:00:00")));
    // No deadline known: not overdue (nothing to compare with).
    HandlingRecord none;
    none.state = HandlingState::Confirmed;
    QVERIFY(!rectificationOverdue(none, at("2027-01-01 00:00:00")));
}

QTEST_GUILESS_MAIN(TestOverdue)
#include "tst_overdue.moc"
