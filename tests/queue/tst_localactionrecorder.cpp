// SPDX-License-Identifier: GPL-3.0-or-later
// LocalActionRecorder on real files: each action is one local-work transaction (outbox
// row + audit row + overlay, all or nothing), refusals write nothing, chained actions
// build on the overlay, the work survives a restart, and bulk planning is one
// transaction.

#include "QueueFixture.h"

#include "models/domain/Clock.h"
#include "models/store/BadReviewQuery.h"
#include "models/store/LocalActionRecorder.h"
#include "models/store/LocalWorkStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace pingjia;
using namespace pingjia::queuetest;

namespace {

const QDateTime kNow = at("2026-10-20 10:00:00");

struct Counts {
    qint64 outbox = 0;
    qint64 audit = 0;
    qint64 overlay = 0;
    bool operator==(const Counts &) const = default;
};

// Counted through a separate plain connection: what is really in the file.
Counts countRows(const QString &path)
{
    Counts c;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("recorder-count"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            auto count = [&q](const char *table) {
                return q.exec(
                           QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) &&
                               q.next()
                           ? q.value(0).toLongLong()
                           : -1;
            };
            c.outbox = count("outbox");
            c.audit = count("audit_log");
            c.overlay = count("pending_overlay");
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("recorder-count"));
    return c;
}

void execRaw(const QString &path, const QString &sql)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("recorder-raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(sql), qPrintable(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("recorder-raw"));
}

QList<Sample> fixedSamples()
{
    const HandlingStateMachine machine;
    QList<Sample> out;
    auto add = [&](const QString &id, int level, const QString &text, bool withRecord,
                   std::optional<ActionType> step = {}) {
        Sample s{evaluation(id, level, text, at("2026-10-19 09:00:00")), std::nullopt};
        if (withRecord) {
            HandlingRecord r = machine.initialRecord(id, level, text, s.evaluation.assessTime);
            if (step) {
                r = machine
                        .apply(r, {QStringLiteral("p-") + id, *step, QStringLiteral("zhao"),
                                   at("2026-10-19 15:00:00"), payloadFor(*step, r)})
                        .record;
            }
            s.platform = r;
        }
        out << s;
    };
    add(QStringLiteral("E1"), 1, QStringLiteral("排队太久"), false);
    add(QStringLiteral("E2"), 2, QStringLiteral("态度差"), true);
    add(QStringLiteral("E3"), 1, QString(), true);
    add(QStringLiteral("E4"), 4, QStringLiteral("很好"), false);
    add(QStringLiteral("E5"), 1, QStringLiteral("撤回的评价"), true);
    out.last().evaluation.withdrawn = true;
    out.last().platform->withdrawn = true;
    add(QStringLiteral("E6"), 1, QStringLiteral("材料反复"), true, ActionType::Verify);
    add(QStringLiteral("E7"), 2, QStringLiteral("系统故障"), true, ActionType::Verify);
    add(QStringLiteral("E8"), 2, QStringLiteral("等待时间长"), true);
    return out;
}

} // namespace

class TestLocalActionRecorder : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void verifyIsOneTransaction();
    void chainedActionsBuildOnTheOverlay();
    void sameActorRefusalWritesNothing();
    void refusalsWriteNothing_data();
    void refusalsWriteNothing();
    void notABadReviewIsAStoreError();
    void storageFailureWritesNothing();
    void workSurvivesARestart();
    void bulkPlan();
    void bulkPlanIsAllOrNothingOnStorageFailure();
    void allowedActions();

private:
    std::unique_ptr<QueueStores> m_stores;
};

void TestLocalActionRecorder::init()
{
    Clock::setOverride(kNow);
    m_stores = std::make_unique<QueueStores>();
    QVERIFY(m_stores->open());
    QVERIFY(m_stores->savePolicy({}));
    QVERIFY(m_stores->write(fixedSamples()));
}

void TestLocalActionRecorder::cleanup()
{
    m_stores.reset();
    Clock::clearOverride();
}

