// SPDX-License-Identifier: GPL-3.0-or-later
// PLATFORM_API.md GET /api/v1/bad-reviews: the record's JSON, read and written losslessly;
// malformed input is refused with a message naming the field (never half-read).
#include "DomainTestSupport.h"
#include "models/domain/HandlingRecord.h"
#include "models/domain/HandlingStateMachine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pingjia;
using test::at;

namespace {
// An API answer as the platform sends it (a confirmed bad review with a delay).
const QByteArray kApiRecord = R"({
  "evalId": "E20261015000123", "state": "rectifying", "verifyResult": "confirmed",
  "verifiedAt": "2026-10-15 15:00:00", "verifyDeadline": "2026-10-16 09:31:02",
  "reformDeadline": "2026-10-29 23:59:59", "delayDeadline": "2026-11-13 23:59:59",
  "delayPending": false, "followUp": null, "version": 4, "status": "normal",
  "updatedAt": "2026-10-20 10:00:01",
  "history": [
    {"actionId": "a1", "type": "verify", "actor": "zhang", "at": "2026-10-15 15:00:00",
     "payload": {"evidence": "录像属实"}},
    {"actionId": "a2", "type": "plan", "actor": "zhang", "at": "2026-10-16 09:00:00",
     "payload": {"deptCode": "D1", "person": "赵六", "measures": "增设引导岗"}},
    {"actionId": "a3", "type": "request_delay", "actor": "zhang", "at": "2026-10-19 09:00:00",
     "payload": {"reason": "设备未到", "proposedDeadline": "2026-11-13 23:59:59"}},
    {"actionId": "a4", "type": "approve_delay", "actor": "li", "at": "2026-10-20 10:00:00",
     "payload": {"deadline": "2026-11-13 23:59:59"}}
  ]})";

QJsonObject apiRecord()
{
    return QJsonDocument::fromJson(kApiRecord).object();
}
} // namespace

class TestHandlingRecord : public QObject {
    Q_OBJECT
private slots:
    void readsApiRecord();
    void roundTripOfEveryField();
    void roundTripThroughStateMachine();
    void nullsAndMissingOptionalFields();
    void followUpPhoneIsNeverWritten();
    void refusesMalformed_data();
    void refusesMalformed();
};

void TestHandlingRecord::readsApiRecord()
{
    QString error;
    const auto r = HandlingRecord::fromJson(apiRecord(), &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->evalId, QStringLiteral("E20261015000123"));
    QCOMPARE(r->state, HandlingState::Rectifying);
    QCOMPARE(r->verifyResult, VerifyResult::Confirmed);
    QCOMPARE(r->verifiedAt, at("2026-10-15 15:00:00"));
    QCOMPARE(r->rectificationDeadline, at("2026-10-29 23:59:59"));
    QCOMPARE(r->effectiveRectificationDeadline(), at("2026-11-13 23:59:59"));
    QCOMPARE(r->version, 4);
    QCOMPARE(r->history.size(), 4);
    QCOMPARE(r->history.at(2).type, ActionType::RequestDelay);
    QCOMPARE(r->history.at(3).actor, QStringLiteral("li"));
    QCOMPARE(r->lastEntry(ActionType::RequestDelay)->actionId, QStringLiteral("a3"));
    QVERIFY(!r->lastEntry(ActionType::Reopen));
    QVERIFY(!r->followUp);
    QVERIFY(!r->withdrawn);
}

