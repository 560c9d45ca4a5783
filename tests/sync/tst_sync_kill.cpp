// SPDX-License-Identifier: GPL-3.0-or-later
// kill -9 in the middle of a sync, at several points, then a sync to the end: the cache
// equals the dump (no lost rows, no duplicates) and each restart went on from the
// committed cursors instead of starting over.
#include "SimProcess.h"
#include "SyncTestSupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace pingjia;
using namespace pingjia::test;

namespace {

struct Run {
    int progressLines = 0;
    bool killed = false;
    int exitCode = -1;
    QStringList lines;
};

// Runs sync-runner; kills it with SIGKILL after `killAfter` progress lines (0: never).
Run runSync(const QStringList &arguments, int killAfter)
{
    Run run;
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.setProgram(syncRunnerProgram());
    p.setArguments(arguments);
    p.start();
    if (!p.waitForStarted(30000))
        return run;
    QByteArray pending;
    while (p.state() != QProcess::NotRunning) {
        p.waitForReadyRead(1000);
        pending += p.readAllStandardOutput();
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(nl));
            pending.remove(0, nl + 1);
            run.lines.append(line);
            if (line.startsWith(QLatin1String("progress ")) && ++run.progressLines == killAfter &&
                !run.killed && p.processId() > 0) { // 0 once gone: kill(0) is our own group
                ::kill(pid_t(p.processId()), SIGKILL);
                run.killed = true;
            }
        }
        p.readAllStandardError(); // the log: not needed, do not let the pipe fill
    }
    p.waitForFinished(60000);
    pending += p.readAllStandardOutput();
    for (const QByteArray &line : pending.split('\n')) {
        if (!line.isEmpty())
            run.lines.append(QString::fromUtf8(line));
    }
    run.exitCode = p.exitStatus() == QProcess::CrashExit ? -9 : p.exitCode();
    // On a loaded machine the runner may finish before the signal lands: not a kill.
    run.killed = run.killed && p.exitStatus() == QProcess::CrashExit;
    return run;
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
        const QStringList arguments = {QStringLiteral("--home"),       dir.path(),
                                       QStringLiteral("--url"),        sim.baseUrl().toString(),
                                       QStringLiteral("--user"),       QStringLiteral("demo"),
                                       QStringLiteral("--password"),   QStringLiteral("demo"),
                                       QStringLiteral("--page-limit"), QStringLiteral("100")};

        int kills = 0;
        for (int k : {1, 2, 4, 7, 11, 16, 23, 31}) {
            const Run run = runSync(arguments, k);
            QVERIFY2(run.killed || run.exitCode == 0, qPrintable(run.lines.join(u'\n')));
            if (!run.killed)
                break; // nothing left to interrupt
            QCOMPARE(run.exitCode, -9);
            ++kills;
        }
        QVERIFY(kills >= 4);

        const Run last = runSync(arguments, 0);
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
};

QTEST_GUILESS_MAIN(TestSyncKill)
#include "tst_sync_kill.moc"