void TestLocalActionRecorder::verifyIsOneTransaction()
{
    LocalActionRecorder recorder(m_stores->cache, m_stores->work);
    const Counts before = countRows(m_stores->work.path());
    const RecordedAction r = recorder.record(
        QStringLiteral("E2"), ActionType::Verify,
        {{QStringLiteral("evidence"), QStringLiteral("监控属实")}}, QStringLiteral("alice"));
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QVERIFY(!r.actionId.isEmpty());
    QVERIFY(r.seq > 0);
    const Counts after = countRows(m_stores->work.path());
    QCOMPARE(after.outbox, before.outbox + 1);
    QCOMPARE(after.audit, before.audit + 1);
    QCOMPARE(after.overlay, before.overlay + 1);

    LocalWorkStore work(m_stores->work);
    const QList<OutboxEntry> pending = work.pendingActions();
    QCOMPARE(pending.size(), qsizetype(1));
    const OutboxEntry &e = pending.first();
    QCOMPARE(e.actionId, r.actionId);
    QCOMPARE(e.evalId, QStringLiteral("E2"));
    QCOMPARE(e.type, ActionType::Verify);
    QCOMPARE(e.actor, QStringLiteral("alice"));
    QCOMPARE(e.baseVersion, 0);
    QCOMPARE(e.at, kNow);
    QCOMPARE(e.status, OutboxStatus::Pending);
    const QList<AuditEntry> audit = work.audit(QStringLiteral("E2"));
    QCOMPARE(audit.size(), qsizetype(1));
    QCOMPARE(audit.first().event, QStringLiteral("action"));
    QCOMPARE(audit.first().actor, QStringLiteral("alice"));
    QCOMPARE(audit.first().actionId, r.actionId);
    const auto overlay = work.overlay(QStringLiteral("E2"));
    QVERIFY(overlay);
    QCOMPARE(overlay->state, HandlingState::Confirmed);
    QCOMPARE(overlay->version, 1);
    QCOMPARE(overlay->verifiedAt, kNow);
    // 10 working days after Tue 2026-10-20: Tue 2026-11-03, end of day.
    QCOMPARE(overlay->rectificationDeadline, at("2026-11-03 23:59:59"));
    QCOMPARE(r.transition.record, *overlay);
}

void TestLocalActionRecorder::chainedActionsBuildOnTheOverlay()
{
    LocalActionRecorder recorder(m_stores->cache, m_stores->work);
    // E1 has no handling record yet: the first action starts from the initial record.
    const auto first = recorder.record(QStringLiteral("E1"), ActionType::Verify,
                                       payloadFor(ActionType::Verify, {}), QStringLiteral("alice"));
    QVERIFY2(first.ok(), qPrintable(first.message()));
    const auto record = recorder.effectiveRecord(QStringLiteral("E1"));
    QVERIFY(record);
    const auto second =
        recorder.record(QStringLiteral("E1"), ActionType::Plan,
                        payloadFor(ActionType::Plan, *record), QStringLiteral("alice"));
    QVERIFY2(second.ok(), qPrintable(second.message()));
    const auto third = recorder.record(QStringLiteral("E1"), ActionType::Complete,
                                       payloadFor(ActionType::Complete, {}), QStringLiteral("bob"));
    QVERIFY2(third.ok(), qPrintable(third.message()));
    LocalWorkStore work(m_stores->work);
    const QList<OutboxEntry> actions = work.actions(QStringLiteral("E1"));
    QCOMPARE(actions.size(), qsizetype(3));
    QCOMPARE(actions.at(0).baseVersion, 0);
    QCOMPARE(actions.at(1).baseVersion, 1);
    QCOMPARE(actions.at(2).baseVersion, 2);
    QCOMPARE(work.overlay(QStringLiteral("E1"))->state, HandlingState::Rectified);
    QCOMPARE(work.overlay(QStringLiteral("E1"))->history.size(), qsizetype(3));
}

void TestLocalActionRecorder::sameActorRefusalWritesNothing()
{
    LocalActionRecorder recorder(m_stores->cache, m_stores->work);
    const auto request =
        recorder.record(QStringLiteral("E2"), ActionType::RequestInvalid,
                        payloadFor(ActionType::RequestInvalid, {}), QStringLiteral("alice"));
    QVERIFY2(request.ok(), qPrintable(request.message()));
    const Counts before = countRows(m_stores->work.path());
    const auto overlayBefore = LocalWorkStore(m_stores->work).overlay(QStringLiteral("E2"));

    const auto own =
        recorder.record(QStringLiteral("E2"), ActionType::ApproveInvalid,
                        payloadFor(ActionType::ApproveInvalid, {}), QStringLiteral("alice"));
    QVERIFY(!own.ok());
    QVERIFY(own.store.ok());
    QCOMPARE(own.transition.errorCode, QString::fromLatin1(kErrorSameActor));
    QVERIFY(!own.message().isEmpty());
    QVERIFY(own.actionId.isEmpty());
    QCOMPARE(countRows(m_stores->work.path()), before);
    QCOMPARE(LocalWorkStore(m_stores->work).overlay(QStringLiteral("E2")), overlayBefore);

    const auto other =
        recorder.record(QStringLiteral("E2"), ActionType::ApproveInvalid,
                        payloadFor(ActionType::ApproveInvalid, {}), QStringLiteral("bob"));
    QVERIFY2(other.ok(), qPrintable(other.message()));
    QCOMPARE(LocalWorkStore(m_stores->work).overlay(QStringLiteral("E2"))->state,
             HandlingState::NotAdopted);
}

