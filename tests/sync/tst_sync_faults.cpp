// SPDX-License-Identifier: GPL-3.0-or-later
// A bad network day (500/502/503/429, bodies cut mid-record, items repeated on later
// pages, connections dropped): the sync retries and still ends equal to the dump.
#include "SimProcess.h"
#include "SyncTestSupport.h"

#include <QTest>

using namespace pingjia;
using namespace pingjia::test;

namespace {

// The bad day: 20 % of requests answered 5xx or 429, 5 % of bodies cut, 5 % of pages
// starting with repeated items.
QStringList faultMix(const QString &scale, const QString &seed)
{
    return {QStringLiteral("--scale"),          scale,
            QStringLiteral("--seed"),           seed,
            QStringLiteral("--fail-rate"),      QStringLiteral("0.2"),
            QStringLiteral("--truncate-rate"),  QStringLiteral("0.05"),
            QStringLiteral("--duplicate-rate"), QStringLiteral("0.05")};
}

} // namespace

class TestSyncFaults : public QObject {
    Q_OBJECT
private slots:
    void convergesDespiteFaults()
    {
        SimProcess sim;
        QVERIFY2(sim.start(faultMix(QStringLiteral("6000"), QStringLiteral("11"))),
                 qPrintable(sim.errorString()));
        TestHome home;
        QString error;
        QVERIFY2(home.open(&error), qPrintable(error));
        SyncSession session({sim.baseUrl().toString(), QStringLiteral("demo"), {}}, home.cache(),
                            home.localWork(), home.secrets(), &home.cipher(), fastOptions(300));
        const SyncError signIn = session.signIn(QStringLiteral("demo"));
        QVERIFY2(signIn.ok(), qPrintable(signIn.message));
        const SyncResult result = session.sync();
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        const ClientStats &stats = session.client().stats();
        qInfo() << "requests" << stats.requests << "retries" << stats.retries << "429s"
                << stats.rateLimited;
        QVERIFY(stats.retries > 0);     // 5xx and cut bodies were retried
        QVERIFY(stats.rateLimited > 0); // 429s were waited out

        Dump dump;
        QVERIFY2(fetchDump(sim.baseUrl(), CodeSet::Gbt39046, &dump, &error), qPrintable(error));
        QCOMPARE(compare(cacheSummaries(home.cache()), dump.summaries), QString());
        // Repeated items arrive more than once and are stored once.
        QVERIFY(result.progress.totalFetched() >
                dump.summaries[std::size_t(CacheList::Evaluations)].count);
    }

    // The command line's first look at the platform (two tries of /api/v1/meta) met 429s
    // and 5xx with these seeds and said "offline": an answering platform is busy, and
    // the sync then goes through.
    void busyPlatformIsNotOffline_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::newRow("seed 11") << QStringLiteral("11");
        QTest::newRow("seed 21") << QStringLiteral("21");
    }

    void busyPlatformIsNotOffline()
    {
        QFETCH(QString, seed);
        SimProcess sim;
        QVERIFY2(sim.start(faultMix(QStringLiteral("2000"), seed) +
                           QStringList{QStringLiteral("--drop-rate"), QStringLiteral("0.05")}),
                 qPrintable(sim.errorString()));
        TestHome home;
        QString error;
        QVERIFY2(home.open(&error), qPrintable(error));
        SyncSession session({sim.baseUrl().toString(), QStringLiteral("demo"), {}}, home.cache(),
                            home.localWork(), home.secrets(), &home.cipher(), fastOptions(300));
        const PlatformAnswer probe = session.client().fetchMeta(2);
        QVERIFY2(probe.error.kind != SyncErrorKind::Network, qPrintable(probe.error.message));
        const SyncError signIn = session.signIn(QStringLiteral("demo"));
        QVERIFY2(signIn.ok(), qPrintable(signIn.message));
        const SyncResult result = session.sync();
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        Dump dump;
        QVERIFY2(fetchDump(sim.baseUrl(), CodeSet::Gbt39046, &dump, &error), qPrintable(error));
        QCOMPARE(compare(cacheSummaries(home.cache()), dump.summaries), QString());
    }

    void dropsAndDelaysToo()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--scale"), QStringLiteral("2000"),
                            QStringLiteral("--drop-rate"), QStringLiteral("0.1"),
                            QStringLiteral("--delay-ms"), QStringLiteral("0-20")}),
                 qPrintable(sim.errorString()));
        TestHome home;
        QString error;
        QVERIFY2(home.open(&error), qPrintable(error));
        SyncSession session({sim.baseUrl().toString(), QStringLiteral("demo"), {}}, home.cache(),
                            home.localWork(), home.secrets(), &home.cipher(), fastOptions(200));
        QVERIFY(session.signIn(QStringLiteral("demo")).ok());
        const SyncResult result = session.sync();
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        Dump dump;
        QVERIFY2(fetchDump(sim.baseUrl(), CodeSet::Gbt39046, &dump, &error), qPrintable(error));
        QCOMPARE(compare(cacheSummaries(home.cache()), dump.summaries), QString());
    }

    void givesUpClearlyAndKeepsWhatWasCommitted()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--scale"), QStringLiteral("2000")}),
                 qPrintable(sim.errorString()));
        TestHome home;
        QString error;
        QVERIFY2(home.open(&error), qPrintable(error));
        SyncOptions options = fastOptions(200);
        SyncSession session({sim.baseUrl().toString(), QStringLiteral("demo"), {}}, home.cache(),
                            home.localWork(), home.secrets(), &home.cipher(), options);
        QVERIFY(session.signIn(QStringLiteral("demo")).ok());
        int pages = 0;
        session.setProgressObserver([&](const SyncProgress &p) {
            if (++pages == 5 && p.of(CacheList::Orgs).done) // after the orgs: platform gone
                sim.stop();
        });
        const SyncResult result = session.sync();
        QCOMPARE(result.error.kind, SyncErrorKind::Network);
        QVERIFY2(result.error.message.contains(QStringLiteral("8")),
                 qPrintable(result.error.message));
        QVERIFY(!session.isOnline());
        const Summaries kept = cacheSummaries(home.cache());
        QVERIFY(kept[std::size_t(CacheList::Orgs)].count > 0);
        QCOMPARE(kept[std::size_t(CacheList::Orgs)].count,
                 result.progress.of(CacheList::Orgs).fetched);
        QVERIFY(!session.lastSyncTime().isValid()); // not a completed sync
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_sync_faults.moc"
