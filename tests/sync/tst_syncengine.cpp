// SPDX-License-Identifier: GPL-3.0-or-later
// The threaded engine as the UI uses it: signals on the caller's thread while the work
// runs elsewhere, one job at a time, cancel after the current page and resume, the
// online state and last-sync time, and queued actions that wait offline and go out when
// the platform answers again.
#include "SimProcess.h"
#include "SyncTestSupport.h"

#include "models/domain/Clock.h"
#include "models/domain/PlatformTime.h"
#include "models/store/CacheReader.h"
#include "models/store/LocalActionRecorder.h"
#include "models/store/LocalWorkStore.h"
#include "models/sync/SyncEngine.h"

#include <QSignalSpy>
#include <QTest>

using namespace pingjia;
using namespace pingjia::test;

class TestSyncEngine : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Clock::setOverride(parsePlatformTime(QStringLiteral("2026-10-31 19:00:00")));
    }

    void signInSyncCancelResume()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--scale"), QStringLiteral("4000")}),
                 qPrintable(sim.errorString()));
        TestHome home;
        QString error;
        QVERIFY2(home.open(&error), qPrintable(error));
        SyncEngine engine(home.cache(), home.localWork(), home.secrets(), &home.cipher());
        engine.setOptions(fastOptions(100));
        QSignalSpy signedIn(&engine, &SyncEngine::signInFinished);
        QSignalSpy online(&engine, &SyncEngine::onlineChanged);
        QSignalSpy finished(&engine, &SyncEngine::syncFinished);
        QSignalSpy lastSync(&engine, &SyncEngine::lastSyncChanged);
        QSignalSpy busy(&engine, &SyncEngine::busyChanged);

        QVERIFY(engine.signIn(sim.baseUrl().toString(), QStringLiteral("demo"),
                              QStringLiteral("demo")));
        QVERIFY(engine.isBusy());
        QVERIFY(!engine.startSync()); // one job at a time
        QVERIFY(signedIn.wait(60000));
        const auto signInError = signedIn.first().first().value<SyncError>();
        QVERIFY2(signInError.ok(), qPrintable(signInError.message));
        QVERIFY(engine.isOnline());
        QCOMPARE(online.first().first().toBool(), true);
        QTRY_VERIFY_WITH_TIMEOUT(!engine.isBusy(), 60000);
        QVERIFY(!engine.lastSync().isValid());

        // Cancel at the first progress report; the signal arrives on this thread.
        int progressOnThisThread = 0;
        int progressElsewhere = 0;
        QMetaObject::Connection c =
            connect(&engine, &SyncEngine::progress, this, [&](const SyncProgress &) {
                ++(QThread::currentThread() == thread() ? progressOnThisThread : progressElsewhere);
                engine.cancel();
            });
        QVERIFY(engine.startSync());
        QVERIFY(finished.wait(120000));
        disconnect(c);
        // This thread stayed free while the engine worked, whatever the machine's speed: its
        // event loop delivered the progress, and the cancel sent from there stopped the job
        // before the end (Cancelled, and fewer records kept than the platform has, below).
        const auto cancelled = finished.takeFirst().first().value<SyncResult>();
        QCOMPARE(cancelled.error.kind, SyncErrorKind::Cancelled);
        QVERIFY(progressOnThisThread > 0);
        QCOMPARE(progressElsewhere, 0);
        QVERIFY(!engine.lastSync().isValid());
        const qint64 kept = cacheSummaries(home.cache())[std::size_t(CacheList::Orgs)].count;
        QVERIFY(kept > 0);
        Dump dump;
        QVERIFY2(fetchDump(sim.baseUrl(), CodeSet::Gbt39046, &dump, &error), qPrintable(error));
        QVERIFY(kept < dump.summaries[std::size_t(CacheList::Orgs)].count ||
                cacheSummaries(home.cache())[std::size_t(CacheList::Evaluations)].count == 0);

        // Resume: from the committed cursors to the end.
        QTRY_VERIFY_WITH_TIMEOUT(!engine.isBusy(), 60000);
        QVERIFY(engine.startSync());
        QVERIFY(finished.wait(120000));
        const auto done = finished.takeFirst().first().value<SyncResult>();
        QVERIFY2(done.ok(), qPrintable(done.error.message));
        QVERIFY(done.progress.of(CacheList::Orgs).fetched <
                dump.summaries[std::size_t(CacheList::Orgs)].count + 1);
        QCOMPARE(compare(cacheSummaries(home.cache()), dump.summaries), QString());
        QTRY_VERIFY_WITH_TIMEOUT(engine.lastSync().isValid(), 60000);
        QVERIFY(!lastSync.isEmpty());
        QCOMPARE(engine.lastSync(), done.finishedAt);
        QTRY_VERIFY_WITH_TIMEOUT(!engine.isBusy(), 60000);
        QCOMPARE(busy.size(), 6);
    }

    void actionsWaitOfflineAndGoOutOnReconnect()
    {
        auto sim = std::make_unique<SimProcess>();
        const QStringList arguments = {QStringLiteral("--scale"), QStringLiteral("20000"),
                                       QStringLiteral("--seed"), QStringLiteral("8")};
        QVERIFY2(sim->start(arguments), qPrintable(sim->errorString()));
        const QString port = QString::number(sim->baseUrl().port());
        TestHome home;
        QString error;
        QVERIFY2(home.open(&error), qPrintable(error));
        SyncEngine engine(home.cache(), home.localWork(), home.secrets(), &home.cipher());
        engine.setOptions(fastOptions(2000));
        engine.setReconnectInterval(100);
        QSignalSpy signedIn(&engine, &SyncEngine::signInFinished);
        QSignalSpy finished(&engine, &SyncEngine::syncFinished);
        QSignalSpy pushed(&engine, &SyncEngine::pushFinished);
        QSignalSpy online(&engine, &SyncEngine::onlineChanged);
        QVERIFY(engine.signIn(sim->baseUrl().toString(), QStringLiteral("demo"),
                              QStringLiteral("demo")));
        QVERIFY(signedIn.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(!engine.isBusy(), 60000);
        QVERIFY(engine.startSync());
        QVERIFY(finished.wait(120000));
        QVERIFY(finished.first().first().value<SyncResult>().ok());
        QTRY_VERIFY_WITH_TIMEOUT(!engine.isBusy(), 60000);

        QString evalId;
        CacheReader(home.cache()).forEachBadReview([&](const HandlingRecord &r) {
            if (r.state == HandlingState::Unverified && !r.withdrawn)
                evalId = r.evalId;
            return evalId.isEmpty();
        });
        QVERIFY(!evalId.isEmpty());

        // The platform goes away; the action is recorded and waits.
        sim.reset();
        LocalActionRecorder recorder(home.cache(), home.localWork());
        const RecordedAction a =
            recorder.record(evalId, ActionType::Verify, {{"evidence", QStringLiteral("现场核实")}},
                            QStringLiteral("demo"));
        QVERIFY2(a.ok(), qPrintable(a.message()));
        QVERIFY(engine.pushOutbox());
        QVERIFY(pushed.wait(60000));
        const auto offline = pushed.takeFirst().first().value<PushResult>();
        QCOMPARE(offline.error.kind, SyncErrorKind::Network);
        QCOMPARE(offline.remaining, 1);
        QTRY_VERIFY_WITH_TIMEOUT(!engine.isOnline(), 60000);
        QCOMPARE(LocalWorkStore(home.localWork()).pendingActions().size(), 1);

        // Back on the same address: the engine notices and pushes by itself.
        SimProcess again;
        QVERIFY2(again.start(arguments + QStringList{QStringLiteral("--port"), port}),
                 qPrintable(again.errorString()));
        QVERIFY(pushed.wait(60000));
        const auto back = pushed.takeFirst().first().value<PushResult>();
        QVERIFY2(back.error.ok(), qPrintable(back.error.message));
        QCOMPARE(back.acked, 1);
        QTRY_VERIFY_WITH_TIMEOUT(engine.isOnline(), 60000);
        QCOMPARE(LocalWorkStore(home.localWork()).pendingActions().size(), 0);
        QCOMPARE(CacheReader(home.cache()).badReview(evalId)->state, HandlingState::Confirmed);
    }

    void destroyedWhileSyncing()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--scale"), QStringLiteral("4000")}),
                 qPrintable(sim.errorString()));
        TestHome home;
        QString error;
        QVERIFY2(home.open(&error), qPrintable(error));
        {
            SyncEngine engine(home.cache(), home.localWork(), home.secrets(), &home.cipher());
            engine.setOptions(fastOptions(50));
            QSignalSpy signedIn(&engine, &SyncEngine::signInFinished);
            QVERIFY(engine.signIn(sim.baseUrl().toString(), QStringLiteral("demo"),
                                  QStringLiteral("demo")));
            QVERIFY(signedIn.wait(60000));
            QTRY_VERIFY_WITH_TIMEOUT(!engine.isBusy(), 60000);
            QSignalSpy progress(&engine, &SyncEngine::progress);
            QVERIFY(engine.startSync());
            QVERIFY(progress.wait(60000));
        } // cancels, waits for the page being stored, ends the thread
        QVERIFY(home.cache().open().ok());
        QVERIFY(cacheSummaries(home.cache())[std::size_t(CacheList::Orgs)].count > 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
