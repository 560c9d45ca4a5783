// SPDX-License-Identifier: GPL-3.0-or-later
// The queue on a cache synced from the simulator (pingjia-platform-sim over real HTTP on
// 127.0.0.1): the query agrees with the synced tables, local actions show on top until
// the platform acknowledges them, the platform's deadlines equal the console's, the
// second-person rule holds, and `pingjia queue` prints the same queue.

#include "QueueFixture.h"
#include "SimProcess.h"

#include "models/domain/Clock.h"
#include "models/secrets/InMemorySecretStore.h"
#include "models/store/BadReviewQuery.h"
#include "models/store/LocalActionRecorder.h"
#include "models/store/RectificationStats.h"
#include "models/sync/SyncSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QtTest>

using namespace pingjia;
using namespace pingjia::queuetest;

namespace {
const QString kSimNow = QStringLiteral("2026-10-31 18:00:00");
}

class TestQueueSync : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void queueMatchesTheSyncedTables();
    void localActionUntilAcknowledged();
    void secondPersonRuleAfterUpload();
    void commandLineOnTheSyncedHome();

private:
    SyncResult syncNow();
    qint64 scalar(const QString &sql);

    SimProcess m_sim;
    QueueStores m_stores;
    InMemorySecretStore m_secrets;
    std::unique_ptr<SyncSession> m_session;
    std::unique_ptr<BadReviewQuery> m_query;
};

void TestQueueSync::initTestCase()
{
    QVERIFY2(m_sim.start({QStringLiteral("--seed"), QStringLiteral("11"), QStringLiteral("--now"),
                          kSimNow, QStringLiteral("--scale"), QStringLiteral("small")}),
             qPrintable(m_sim.errorString()));
    QVERIFY(m_stores.open());
    SyncOptions options;
    options.client.retry.baseDelayMs = 20;
    options.client.retry.maxDelayMs = 200;
    options.pageLimit = 1000;
    m_session = std::make_unique<SyncSession>(
        PlatformAccount{m_sim.baseUrl().toString(), QStringLiteral("demo"), {}}, m_stores.cache,
        m_stores.work, m_secrets, nullptr, options);
    const SyncError signIn = m_session->signIn(QStringLiteral("demo"));
    QVERIFY2(signIn.ok(), qPrintable(signIn.message));
    const SyncResult first = syncNow();
    QVERIFY2(first.ok(), qPrintable(first.error.message));
    m_query = std::make_unique<BadReviewQuery>(m_stores.cache, &m_stores.work);
    // The console acts at the platform's time.
    Clock::setOverride(parsePlatformTime(kSimNow));
}

void TestQueueSync::cleanupTestCase()
{
    Clock::clearOverride();
    m_session.reset();
    m_sim.stop();
}

SyncResult TestQueueSync::syncNow()
{
    return m_session->sync();
}

qint64 TestQueueSync::scalar(const QString &sql)
{
    QSqlQuery q(m_stores.cache.connection().database());
    if (!q.exec(sql) || !q.next()) {
        qWarning() << "query failed:" << sql;
        return -1;
    }
    return q.value(0).toLongLong();
}

void TestQueueSync::queueMatchesTheSyncedTables()
{
    const QDateTime now = parsePlatformTime(kSimNow);
    const qint64 bad = scalar(QStringLiteral(
        "SELECT count(*) FROM evaluations e LEFT JOIN bad_reviews b ON b.eval_id = e.eval_id "
        "WHERE e.level <= 2 AND e.withdrawn = 0 AND coalesce(b.withdrawn, 0) = 0"));
    QVERIFY(bad > 20);
    StoreResult error;
    QCOMPARE(m_query->count({}, now, &error), bad);
    QVERIFY2(error.ok(), qPrintable(error.message));
    // The simulator's policy (meta) is the queue's.
    QCOMPARE(m_query->policy(), storedDeadlinePolicy(m_stores.cache));
    // Every synced state is counted as stored.
    for (HandlingState s : kAllHandlingStates) {
        BadReviewFilter f;
        f.states = {s};
        const qint64 stored = scalar(
            QStringLiteral("SELECT count(*) FROM bad_reviews b JOIN evaluations e ON e.eval_id = "
                           "b.eval_id WHERE b.withdrawn = 0 AND e.withdrawn = 0 AND e.level <= 2 "
                           "AND b.state = '%1'")
                .arg(toString(s)));
        if (s == HandlingState::Unverified || s == HandlingState::Invalid)
            QVERIFY(m_query->count(f, now) >= stored); // plus derived rows, if any
        else
            QCOMPARE(m_query->count(f, now), stored);
    }
    // The simulator writes Chinese comments: 2-character terms are found.
    BadReviewFilter text;
    text.text = QStringLiteral("排队");
    const auto rows =
        m_query->page(text, BadReviewSort::AssessTime, Qt::AscendingOrder, 0, 1000, now);
    for (const BadReviewRow &r : rows)
        QVERIFY(r.commentExcerpt.contains(QStringLiteral("排队")) ||
                m_query->detail(r.evalId)->fullComment.contains(QStringLiteral("排队")));
    // The tracker's numbers list their rows.
    RectificationStats stats(*m_query);
    for (const UnitProgress &p : stats.progress(StatsUnit::Center, {}, now)) {
        for (ProgressMeasure m : kAllProgressMeasures)
            QCOMPARE(m_query->count(p.filterFor(m), now), p.count(m));
    }
}

