// SPDX-License-Identifier: GPL-3.0-or-later
// IndexBuildSettings: while a bulk load builds the evaluation indexes the writer's
// connection lets SQLite's sorter use helper threads (temp_store FILE, threads, short
// runs, no memory map); afterwards the connection's own settings are back.
#include "StoreFixtures.h"

#include "models/store/CacheDatabase.h"
#include "models/store/CacheWriter.h"
#include "models/store/IndexBuildSettings.h"
#include "models/store/Transaction.h"

#include <QSqlDriver>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

using namespace pingjia;
using namespace pingjia::fixtures;

namespace {

sqlite3 *handleOf(Connection &c)
{
    const QVariant v = c.database().driver()->handle();
    return v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0
               ? *static_cast<sqlite3 *const *>(v.constData())
               : nullptr;
}

struct Pragmas {
    int tempStore = -1; // 0 default, 1 file, 2 memory
    int threads = -1;
    int cacheSize = 0;
    qint64 mmapSize = -1;
    bool operator==(const Pragmas &) const = default;
};

Pragmas pragmasOf(Connection &c)
{
    auto value = [&c](const char *name) {
        return c.scalar(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
    };
    return {value("temp_store").toInt(), value("threads").toInt(), value("cache_size").toInt(),
            value("mmap_size").toLongLong()};
}

// Every CREATE INDEX run on the connection, with the sorter's thread limit in effect as it
// started (read from SQLite itself, not through a statement).
struct IndexBuilds {
    QStringList sql;
    QList<int> threads;
};

int traceIndexBuild(unsigned, void *context, void *statement, void *)
{
    auto *builds = static_cast<IndexBuilds *>(context);
    const QString sql = QString::fromUtf8(sqlite3_sql(static_cast<sqlite3_stmt *>(statement)));
    if (sql.startsWith(QLatin1String("CREATE INDEX"))) {
        builds->sql << sql;
        builds->threads << sqlite3_limit(sqlite3_db_handle(static_cast<sqlite3_stmt *>(statement)),
                                         SQLITE_LIMIT_WORKER_THREADS, -1);
    }
    return 0;
}

} // namespace

class TestIndexBuildSettings : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    int m_fileNo = 0;

    // The connection's own settings (Connection::openAndConfigure; SQLite's default of 0
    // helper threads and no memory map).
    const Pragmas m_own{2, 0, -65536, 0};

private slots:
    void init()
    {
        m_cache = std::make_unique<CacheDatabase>(
            m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_fileNo)));
        QVERIFY(m_cache->open().ok());
    }
    void cleanup() { m_cache.reset(); }

    void setWhileAliveThenPutBack()
    {
        Connection &c = m_cache->connection();
        QCOMPARE(pragmasOf(c), m_own);
        QVERIFY(c.exec(QStringLiteral("PRAGMA mmap_size=1048576")).ok()); // put back as found
        {
            IndexBuildSettings settings(c);
            const int cores = QThread::idealThreadCount();
            const Pragmas building{1, cores < 1 ? 1 : (cores > 8 ? 8 : cores), -8192, 0};
            QCOMPARE(pragmasOf(c), building);
        }
        QCOMPARE(pragmasOf(c), (Pragmas{2, 0, -65536, 1048576}));
    }

    void insideATransactionNothingBreaks()
    {
        Connection &c = m_cache->connection();
        Transaction t(c);
        QVERIFY(t.isActive());
        // With temporary storage in use inside a transaction SQLite refuses to change
        // temp_store: the rest is set, nothing fails, the temporary table stays.
        QVERIFY(c.exec(QStringLiteral("CREATE TEMP TABLE kept (x)")).ok());
        {
            IndexBuildSettings settings(c);
            QCOMPARE(pragmasOf(c).tempStore, 2);
            QCOMPARE(pragmasOf(c).threads, qMax(1, qMin(8, QThread::idealThreadCount())));
            QVERIFY(c.exec(QStringLiteral("CREATE INDEX probe ON evaluations(level)")).ok());
        }
        QVERIFY(t.commit().ok());
        QCOMPARE(pragmasOf(c), m_own);
        QCOMPARE(c.scalar(QStringLiteral("SELECT count(*) FROM temp.kept")).toInt(), 0);
    }

    // The bulk load's build runs with the helper threads on the writer's real connection,
    // and leaves the connection as it found it.
    void bulkLoadBuildsWithHelperThreads()
    {
        Connection &c = m_cache->connection();
        sqlite3 *db = handleOf(c);
        QVERIFY(db);
        CacheWriter writer(*m_cache, nullptr);
        const CursorKey key{QStringLiteral("http://127.0.0.1:18080"), QStringLiteral("demo"),
                            listName(CacheList::Evaluations)};
        IndexBuilds builds;
        {
            CacheWriter::BulkLoad bulk(writer);
            QList<Evaluation> list;
            for (int i = 0; i < 300; ++i)
                list << evaluation(i, i % 5 + 1);
            QVERIFY(writer.writePage(list, key, QStringLiteral("c-300")).ok());
            sqlite3_trace_v2(db, SQLITE_TRACE_STMT, traceIndexBuild, &builds);
            QVERIFY(bulk.finish().ok());
            sqlite3_trace_v2(db, 0, nullptr, nullptr);
        }
        QCOMPARE(builds.sql.size(), 7); // the seven evaluation indexes (CacheSchema.cpp)
        QVERIFY(builds.sql.first().contains(QLatin1String("evaluations_level_time")));
        const int cores = QThread::idealThreadCount();
        for (int threads : std::as_const(builds.threads))
            QCOMPARE(threads, cores < 1 ? 1 : (cores > 8 ? 8 : cores));
        QCOMPARE(pragmasOf(c), m_own);
        QCOMPARE(c.scalar(QStringLiteral("SELECT count(*) FROM evaluations INDEXED BY "
                                         "evaluations_dept WHERE dept_code = "
                                         "'11620800MB12345673'"))
                     .toInt(),
                 43); // i % 7 == 3 for i in 0..299: 3, 10, …, 297
    }

    // A crash during a bulk load leaves the indexes to the next open, which builds them the
    // same way and leaves the connection as the open configured it.
    void openBuildsMissingIndexes()
    {
        Connection &c = m_cache->connection();
        QVERIFY(c.exec(QStringLiteral("DROP INDEX evaluations_project")).ok());
        QVERIFY(m_cache->open().ok());
        Connection &again = m_cache->connection();
        QCOMPARE(again
                     .scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = "
                                            "'evaluations_project'"))
                     .toInt(),
                 1);
        QCOMPARE(pragmasOf(again), m_own);
    }
};

QTEST_GUILESS_MAIN(TestIndexBuildSettings)
#include "tst_indexbuildsettings.moc"