void TestLocalActionRecorder::refusalsWriteNothing_data()
{
    QTest::addColumn<QString>("evalId");
    QTest::addColumn<int>("type");
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<QString>("code");
    QTest::newRow("complete while unverified")
        << "E2" << int(ActionType::Complete) << payloadFor(ActionType::Complete, {})
        << QString::fromLatin1(kErrorIllegalTransition);
    QTest::newRow("verify without evidence")
        << "E2" << int(ActionType::Verify) << QJsonObject{{"evidence", "  "}}
        << QString::fromLatin1(kErrorInvalidPayload);
    QTest::newRow("request invalid with an unknown result")
        << "E2" << int(ActionType::RequestInvalid)
        << QJsonObject{{"result", "bored"}, {"evidence", "x"}}
        << QString::fromLatin1(kErrorInvalidPayload);
    QTest::newRow("any action on an invalid evaluation")
        << "E3" << int(ActionType::Verify) << payloadFor(ActionType::Verify, {})
        << QString::fromLatin1(kErrorIllegalTransition);
    QTest::newRow("follow-up before the rectification")
        << "E6" << int(ActionType::FollowUp)
        << QJsonObject{{"satisfaction", 9}, {"method", "phone"}}
        << QString::fromLatin1(kErrorIllegalTransition);
    QTest::newRow("plan without a person")
        << "E6" << int(ActionType::Plan) << QJsonObject{{"deptCode", kDeptA}, {"measures", "x"}}
        << QString::fromLatin1(kErrorInvalidPayload);
}

void TestLocalActionRecorder::refusalsWriteNothing()
{
    QFETCH(QString, evalId);
    QFETCH(int, type);
    QFETCH(QJsonObject, payload);
    QFETCH(QString, code);
    LocalActionRecorder recorder(m_stores->cache, m_stores->work);
    const Counts before = countRows(m_stores->work.path());
    const auto r = recorder.record(evalId, ActionType(type), payload, QStringLiteral("alice"));
    QVERIFY(!r.ok());
    QVERIFY(r.store.ok());
    QCOMPARE(r.transition.errorCode, code);
    QVERIFY(!r.message().isEmpty());
    QCOMPARE(countRows(m_stores->work.path()), before);
}

void TestLocalActionRecorder::notABadReviewIsAStoreError()
{
    LocalActionRecorder recorder(m_stores->cache, m_stores->work);
    const Counts before = countRows(m_stores->work.path());
    for (const char *id : {"E4", "E5", "missing"}) {
        const auto r = recorder.record(QString::fromLatin1(id), ActionType::Verify,
                                       payloadFor(ActionType::Verify, {}), QStringLiteral("alice"));
        QVERIFY(!r.ok());
        QCOMPARE(r.store.kind, StoreErrorKind::Data);
        QVERIFY(r.message().contains(QString::fromLatin1(id)));
    }
    QCOMPARE(countRows(m_stores->work.path()), before);
}

void TestLocalActionRecorder::storageFailureWritesNothing()
{
    // The audit row cannot be written: the outbox row and the overlay must not stay.
    execRaw(m_stores->work.path(), QStringLiteral("DROP TABLE audit_log"));
    LocalActionRecorder recorder(m_stores->cache, m_stores->work);
    const auto r = recorder.record(QStringLiteral("E2"), ActionType::Verify,
                                   payloadFor(ActionType::Verify, {}), QStringLiteral("alice"));
    QVERIFY(!r.ok());
    QVERIFY(r.transition.ok); // the state machine agreed; the file refused
    QVERIFY(!r.store.ok());
    const Counts after = countRows(m_stores->work.path());
    QCOMPARE(after.outbox, qint64(0));
    QCOMPARE(after.overlay, qint64(0));
}

