// SPDX-License-Identifier: GPL-3.0-or-later
// Differential test of the queue's in-memory index (BadReviewIndex) against the queue's
// SQL (BadReviewQuery::evalIds), on a cache synced from the simulator over real HTTP
// and on a written cache with unsynced names, derived rows and pending local actions:
// hundreds of random filters × every sort × both orders must give the same evalIds in
// the same order. Then the index follows a local action (rows read again) and a sync
// (a new build is needed), and the queue model answers what SQL answers throughout.

#include "QueueFixture.h"
#include "SimProcess.h"

#include "models/domain/Clock.h"
#include "models/itemmodels/BadReviewQueueModel.h"
#include "models/secrets/InMemorySecretStore.h"
#include "models/store/BadReviewIndex.h"
#include "models/store/BadReviewQuery.h"
#include "models/store/LocalActionRecorder.h"
#include "models/sync/SyncSession.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QtTest>

using namespace pingjia;
using namespace pingjia::queuetest;

namespace {

const QString kSimNow = QStringLiteral("2026-10-31 18:00:00");
// Distinct values of one column of the queue, for filters that match something (and a
// made-up one that matches nothing).
QStringList distinct(CacheDatabase &cache, const char *column)
{
    QSqlQuery q(cache.connection().database());
    QStringList out{QStringLiteral("NO-SUCH-CODE")};
    if (q.exec(QStringLiteral("SELECT DISTINCT %1 FROM evaluations WHERE level <= 2 AND %1 IS NOT "
                              "NULL LIMIT 50")
                   .arg(QLatin1String(column)))) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

template <typename T> QList<T> some(QRandomGenerator &random, const QList<T> &from, int most)
{
    QList<T> out;
    for (int i = 0, n = 1 + random.bounded(most); i < n; ++i)
        out << from.at(random.bounded(int(from.size())));
    return out;
}

// One random filter: each restriction present with some probability.
BadReviewFilter randomFilter(QRandomGenerator &random, CacheDatabase &cache, const QDateTime &now,
                             const QStringList &someIds)
{
    static const QStringList terms = {QStringLiteral("排队"),   QStringLiteral("态度"),
                                      QStringLiteral("系统"),   QStringLiteral("等"),
                                      QStringLiteral("材料，"), QStringLiteral("zz")};
    BadReviewFilter f;
    auto maybe = [&random](int percent) { return int(random.bounded(100)) < percent; };
    if (maybe(30))
        f.states = some(
            random,
            QList<HandlingState>(std::begin(kAllHandlingStates), std::end(kAllHandlingStates)), 3);
    if (maybe(25))
        f.due = BadReviewFilter::Due(1 + random.bounded(3));
    if (maybe(20))
        f.deptCodes = some(random, distinct(cache, "dept_code"), 3);
    if (maybe(15))
        f.centerCodes = some(random, distinct(cache, "center_code"), 2);
    if (maybe(15))
        f.channelCodes = some(random, distinct(cache, "channel_code"), 2);
    if (maybe(10))
        f.taskCodes = some(random, distinct(cache, "task_code"), 3);
    if (maybe(15))
        f.levels = {1 + int(random.bounded(2))};
    if (maybe(20))
        f.from = now.date().addDays(-random.bounded(400));
    if (maybe(15))
        f.to = now.date().addDays(-random.bounded(200));
    if (maybe(15))
        f.validity = BadReviewFilter::Validity(1 + random.bounded(2));
    if (maybe(15))
        f.text = terms.at(random.bounded(int(terms.size())));
    if (maybe(10))
        f.awaitingApprovalBy = maybe(50) ? QStringLiteral("demo") : QStringLiteral("alice");
    if (maybe(8))
        f.awaitingFollowUp = true;
    if (maybe(8))
        f.pendingUploadOnly = true;
    if (maybe(10))
        f.delayedOnly = true;
    if (maybe(8))
        f.evalIds = some(random, someIds, 20);
    return f;
}

} // namespace

class TestBadReviewIndex : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void syncedCacheEqualsSql();
    void writtenCacheEqualsSql();
    void followsALocalAction();
    void followsASync();
    void modelInTheBackground();

private:
    // `runs` random filters, each under every sort and both orders.
    void compareRandom(BadReviewQuery &query, CacheDatabase &cache, int runs, quint32 seed);

    SimProcess m_sim;
    QueueStores m_synced;
    QueueStores m_written;
    InMemorySecretStore m_secrets;
    std::unique_ptr<SyncSession> m_session;
    std::unique_ptr<BadReviewQuery> m_query;
};

