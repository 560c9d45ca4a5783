// SPDX-License-Identifier: GPL-3.0-or-later
// A full sync from the simulator equals its dump (counts and content checksums per
// list); an incremental sync after /sim/advance fetches only what changed.
#include "SimProcess.h"
#include "SyncTestSupport.h"

#include "models/store/CacheReader.h"
#include "models/sync/SyncSession.h"

#include <QTest>

using namespace pingjia;
using namespace pingjia::test;

class TestSyncFull : public QObject {
    Q_OBJECT
private:
    void fullThenIncremental(const QStringList &simArguments, CodeSet codes)
    {
        SimProcess sim;
        QVERIFY2(sim.start(simArguments), qPrintable(sim.errorString()));
        TestHome home;
        QString error;
        QVERIFY2(home.open(&error), qPrintable(error));
        const PlatformAccount account{sim.baseUrl().toString(), QStringLiteral("demo"), {}};
        SyncSession session(account, home.cache(), home.localWork(), home.secrets(), &home.cipher(),
                            fastOptions(700));
        int progressCalls = 0;
        SyncProgress last;
        session.setProgressObserver([&](const SyncProgress &p) {
            ++progressCalls;
            last = p;
        });
        const SyncError signIn = session.signIn(QStringLiteral("demo"));
        QVERIFY2(signIn.ok(), qPrintable(signIn.message));
        QVERIFY(session.isOnline());
        QVERIFY(!session.lastSyncTime().isValid());

        const SyncResult first = session.sync();
        QVERIFY2(first.ok(), qPrintable(first.error.message));
        QVERIFY(first.finishedAt.isValid());
        QCOMPARE(session.lastSyncTime(), first.finishedAt);
        QVERIFY(progressCalls > 6);
        QVERIFY(last.recordsPerSecond > 0);
        for (CacheList list : kSyncedLists) {
            QVERIFY(first.progress.of(list).done);
            QCOMPARE(first.progress.of(list).fraction, 1.0);
        }
        QCOMPARE(first.skipped.size(), 0);

        Dump dump;
        QVERIFY2(fetchDump(sim.baseUrl(), codes, &dump, &error), qPrintable(error));
        QCOMPARE(dump.skipped, 0);
        QVERIFY(dump.summaries[std::size_t(CacheList::Evaluations)].count > 100);
        QVERIFY(dump.summaries[std::size_t(CacheList::BadReviews)].count > 0);
        QCOMPARE(compare(cacheSummaries(home.cache()), dump.summaries), QString());
        for (CacheList list : kSyncedLists) // no duplicate fault: each record came once
            QCOMPARE(first.progress.of(list).fetched, dump.summaries[std::size_t(list)].count);

        // The platform's meta is stored with its codes.
        const auto meta =
            CacheReader(home.cache())
                .meta(account.platformUrl.isEmpty() ? QString() : session.account().platformUrl);
        QVERIFY(meta.has_value());
        QCOMPARE(meta->codes, codeSetToString(codes));

        // A day later: only the changes come.
        const QJsonObject counts = advance(sim.baseUrl(), 24);
        qint64 changed = 0;
        for (const QJsonValue &v : counts)
            changed += v.toInteger();
        QVERIFY2(changed > 0, "the simulator generated no activity");
        const SyncResult second = session.sync();
        QVERIFY2(second.ok(), qPrintable(second.error.message));
        qint64 fetched = 0;
        for (CacheList list : kSyncedLists) {
            const qint64 n = second.progress.of(list).fetched;
            fetched += n;
            // A record changed twice in the day is served once, at its latest version.
            QVERIFY2(n <= counts.value(listName(list)).toInteger(),
                     qPrintable(QStringLiteral("%1: fetched %2, changed %3")
                                    .arg(listName(list))
                                    .arg(n)
                                    .arg(counts.value(listName(list)).toInteger())));
        }
        QVERIFY(fetched > 0);
        QVERIFY(fetched < first.progress.totalFetched() / 5);
        Dump after;
        QVERIFY2(fetchDump(sim.baseUrl(), codes, &after, &error), qPrintable(error));
        QCOMPARE(compare(cacheSummaries(home.cache()), after.summaries), QString());

        // Nothing changed: nothing comes.
        const SyncResult third = session.sync();
        QVERIFY2(third.ok(), qPrintable(third.error.message));
        QCOMPARE(third.progress.totalFetched(), qint64(0));
    }

private slots:
    void gbt39046Codes()
    {
        fullThenIncremental({QStringLiteral("--scale"), QStringLiteral("small")},
                            CodeSet::Gbt39046);
    }

    void uploadCodes()
    {
        fullThenIncremental({QStringLiteral("--scale"), QStringLiteral("3000"),
                             QStringLiteral("--codes"), QStringLiteral("upload"),
                             QStringLiteral("--seed"), QStringLiteral("7")},
                            CodeSet::Upload);
    }
};

QTEST_GUILESS_MAIN(TestSyncFull)
#include "tst_sync_full.moc"
