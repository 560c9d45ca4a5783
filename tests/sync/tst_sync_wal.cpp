// SPDX-License-Identifier: GPL-3.0-or-later
// A first pull killed midway leaves a bounded WAL: during the bulk load the WAL is
// checkpointed every N database pages, so a kill -9 leaves the data in the database file
// and at most N pages + one page transaction in the WAL (a first pull without checkpoints
// left a 4 KB database and a 1 GB WAL). Then a sync to the end makes the cache equal to
// the platform.
#include "SimProcess.h"
#include "SyncTestSupport.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace pingjia;
using namespace pingjia::test;

namespace {

constexpr int kPageLimit = 200;                // records per page transaction
constexpr int kWalPages = 64;                  // the checkpoint interval given to the runner
constexpr qint64 kPageSize = 4096;             // SQLite's default; Pingjia does not change it
constexpr qint64 kFrameBytes = 24 + kPageSize; // a WAL frame: header + page
constexpr qint64 kWalHeader = 32;
// Database pages one record can dirty: its table leaf and one leaf per index (cases have
// the most: primary key + 3 indexes; evaluations the eval_id key and the comment index).
constexpr qint64 kPagesPerRecord = 6;
// Interior b-tree pages, overflow and the comment index's segment per transaction.
constexpr qint64 kPagesPerTransactionSlack = 200;

} // namespace

class TestSyncWal : public QObject {
    Q_OBJECT
private slots:
    void killedFirstPullLeavesABoundedWal()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--scale"), QStringLiteral("30000"),
                            QStringLiteral("--seed"), QStringLiteral("5")}),
                 qPrintable(sim.errorString()));
        QTemporaryDir dir;
        const QStringList arguments =
            runnerArguments(dir.path(), sim.baseUrl(),
                            {QStringLiteral("--page-limit"), QString::number(kPageLimit),
                             QStringLiteral("--wal-pages"), QString::number(kWalPages)});

        // Killed after 40 pages of evaluations: every earlier list and 8,000 evaluations
        // went through the bulk load.
        int evaluationPages = 0;
        const RunnerRun killed = runSyncRunner(arguments, [&](const QString &line, int, qint64) {
            return line.startsWith(QLatin1String("progress evaluations ")) &&
                   ++evaluationPages == 40;
        });
        QVERIFY2(killed.killed, qPrintable(killed.lines.join(u'\n')));
        QCOMPARE(killed.exitCode, -9);

        // Measured before anything opens the file (closing the last connection would
        // checkpoint and remove the WAL).
        TestHome home(dir.path());
        const qint64 wal = QFileInfo(home.cacheFile() + QStringLiteral("-wal")).size();
        const qint64 database = QFileInfo(home.cacheFile()).size();
        // Checkpointed once the WAL holds kWalPages frames; the writer after a complete
        // checkpoint starts the WAL over. So the WAL holds at most kWalPages − 1 frames
        // plus the frames of the transaction that crossed the mark (one page of records).
        const qint64 largestTransaction =
            kPageLimit * kPagesPerRecord + kPagesPerTransactionSlack; // 1,400 pages
        const qint64 bound = kWalHeader + (kWalPages + largestTransaction) * kFrameBytes;
        qInfo() << "after the kill: WAL" << wal << "bytes, database" << database << "bytes, bound"
                << bound;
        QVERIFY2(wal <= bound, qPrintable(QStringLiteral("WAL %1 bytes > %2").arg(wal).arg(bound)));
        // The data is in the database file, and there was far more of it than the bound:
        // without checkpoints the WAL would have held all of it.
        QVERIFY2(
            database > 2 * bound,
            qPrintable(QStringLiteral("database %1 bytes, bound %2").arg(database).arg(bound)));

        const RunnerRun last = runSyncRunner(arguments, {});
        QCOMPARE(last.exitCode, 0);
        QString error;
        QVERIFY2(home.open(&error), qPrintable(error)); // also checks the file's integrity
        Dump dump;
        QVERIFY2(fetchDump(sim.baseUrl(), CodeSet::Gbt39046, &dump, &error), qPrintable(error));
        QCOMPARE(compare(cacheSummaries(home.cache()), dump.summaries), QString());
    }
};

QTEST_GUILESS_MAIN(TestSyncWal)
#include "tst_sync_wal.moc"