void TestBadReviewIndex::initTestCase()
{
    QVERIFY2(m_sim.start({QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--now"),
                          kSimNow, QStringLiteral("--scale"), QStringLiteral("small")}),
             qPrintable(m_sim.errorString()));
    QVERIFY(m_synced.open());
    SyncOptions options;
    options.client.retry.baseDelayMs = 20;
    options.client.retry.maxDelayMs = 200;
    options.pageLimit = 1000;
    m_session = std::make_unique<SyncSession>(
        PlatformAccount{m_sim.baseUrl().toString(), QStringLiteral("demo"), {}}, m_synced.cache,
        m_synced.work, m_secrets, nullptr, options);
    const SyncError signIn = m_session->signIn(QStringLiteral("demo"));
    QVERIFY2(signIn.ok(), qPrintable(signIn.message));
    const SyncResult first = m_session->sync();
    QVERIFY2(first.ok(), qPrintable(first.error.message));
    m_query = std::make_unique<BadReviewQuery>(m_synced.cache, &m_synced.work);
    Clock::setOverride(parsePlatformTime(kSimNow));

    // Local actions on top of the synced states: pending overlays of several kinds.
    const QDateTime now = parsePlatformTime(kSimNow);
    BadReviewFilter unverified;
    unverified.states = {HandlingState::Unverified};
    unverified.validity = BadReviewFilter::Validity::Valid;
    const QStringList ids =
        m_query->evalIds(unverified, BadReviewSort::AssessTime, Qt::DescendingOrder, now);
    QVERIFY(ids.size() >= 6);
    LocalActionRecorder recorder(m_synced.cache, m_synced.work);
    for (int i = 0; i < 3; ++i)
        QVERIFY(recorder
                    .record(ids.at(i), ActionType::Verify, payloadFor(ActionType::Verify, {}),
                            QStringLiteral("demo"))
                    .ok());
    for (int i = 3; i < 6; ++i)
        QVERIFY(recorder
                    .record(ids.at(i), ActionType::RequestInvalid,
                            payloadFor(ActionType::RequestInvalid, {}), QStringLiteral("alice"))
                    .ok());

    const QDateTime writtenNow = at("2026-10-20 10:00:00");
    QVERIFY(m_written.open());
    QVERIFY(m_written.savePolicy({}));
    QVERIFY(m_written.writeReference());
    QVERIFY(m_written.write(randomSamples(1500, 99, writtenNow, {})));
}

void TestBadReviewIndex::cleanupTestCase()
{
    Clock::clearOverride();
    m_session.reset();
    m_sim.stop();
}

void TestBadReviewIndex::compareRandom(BadReviewQuery &query, CacheDatabase &cache, int runs,
                                       quint32 seed)
{
    const QDateTime now = Clock::now();
    StoreResult error;
    const auto index = BadReviewIndex::build(query, BadReviewIndex::stamp(query), nullptr, &error);
    QVERIFY2(error.ok(), qPrintable(error.message));
    QVERIFY(index);
    const QStringList all = query.evalIds({}, BadReviewSort::AssessTime, Qt::AscendingOrder, now);
    QCOMPARE(index->size(), all.size());
    QRandomGenerator random(seed);
    qint64 nonEmpty = 0;
    for (int run = 0; run < runs; ++run) {
        const BadReviewFilter f = randomFilter(random, cache, now, all);
        // The clock moves too: the due filters and deadlines at other moments.
        const QDateTime when = now.addSecs(qint64(random.bounded(96)) * 3600 - 48 * 3600);
        for (BadReviewSort sort : kEveryBadReviewSort) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const QStringList sql = query.evalIds(f, sort, order, when, &error);
                QVERIFY2(error.ok(), qPrintable(error.message));
                const QStringList ours = index->evalIds(f, sort, order, when, query, &error);
                QVERIFY2(error.ok(), qPrintable(error.message));
                if (ours != sql)
                    qWarning() << "filter run" << run << "sort" << int(sort) << "order" << order
                               << "text" << f.text << "due" << int(f.due);
                QCOMPARE(ours, sql);
                nonEmpty += !sql.isEmpty();
            }
        }
    }
    // The filters were not mostly empty answers.
    QVERIFY2(nonEmpty * 8 > qint64(runs) * 24, qPrintable(QString::number(nonEmpty)));
}

void TestBadReviewIndex::syncedCacheEqualsSql()
{
    compareRandom(*m_query, m_synced.cache, 150, 2026);
}