void TestHandlingRecord::roundTripOfEveryField()
{
    HandlingRecord r;
    r.evalId = QStringLiteral("E1");
    r.state = HandlingState::Closed;
    r.verifyResult = VerifyResult::Confirmed;
    r.verifiedAt = at("2026-02-13 16:20:00");
    r.verifyDeadline = at("2026-02-14 09:00:00");
    r.rectificationDeadline = at("2027-02-19 23:59:59");
    r.deadlineEstimated = true;
    r.delayDeadline = at("2027-03-01 23:59:59");
    r.delayReason = QStringLiteral("无法整改：设备");
    r.delayPending = true;
    // Every written field: the phone is never written (followUpPhoneIsNeverWritten).
    r.followUp = FollowUp{5,
                          QStringLiteral("visit"),
                          QStringLiteral("满意"),
                          QStringLiteral("wang"),
                          at("2027-03-02 10:00:00"),
                          QString()};
    r.history = {HistoryEntry{QStringLiteral("a1"), ActionType::Verify, QStringLiteral("zhang"),
                              at("2026-02-13 16:20:00"),
                              QJsonObject{{"evidence", "属实"}, {"n", 1.5}}}};
    r.version = 2147483000;
    r.withdrawn = true;
    r.updatedAt = at("2027-03-02 10:00:01");

    const QJsonObject json = r.toJson();
    QCOMPARE(json.value("status").toString(), QStringLiteral("withdrawn"));
    QCOMPARE(json.value("verifiedAt").toString(), QStringLiteral("2026-02-13 16:20:00"));
    // Through bytes, as over the wire and in the store.
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Compact);
    QString error;
    const auto back = HandlingRecord::fromJson(QJsonDocument::fromJson(bytes).object(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, r);
    QCOMPARE(back->toJson(), json);
}

void TestHandlingRecord::roundTripThroughStateMachine()
{
    const HandlingStateMachine machine;
    HandlingRecord r = machine.initialRecord(QStringLiteral("E2"), 1, QStringLiteral("慢"),
                                             at("2026-09-29 08:00:00"));
    const HandlingAction actions[] = {
        {QStringLiteral("a1"), ActionType::RequestInvalid, QStringLiteral("zhang"),
         at("2026-09-29 09:00:00"), QJsonObject{{"result", "mistaken"}, {"evidence", "e"}}},
        {QStringLiteral("a2"), ActionType::ApproveInvalid, QStringLiteral("li"),
         at("2026-09-29 10:00:00"), QJsonObject{{"note", "n"}}},
    };
    for (const HandlingAction &a : actions) {
        const TransitionResult t = machine.apply(r, a);
        QVERIFY2(t.ok, qPrintable(t.message));
        r = t.record;
        const auto back = HandlingRecord::fromJson(r.toJson());
        QVERIFY(back);
        QCOMPARE(*back, r);
    }
    QCOMPARE(r.toJson().value("verifyResult").toString(), QStringLiteral("mistaken"));
    QVERIFY(r.toJson().value("reformDeadline").isNull());
}

// The number a follow-up visit reached is personal data: read, kept in memory, never
// written back (PLATFORM_API.md), except in the platform's own form (the simulator).
void TestHandlingRecord::followUpPhoneIsNeverWritten()
{
    QJsonObject json = apiRecord();
    json["state"] = "closed";
    json["followUp"] =
        QJsonObject{{"satisfaction", 4}, {"method", "phone"},           {"note", "满意"},
                    {"actor", "zhang"},  {"at", "2026-10-25 10:00:00"}, {"phone", "13812345678"}};
    QJsonArray history = json["history"].toArray();
    history.append(QJsonObject{
        {"actionId", "a5"},
        {"type", "follow_up"},
        {"actor", "zhang"},
        {"at", "2026-10-25 10:00:00"},
        {"payload",
         QJsonObject{{"satisfaction", 4}, {"method", "phone"}, {"phone", "13812345678"}}}});
    json["history"] = history;
    QString error;
    const auto r = HandlingRecord::fromJson(json, &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->followUp->phone, QStringLiteral("13812345678"));
    QVERIFY(!r->history.last().payload.contains("phone"));
    QCOMPARE(r->history.last().payload.value("method").toString(), QStringLiteral("phone"));
    const QByteArray written = QJsonDocument(r->toJson()).toJson(QJsonDocument::Compact);
    QVERIFY2(!written.contains("13812345678"), written.constData());
    QCOMPARE(r->followUp->toPlatformJson().value("phone").toString(),
             QStringLiteral("13812345678"));

    // The state machine keeps the number of a follow_up action in the record.
    const HandlingStateMachine machine;
    HandlingRecord rectified = *r;
    rectified.state = HandlingState::Rectified;
    rectified.followUp.reset();
    const TransitionResult t = machine.apply(
        rectified, {QStringLiteral("a6"), ActionType::FollowUp, QStringLiteral("zhang"),
                    at("2026-10-26 10:00:00"),
                    QJsonObject{{"satisfaction", 5}, {"method", "sms"}, {"phone", "13900001111"}}});
    QVERIFY2(t.ok, qPrintable(t.message));
    QCOMPARE(t.record.followUp->phone, QStringLiteral("13900001111"));
    QVERIFY(!QJsonDocument(t.record.followUp->toJson()).toJson().contains("13900001111"));
    const TransitionResult bad = machine.apply(
        rectified, {QStringLiteral("a7"), ActionType::FollowUp, QStringLiteral("zhang"),
                    at("2026-10-26 10:00:00"),
                    QJsonObject{{"satisfaction", 5}, {"method", "sms"}, {"phone", 139}}});
    QVERIFY(!bad.ok);
}

