// SPDX-License-Identifier: GPL-3.0-or-later
// kill -9 in the middle of a sync, at several points, then a sync to the end: the cache
// equals the dump (no lost rows, no duplicates) and each restart went on from the
// committed cursors instead of starting over. kill -9 during an outbox push, after the
// platform applied the action and before its answer came back: after a restart the
// action is applied exactly once.
#include "SimProcess.h"
#include "SyncTestSupport.h"

#include "models/domain/Clock.h"
#include "models/domain/PlatformTime.h"
#include "models/store/CacheReader.h"
#include "models/store/LocalActionRecorder.h"
#include "models/store/LocalWorkStore.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace pingjia;
using namespace pingjia::test;

namespace {

// Runs sync-runner; kills it with SIGKILL after `killAfter` progress lines (0: never).
RunnerRun runSync(const QStringList &arguments, int killAfter)
{
    return runSyncRunner(arguments, [killAfter](const QString &line, int progressLines, qint64) {
        return killAfter > 0 && line.startsWith(QLatin1String("progress ")) &&
               progressLines == killAfter;
    });
}

// How often the platform's history holds `actionId` (GET /sim/dump).
int timesApplied(const QUrl &platform, const QString &evalId, const QString &actionId)
{
    Dump dump;
    QString error;
    if (!fetchDump(platform, CodeSet::Gbt39046, &dump, &error))
        return -1;
    int n = 0;
    for (const QJsonValue &h :
         dump.badReviews.value(evalId).value(QLatin1String("history")).toArray())
        n += h.toObject().value(QLatin1String("actionId")).toString() == actionId ? 1 : 0;
    return n;
}

OutboxStatus statusOf(LocalWorkDatabase &localWork, const QString &evalId)
{
    const QList<OutboxEntry> entries = LocalWorkStore(localWork).actions(evalId);
    return entries.isEmpty() ? OutboxStatus::Pending : entries.last().status;
}

} // namespace