void TestBadReviewIndex::writtenCacheEqualsSql()
{
    Clock::setOverride(at("2026-10-20 10:00:00"));
    BadReviewQuery query(m_written.cache, &m_written.work);
    compareRandom(query, m_written.cache, 150, 4711);
    Clock::setOverride(parsePlatformTime(kSimNow));
}

void TestBadReviewIndex::followsALocalAction()
{
    const QDateTime now = Clock::now();
    auto index = BadReviewIndex::build(*m_query, BadReviewIndex::stamp(*m_query));
    QVERIFY(index);
    BadReviewFilter confirmed;
    confirmed.states = {HandlingState::Confirmed};
    const QStringList before =
        index->evalIds(confirmed, BadReviewSort::Urgency, Qt::AscendingOrder, now, *m_query);
    BadReviewFilter unverified;
    unverified.states = {HandlingState::Unverified};
    unverified.validity = BadReviewFilter::Validity::Valid;
    const QString id =
        m_query->evalIds(unverified, BadReviewSort::AssessTime, Qt::AscendingOrder, now).first();
    LocalActionRecorder recorder(m_synced.cache, m_synced.work);
    QVERIFY(recorder
                .record(id, ActionType::Verify, payloadFor(ActionType::Verify, {}),
                        QStringLiteral("demo"))
                .ok());
    // Only the local-work file changed: the stamp says so, and re-reading the overlay rows
    // is enough.
    const BadReviewIndex::Stamp stamp = BadReviewIndex::stamp(*m_query);
    QVERIFY(!(stamp == index->builtAt()));
    QVERIFY(stamp.sameCache(index->builtAt()));
    const auto caughtUp = index->withOverlayRowsReread(*m_query, stamp);
    QVERIFY(caughtUp);
    const QStringList after =
        caughtUp->evalIds(confirmed, BadReviewSort::Urgency, Qt::AscendingOrder, now, *m_query);
    QCOMPARE(after.size(), before.size() + 1);
    QVERIFY(after.contains(id) && !before.contains(id));
    QCOMPARE(after, m_query->evalIds(confirmed, BadReviewSort::Urgency, Qt::AscendingOrder, now));
    compareRandom(*m_query, m_synced.cache, 20, 77);
}

void TestBadReviewIndex::followsASync()
{
    auto index = BadReviewIndex::build(*m_query, BadReviewIndex::stamp(*m_query));
    QVERIFY(index);
    // Upload the local actions and sync again: the cache changed on the sync's
    // connection, which only a new build can follow.
    const PushResult pushed = m_session->push();
    QVERIFY2(pushed.error.ok(), qPrintable(pushed.error.message));
    QVERIFY(pushed.acked > 0);
    QVERIFY(m_session->sync().ok());
    const BadReviewIndex::Stamp stamp = BadReviewIndex::stamp(*m_query);
    QVERIFY(!stamp.sameCache(index->builtAt()));
    QVERIFY(!index->withOverlayRowsReread(*m_query, stamp));
    compareRandom(*m_query, m_synced.cache, 20, 78);
}

void TestBadReviewIndex::modelInTheBackground()
{
    // Every build on the worker thread (threshold 0): the model is busy until the index
    // arrives, then answers exactly what SQL gives.
    const QDateTime now = Clock::now();
    BadReviewQueueModel model(*m_query);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.isIndexed()); // small: built on this thread
    model.setBackgroundThreshold(0);
    LocalActionRecorder recorder(m_synced.cache, m_synced.work);
    // A write to the cache on this connection: only a new build follows it.
    QVERIFY(m_synced.write(randomSamples(30, 5, now, {})));
    QSignalSpy busy(&model, &BadReviewQueueModel::busyChanged);
    BadReviewFilter f;
    f.states = {HandlingState::Unverified};
    model.setFilter(f);
    QVERIFY(model.isBusy());
    // A later change supersedes: the answer comes for the last filter.
    BadReviewFilter g;
    g.due = BadReviewFilter::Due::Overdue;
    model.setFilter(g);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isBusy(), 60000);
    QCOMPARE(busy.size(), 2);
    const QStringList sql = m_query->evalIds(g, BadReviewSort::Urgency, Qt::AscendingOrder, now);
    QCOMPARE(model.totalCount(), qint64(sql.size()));
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.evalIdAt(r), sql.at(r));
}

QTEST_GUILESS_MAIN(TestBadReviewIndex)
#include "tst_badreviewindex.moc"