void TestLocalActionRecorder::workSurvivesARestart()
{
    QTemporaryDir dir;
    const QString cachePath = dir.filePath(QStringLiteral("cache.sqlite"));
    const QString workPath = dir.filePath(QStringLiteral("localwork.sqlite"));
    QString actionId;
    {
        CacheDatabase cache(cachePath);
        LocalWorkDatabase work(workPath);
        QVERIFY(cache.open().ok() && work.open().ok());
        CacheWriter writer(cache, nullptr);
        QList<Evaluation> evaluations;
        QList<HandlingRecord> records;
        for (const Sample &s : fixedSamples()) {
            evaluations << s.evaluation;
            if (s.platform)
                records << *s.platform;
        }
        QVERIFY(writer.upsertEvaluations(evaluations).ok());
        QVERIFY(writer.upsertBadReviews(records).ok());
        LocalActionRecorder recorder(cache, work);
        const auto r = recorder.record(QStringLiteral("E8"), ActionType::Verify,
                                       payloadFor(ActionType::Verify, {}), QStringLiteral("alice"));
        QVERIFY2(r.ok(), qPrintable(r.message()));
        actionId = r.actionId;
    }
    CacheDatabase cache(cachePath);
    LocalWorkDatabase work(workPath);
    QVERIFY(cache.open().ok() && work.open().ok());
    const QList<OutboxEntry> pending = LocalWorkStore(work).pendingActions();
    QCOMPARE(pending.size(), qsizetype(1));
    QCOMPARE(pending.first().actionId, actionId);
    BadReviewQuery query(cache, &work);
    const auto row = query.row(QStringLiteral("E8"), kNow);
    QVERIFY(row);
    QCOMPARE(row->state, HandlingState::Confirmed);
    QVERIFY(row->pendingUpload);
}

void TestLocalActionRecorder::bulkPlan()
{
    LocalActionRecorder recorder(m_stores->cache, m_stores->work);
    const Counts before = countRows(m_stores->work.path());
    const QList<RecordedAction> results = recorder.recordBulkPlan(
        {QStringLiteral("E6"), QStringLiteral("E7"), QStringLiteral("E8")}, kDeptB,
        QStringLiteral("王芳"), QStringLiteral("窗口增加人手"), QStringLiteral("alice"));
    QCOMPARE(results.size(), qsizetype(3));
    QVERIFY2(results.at(0).ok(), qPrintable(results.at(0).message()));
    QVERIFY(results.at(1).ok());
    QVERIFY(!results.at(2).ok()); // still unverified: no plan yet
    QCOMPARE(results.at(2).transition.errorCode, QString::fromLatin1(kErrorIllegalTransition));
    const Counts after = countRows(m_stores->work.path());
    QCOMPARE(after.outbox, before.outbox + 2);
    QCOMPARE(after.audit, before.audit + 2);
    LocalWorkStore work(m_stores->work);
    const auto e6 = work.overlay(QStringLiteral("E6"));
    QVERIFY(e6);
    QCOMPARE(e6->state, HandlingState::Rectifying);
    QCOMPARE(e6->history.last().payload.value(QStringLiteral("deptCode")).toString(), kDeptB);
    QVERIFY(!work.overlay(QStringLiteral("E8")));
}

void TestLocalActionRecorder::bulkPlanIsAllOrNothingOnStorageFailure()
{
    execRaw(m_stores->work.path(), QStringLiteral("DROP TABLE audit_log"));
    LocalActionRecorder recorder(m_stores->cache, m_stores->work);
    const QList<RecordedAction> results = recorder.recordBulkPlan(
        {QStringLiteral("E6"), QStringLiteral("E7")}, kDeptB, QStringLiteral("王芳"),
        QStringLiteral("整改"), QStringLiteral("alice"));
    QCOMPARE(results.size(), qsizetype(2));
    for (const RecordedAction &r : results) {
        QVERIFY(!r.ok());
        QVERIFY(!r.store.ok());
        QVERIFY(r.actionId.isEmpty());
    }
    QCOMPARE(countRows(m_stores->work.path()).outbox, qint64(0));
    QCOMPARE(countRows(m_stores->work.path()).overlay, qint64(0));
}

void TestLocalActionRecorder::allowedActions()
{
    LocalActionRecorder recorder(m_stores->cache, m_stores->work);
    QCOMPARE(recorder.allowedActions(QStringLiteral("E2"), QStringLiteral("alice")),
             (QList<ActionType>{ActionType::Verify, ActionType::RequestInvalid}));
    QVERIFY(recorder.allowedActions(QStringLiteral("E3"), QStringLiteral("alice")).isEmpty());
    QVERIFY(recorder.allowedActions(QStringLiteral("E4"), QStringLiteral("alice")).isEmpty());
    QVERIFY(recorder
                .record(QStringLiteral("E7"), ActionType::RequestDelay,
                        payloadFor(ActionType::RequestDelay,
                                   *recorder.effectiveRecord(QStringLiteral("E7"))),
                        QStringLiteral("alice"))
                .ok());
    QVERIFY(!recorder.allowedActions(QStringLiteral("E7"), QStringLiteral("alice"))
                 .contains(ActionType::ApproveDelay));
    QVERIFY(recorder.allowedActions(QStringLiteral("E7"), QStringLiteral("bob"))
                .contains(ActionType::ApproveDelay));
}

QTEST_GUILESS_MAIN(TestLocalActionRecorder)
#include "tst_localactionrecorder.moc"
