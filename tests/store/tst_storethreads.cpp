// SPDX-License-Identifier: GPL-3.0-or-later
// One connection per thread: a QThread gets its own, the GUI thread reads while it
// writes, and the thread's connection is removed when the thread ends.
#include "StoreFixtures.h"

#include "models/store/CacheDatabase.h"
#include "models/store/CacheReader.h"
#include "models/store/CacheWriter.h"

#include <QSemaphore>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace pingjia;
using namespace pingjia::fixtures;

class TestStoreThreads : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void eachThreadHasItsOwnConnection()
    {
        CacheDatabase cache(m_dir.filePath(QStringLiteral("threads.sqlite")));
        QVERIFY(cache.open().ok());
        const QString mainName = cache.connection().database().connectionName();
        QVERIFY(mainName.contains(QStringLiteral("cache")));

        QString workerName;
        StoreResult workerResult;
        QStringList namesWhileRunning;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            Connection &c = cache.connection();
            workerName = c.database().connectionName();
            QList<Evaluation> page;
            for (int i = 0; i < 500; ++i)
                page << evaluation(i, i % 5 + 1);
            CacheWriter writer(cache, nullptr);
            workerResult = writer.writePage(
                page,
                {QStringLiteral("http://x"), QStringLiteral("u"), QStringLiteral("evaluations")},
                QStringLiteral("c1"));
            namesWhileRunning = QSqlDatabase::connectionNames();
        }));
        worker->start();
        QVERIFY(worker->wait());
        QVERIFY2(workerResult.ok(), qPrintable(workerResult.message));
        QVERIFY(!workerName.isEmpty());
        QVERIFY(workerName != mainName);
        QVERIFY(namesWhileRunning.contains(workerName));
        QVERIFY(namesWhileRunning.contains(mainName));
        // The worker's connection went away with its thread.
        worker.reset();
        QVERIFY(!QSqlDatabase::connectionNames().contains(workerName));
        // The main thread sees what the worker committed.
        QCOMPARE(CacheReader(cache).count(CacheList::Evaluations), 500);
    }

    void readerIsNotBlockedByAnOpenWriteTransaction()
    {
        CacheDatabase cache(m_dir.filePath(QStringLiteral("wal.sqlite")));
        QVERIFY(cache.open().ok());
        CacheWriter(cache, nullptr).upsertEvaluations({evaluation(1)});

        QSemaphore written;
        QSemaphore readDone;
        qint64 countInsideWriter = -1;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            CacheWriter writer(cache, nullptr);
            CacheWriter::Page page(writer);
            writer.upsertEvaluations({evaluation(2), evaluation(3)});
            written.release();
            readDone.acquire(); // hold the write transaction open while main reads
            page.commit();
        }));
        worker->start();
        written.acquire();
        // WAL: the reader sees the last committed state at once, not the open page.
        countInsideWriter = CacheReader(cache).count(CacheList::Evaluations);
        readDone.release();
        QVERIFY(worker->wait());
        QCOMPARE(countInsideWriter, 1);
        QCOMPARE(CacheReader(cache).count(CacheList::Evaluations), 3);
    }
};

QTEST_GUILESS_MAIN(TestStoreThreads)
#include "tst_storethreads.moc"