void TestQueueSync::localActionUntilAcknowledged()
{
    const QDateTime now = parsePlatformTime(kSimNow);
    BadReviewFilter unverified;
    unverified.states = {HandlingState::Unverified};
    unverified.validity = BadReviewFilter::Validity::Valid;
    const QStringList ids =
        m_query->evalIds(unverified, BadReviewSort::AssessTime, Qt::DescendingOrder, now);
    QVERIFY(!ids.isEmpty());
    const QString id = ids.first();
    LocalActionRecorder recorder(m_stores.cache, m_stores.work);
    const auto verified = recorder.record(
        id, ActionType::Verify, payloadFor(ActionType::Verify, {}), QStringLiteral("demo"));
    QVERIFY2(verified.ok(), qPrintable(verified.message()));
    const auto local = m_query->row(id, now);
    QVERIFY(local && local->pendingUpload);
    QCOMPARE(local->state, HandlingState::Confirmed);

    // Upload and resync: the platform's record replaces the overlay, same deadline.
    const PushResult pushed = m_session->push();
    QVERIFY2(pushed.error.ok(), qPrintable(pushed.error.message));
    QCOMPARE(pushed.acked, 1);
    QVERIFY(syncNow().ok());
    const auto synced = m_query->row(id, now);
    QVERIFY(synced);
    QVERIFY(!synced->pendingUpload);
    QCOMPARE(synced->state, HandlingState::Confirmed);
    QCOMPARE(synced->effectiveRectificationDeadline, local->effectiveRectificationDeadline);
    QCOMPARE(synced->version, local->version);
    const auto detail = m_query->detail(id);
    QVERIFY(detail);
    QCOMPARE(detail->timeline.last().actionId, verified.actionId);
    QCOMPARE(detail->timeline.last().source, TimelineEntry::Source::Platform);
}

void TestQueueSync::secondPersonRuleAfterUpload()
{
    const QDateTime now = parsePlatformTime(kSimNow);
    BadReviewFilter unverified;
    unverified.states = {HandlingState::Unverified};
    unverified.validity = BadReviewFilter::Validity::Valid;
    const QString id =
        m_query->evalIds(unverified, BadReviewSort::AssessTime, Qt::DescendingOrder, now).first();
    LocalActionRecorder recorder(m_stores.cache, m_stores.work);
    QVERIFY(recorder
                .record(id, ActionType::RequestInvalid, payloadFor(ActionType::RequestInvalid, {}),
                        QStringLiteral("demo"))
                .ok());
    QCOMPARE(m_session->push().acked, 1);
    QVERIFY(syncNow().ok());
    QCOMPARE(m_query->row(id, now)->state, HandlingState::InvalidRequested);
    // The requester cannot approve: refused locally, nothing written, nothing to push.
    const qint64 before = LocalWorkStore(m_stores.work).actions(id).size();
    const auto own =
        recorder.record(id, ActionType::ApproveInvalid, payloadFor(ActionType::ApproveInvalid, {}),
                        QStringLiteral("demo"));
    QCOMPARE(own.transition.errorCode, QString::fromLatin1(kErrorSameActor));
    QCOMPARE(LocalWorkStore(m_stores.work).actions(id).size(), before);
    QVERIFY(LocalWorkStore(m_stores.work).pendingActions().isEmpty());
    // "Awaiting my approval" shows it to everybody but the requester.
    BadReviewFilter mine = savedViewFilter(SavedView::AwaitingMyApproval, QStringLiteral("demo"));
    QVERIFY(!m_query->evalIds(mine, BadReviewSort::Urgency, Qt::AscendingOrder, now).contains(id));
    mine = savedViewFilter(SavedView::AwaitingMyApproval, QStringLiteral("supervisor2"));
    QVERIFY(m_query->evalIds(mine, BadReviewSort::Urgency, Qt::AscendingOrder, now).contains(id));
}

void TestQueueSync::commandLineOnTheSyncedHome()
{
    const QDateTime now = parsePlatformTime(kSimNow);
    const CliRun run = runPingjia(m_stores.dir.path(), {QStringLiteral("queue")}, kSimNow);
    QCOMPARE(run.exitCode, 0);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &parseError);
    QVERIFY2(doc.isArray(), qPrintable(parseError.errorString()));
    QCOMPARE(qint64(doc.array().size()), m_query->count({}, now));
    BadReviewFilter overdue;
    overdue.due = BadReviewFilter::Due::Overdue;
    const CliRun late = runPingjia(m_stores.dir.path(),
                                   {QStringLiteral("queue"), QStringLiteral("--overdue")}, kSimNow);
    QCOMPARE(late.exitCode, 0);
    QCOMPARE(qint64(QJsonDocument::fromJson(late.out).array().size()),
             m_query->count(overdue, now));
}

QTEST_GUILESS_MAIN(TestQueueSync)
#include "tst_queuesync.moc"
