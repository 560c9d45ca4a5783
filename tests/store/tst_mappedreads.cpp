// SPDX-License-Identifier: GPL-3.0-or-later
// MappedReads: while one is alive the cache file (`main`, not an attached file) is read
// through a memory map; afterwards the connection's own setting is back. What a writer on
// another connection commits meanwhile, into the WAL or checkpointed into the file itself
// (a sync in another process), is read through the map.
#include "models/store/CacheDatabase.h"
#include "models/store/MappedReads.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace pingjia;

class TestMappedReads : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    int m_fileNo = 0;

    static qint64 mapSize(Connection &c, const char *schema)
    {
        return c.scalar(QStringLiteral("PRAGMA %1.mmap_size").arg(QLatin1String(schema)))
            .toLongLong();
    }

    // Another writer: its own SQLite connection to the file, as another process has.
    static bool writeElsewhere(const QString &path, const char *sql)
    {
        sqlite3 *db = nullptr;
        bool ok = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) ==
                      SQLITE_OK &&
                  sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
        sqlite3_close(db);
        return ok;
    }

private slots:
    void init()
    {
        m_cache = std::make_unique<CacheDatabase>(
            m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_fileNo)));
        QVERIFY(m_cache->open().ok());
    }
    void cleanup() { m_cache.reset(); }

    void mapWhileAliveThenPutBack()
    {
        Connection &c = m_cache->connection();
        QVERIFY(c.exec(QStringLiteral("ATTACH DATABASE ':memory:' AS other")).ok());
        QCOMPARE(mapSize(c, "main"), 0); // the connection's own: no map
        QVERIFY(c.exec(QStringLiteral("PRAGMA main.mmap_size=1048576")).ok()); // put back
        {
            const MappedReads mapped(c);
            QCOMPARE(mapSize(c, "main"), MappedReads::kMapBytes);
            QCOMPARE(mapSize(c, "other"), 0);
        }
        QCOMPARE(mapSize(c, "main"), 1048576);
        QCOMPARE(mapSize(c, "other"), 0);
    }

    void writesElsewhereAreRead()
    {
        Connection &c = m_cache->connection();
        const QString path = m_cache->path();
        QVERIFY(writeElsewhere(path, "CREATE TABLE probe (x); INSERT INTO probe VALUES (1)"));
        const MappedReads mapped(c);
        auto sum = [&c] { return c.scalar(QStringLiteral("SELECT sum(x) FROM probe")).toInt(); };
        QCOMPARE(sum(), 1);
        // In the WAL, then checkpointed into the mapped file and the WAL emptied.
        QVERIFY(writeElsewhere(path, "INSERT INTO probe VALUES (10)"));
        QCOMPARE(sum(), 11);
        QVERIFY(writeElsewhere(path, "INSERT INTO probe SELECT 100 FROM probe;"
                                     "PRAGMA wal_checkpoint(TRUNCATE)"));
        QCOMPARE(sum(), 211);
        // Grown past the mapped size of the first read.
        QVERIFY(writeElsewhere(path, "CREATE TABLE wide (t); WITH RECURSIVE n(i) AS (SELECT 1 "
                                     "UNION ALL SELECT i + 1 FROM n WHERE i < 2000) INSERT "
                                     "INTO wide SELECT randomblob(1000) FROM n;"
                                     "PRAGMA wal_checkpoint(TRUNCATE)"));
        QCOMPARE(c.scalar(QStringLiteral("SELECT count(*) FROM wide")).toInt(), 2000);
        QCOMPARE(sum(), 211);
    }
};

QTEST_GUILESS_MAIN(TestMappedReads)
#include "tst_mappedreads.moc"