void TestHandlingRecord::nullsAndMissingOptionalFields()
{
    const auto r = HandlingRecord::fromJson(
        QJsonDocument::fromJson(
            R"({"evalId":"E3","state":"unverified","verifyResult":null,"verifiedAt":null,
                "version":0,"history":[]})")
            .object());
    QVERIFY(r);
    QCOMPARE(r->verifyResult, VerifyResult::None);
    QVERIFY(!r->verifiedAt.isValid());
    QVERIFY(!r->delayPending);
    QVERIFY(!r->withdrawn);
    const QJsonObject json = r->toJson();
    QVERIFY(json.value("verifyResult").isNull());
    QVERIFY(json.value("delayDeadline").isNull());
    QVERIFY(json.value("followUp").isNull());
    QCOMPARE(json.value("history").toArray().size(), 0);
}

void TestHandlingRecord::refusesMalformed_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("mention");
    const QJsonValue remove; // undefined = drop the key
    QTest::newRow("no-evalId") << "evalId" << remove << "evalId";
    QTest::newRow("evalId-number") << "evalId" << QJsonValue(5) << "evalId";
    QTest::newRow("unknown-state") << "state" << QJsonValue("done") << "done";
    QTest::newRow("unknown-result") << "verifyResult" << QJsonValue("fake") << "fake";
    QTest::newRow("bad-time") << "verifiedAt" << QJsonValue("2026-10-15T15:00:00") << "verifiedAt";
    QTest::newRow("time-number") << "reformDeadline" << QJsonValue(1) << "reformDeadline";
    QTest::newRow("version-string") << "version" << QJsonValue("4") << "version";
    QTest::newRow("version-fraction") << "version" << QJsonValue(4.5) << "version";
    QTest::newRow("no-version") << "version" << remove << "version";
    QTest::newRow("pending-string") << "delayPending" << QJsonValue("false") << "delayPending";
    QTest::newRow("unknown-status") << "status" << QJsonValue("deleted") << "deleted";
    QTest::newRow("history-object") << "history" << QJsonValue(QJsonObject{}) << "history";
    QTest::newRow("history-bad-type")
        << "history"
        << QJsonValue(QJsonArray{QJsonObject{{"actionId", "a"},
                                             {"type", "approve"},
                                             {"actor", "x"},
                                             {"at", "2026-10-15 15:00:00"}}})
        << "history[0]";
    QTest::newRow("history-no-at")
        << "history"
        << QJsonValue(
               QJsonArray{QJsonObject{{"actionId", "a"}, {"type", "verify"}, {"actor", "x"}}})
        << "history[0]";
    QTest::newRow("history-not-object") << "history" << QJsonValue(QJsonArray{1}) << "history[0]";
    QTest::newRow("follow-up-7") << "followUp"
                                 << QJsonValue(QJsonObject{{"satisfaction", 7}, {"method", "sms"}})
                                 << "satisfaction";
    QTest::newRow("follow-up-string") << "followUp" << QJsonValue("ok") << "followUp";
}

void TestHandlingRecord::refusesMalformed()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, mention);
    QJsonObject json = apiRecord();
    if (value.isUndefined())
        json.remove(key);
    else
        json.insert(key, value);
    QString error;
    QCOMPARE(HandlingRecord::fromJson(json, &error), std::nullopt);
    QVERIFY2(error.contains(mention), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestHandlingRecord)
#include "tst_handlingrecord.moc"