class TestSyncKill : public QObject {
    Q_OBJECT
private slots:
    void killedAtSeveralPointsThenCompleted()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--scale"), QStringLiteral("4000"),
                            QStringLiteral("--seed"), QStringLiteral("3")}),
                 qPrintable(sim.errorString()));
        QTemporaryDir dir;
        const QStringList arguments = runnerArguments(
            dir.path(), sim.baseUrl(), {QStringLiteral("--page-limit"), QStringLiteral("100")});

        int kills = 0;
        for (int k : {1, 2, 4, 7, 11, 16, 23, 31}) {
            const RunnerRun run = runSync(arguments, k);
            QVERIFY2(run.killed || run.exitCode == 0, qPrintable(run.lines.join(u'\n')));
            if (!run.killed)
                break; // nothing left to interrupt
            QCOMPARE(run.exitCode, -9);
            ++kills;
        }
        QVERIFY(kills >= 4);

        const RunnerRun last = runSync(arguments, 0);
        QCOMPARE(last.exitCode, 0);
        QVERIFY(!last.lines.isEmpty());
        QVERIFY2(last.lines.last().startsWith(QLatin1String("done ")),
                 qPrintable(last.lines.last()));
        const qint64 lastFetched = last.lines.last().mid(5).toLongLong();

        TestHome home(dir.path());
        QString error;
        QVERIFY2(home.open(&error), qPrintable(error)); // also checks the file's integrity
        Dump dump;
        QVERIFY2(fetchDump(sim.baseUrl(), CodeSet::Gbt39046, &dump, &error), qPrintable(error));
        QCOMPARE(compare(cacheSummaries(home.cache()), dump.summaries), QString());
        qint64 total = 0;
        for (const TableSummary &s : dump.summaries)
            total += s.count;
        // The last run went on from the committed cursors: far from everything again.
        QVERIFY2(lastFetched < total,
                 qPrintable(QStringLiteral("%1 of %2").arg(lastFetched).arg(total)));
    }

    void killedDuringAPushThenAppliedExactlyOnce()
    {
        Clock::setOverride(parsePlatformTime(QStringLiteral("2026-10-31 19:00:00")));
        // Two simulators with the same data: one quick for the first sync, one that
        // takes up API requests only 4 s after they arrive, so the push can be caught
        // between sending the action and reading the platform's answer.
        const QStringList data = {QStringLiteral("--scale"), QStringLiteral("2000"),
                                  QStringLiteral("--seed"), QStringLiteral("9")};
        SimProcess quick;
        QVERIFY2(quick.start(data), qPrintable(quick.errorString()));
        SimProcess slow;
        QVERIFY2(slow.start(data +
                            QStringList{QStringLiteral("--delay-ms"), QStringLiteral("4000-4000")}),
                 qPrintable(slow.errorString()));

        TestHome home;
        QString error;
        QVERIFY2(home.open(&error), qPrintable(error));
        {
            SyncSession session({quick.baseUrl().toString(), QStringLiteral("demo"), {}},
                                home.cache(), home.localWork(), home.secrets(), &home.cipher(),
                                fastOptions(5000));
            QVERIFY(session.signIn(QStringLiteral("demo")).ok());
            const SyncResult synced = session.sync();
            QVERIFY2(synced.ok(), qPrintable(synced.error.message));
        }
        // A bad review that takes a next step: verify an unverified one, or complete a
        // rectification.
        QString evalId;
        ActionType type = ActionType::Verify;
        CacheReader(home.cache()).forEachBadReview([&](const HandlingRecord &r) {
            if (!r.withdrawn && !r.delayPending &&
                (r.state == HandlingState::Unverified || r.state == HandlingState::Rectifying)) {
                evalId = r.evalId;
                type = r.state == HandlingState::Unverified ? ActionType::Verify
                                                            : ActionType::Complete;
            }
            return evalId.isEmpty();
        });
        QVERIFY(!evalId.isEmpty());
        const QJsonObject payload = type == ActionType::Verify
                                        ? QJsonObject{{"evidence", QStringLiteral("调取录像核实")}}
                                        : QJsonObject{{"changes", QStringLiteral("已增设引导岗")}};
        const RecordedAction action = LocalActionRecorder(home.cache(), home.localWork())
                                          .record(evalId, type, payload, QStringLiteral("demo"));
        QVERIFY2(action.ok(), qPrintable(action.message()));
        home.cache().closeThisThread();

        const QStringList arguments =
            runnerArguments(home.path(), slow.baseUrl(), {QStringLiteral("--push-only")});
        // Once the action is marked sent, the runner is stopped (SIGSTOP) until the
        // platform has applied it (4 s after it arrived), then killed: it never reads the
        // answer. If it was stopped before its request went out, it goes on and is
        // stopped again at the next look.
        const RunnerRun killed = runSyncRunner(arguments, [&](const QString &, int, qint64 pid) {
            if (statusOf(home.localWork(), evalId) != OutboxStatus::Sent)
                return false;
            ::kill(pid_t(pid), SIGSTOP);
            QDeadlineTimer deadline(30000);
            while (!deadline.hasExpired()) {
                if (timesApplied(slow.baseUrl(), evalId, action.actionId) == 1)
                    return true;
                QThread::msleep(200);
            }
            ::kill(pid_t(pid), SIGCONT);
            return false;
        });
        QVERIFY2(killed.killed, qPrintable(killed.lines.join(u'\n')));
        QCOMPARE(killed.exitCode, -9);
        // Left as the kill found it: sent, applied by the platform, not acknowledged.
        QCOMPARE(toString(statusOf(home.localWork(), evalId)), QStringLiteral("sent"));

        const RunnerRun restarted = runSyncRunner(arguments, {});
        QCOMPARE(restarted.exitCode, 0);
        QCOMPARE(restarted.lines.value(restarted.lines.size() - 1), QStringLiteral("pushed 1 0"));
        QCOMPARE(toString(statusOf(home.localWork(), evalId)), QStringLiteral("acked"));
        QCOMPARE(timesApplied(slow.baseUrl(), evalId, action.actionId), 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncKill)
#include "tst_sync_kill.moc"
