// SPDX-License-Identifier: GPL-3.0-or-later
// Opening, migrating, refusing and rebuilding the two database files.
#include "StoreFixtures.h"

#include "models/secrets/InMemorySecretStore.h"
#include "models/secrets/PersonalDataCipher.h"
#include "models/store/CacheDatabase.h"
#include "models/store/CacheReader.h"
#include "models/store/CacheWriter.h"
#include "models/store/CommentSearch.h"
#include "models/store/IntegrityCheck.h"
#include "models/store/LocalWorkDatabase.h"
#include "models/store/LocalWorkStore.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pingjia;
using namespace pingjia::fixtures;

class TestStoreDatabase : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    static QStringList tables(Database &db)
    {
        QStringList names;
        QSqlQuery q(db.connection().database());
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger') "
                              "ORDER BY name"));
        while (q.next())
            names << q.value(0).toString();
        return names;
    }

    static void writeGarbage(const QString &file, qint64 size)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QByteArray junk(size, '\0');
        for (qint64 i = 0; i < size; ++i)
            junk[i] = char((i * 131 + 7) % 251);
        f.write(junk);
    }

    // A real cache with enough rows to span many pages, closed cleanly.
    void fillCache(const QString &file, int rows)
    {
        InMemorySecretStore secrets;
        PersonalDataCipher cipher(secrets);
        CacheDatabase cache(file);
        QVERIFY2(cache.open().ok(), "open");
        CacheWriter writer(cache, &cipher);
        QList<Evaluation> list;
        for (int i = 0; i < rows; ++i)
            list << evaluation(i, i % 5 + 1,
                               i % 3 ? QStringLiteral("排队两个小时无人引导") : QString());
        QVERIFY(writer.upsertEvaluations(list).ok());
        // Fold the WAL into the file so truncating the file really loses pages.
        cache.connection().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        cache.closeThisThread();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void migratesFromEmpty()
    {
        CacheDatabase cache(path("empty-cache.sqlite"));
        const StoreResult r = cache.open();
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(cache.fileVersion(), cache.schema().version());
        const QStringList t = tables(cache);
        for (const char *name :
             {"org_units", "staff", "service_items", "cases", "evaluations", "bad_reviews",
              "sync_cursors", "platform_meta", "comment_fts", "evaluations_comment_insert"})
            QVERIFY2(t.contains(QString::fromLatin1(name)), name);
        QVERIFY(cache.connection().usesWal());

        LocalWorkDatabase local(path("empty-localwork.sqlite"));
        QVERIFY(local.open().ok());
        QCOMPARE(local.fileVersion(), local.schema().version());
        const QStringList l = tables(local);
        for (const char *name :
             {"outbox", "audit_log", "pending_overlay", "settings", "conflicts", "reveal_log"})
            QVERIFY2(l.contains(QString::fromLatin1(name)), name);

        // Opening again is a no-op.
        QVERIFY(cache.open().ok());
        QVERIFY(local.open().ok());
    }

    void migratesCacheFromPreviousVersion()
    {
        const QString file = path("old-cache.sqlite");
        {
            CacheDatabase old(file);
            // Version 1: before the comment search (2) and the indicator rollups (3).
            const int previous = 1;
            QVERIFY(old.openAtVersion(previous).ok());
            QCOMPARE(old.fileVersion(), previous);
            QVERIFY(!tables(old).contains(QStringLiteral("comment_fts")));
            // Rows as a version-1 file holds them, written with plain SQL (today's writer
            // fills columns that version 1 does not have).
            QSqlQuery q(old.connection().database());
            QVERIFY(q.prepare(
                QStringLiteral("INSERT INTO evaluations (eval_id, level, valid, text, assess_time) "
                               "VALUES (?, ?, 1, COALESCE(?, ''), '2026-10-15 09:31:02')")));
            for (const auto &[n, level, text] :
                 {std::tuple{1, 1, QStringLiteral("工作人员态度很差")},
                  std::tuple{2, 5, QString()}}) {
                q.addBindValue(evaluation(n).evalId);
                q.addBindValue(level);
                q.addBindValue(text);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
        }
        CacheDatabase cache(file);
        const StoreResult r = cache.open();
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(cache.fileVersion(), cache.schema().version());
        CacheReader reader(cache);
        QCOMPARE(reader.count(CacheList::Evaluations), 2);
        // The new comment index was backfilled from the rows already there.
        CommentSearch search(cache);
        QCOMPARE(search.findEvalIds(QStringLiteral("态度")), QStringList{evaluation(1).evalId});
    }

    // Version 9 renames the "reform" columns to "rectification" (issue 12 item 10): the
    // deadlines stay, the effective-deadline index and the dirty-month triggers follow.
    void migratesRectificationColumnNames()
    {
        const QString file = path("v8-cache.sqlite");
        {
            CacheDatabase old(file);
            QVERIFY(old.openAtVersion(8).ok()); // the last version with "reform" names
            QSqlQuery q(old.connection().database());
            for (const char *sql :
                 {"INSERT INTO evaluations (eval_id, level, valid, assess_time) VALUES "
                  "('E1', 1, 1, '2026-09-20 10:00:00'), ('E2', 2, 1, '2026-10-02 09:00:00')",
                  "INSERT INTO bad_reviews (eval_id, state, verify_deadline, reform_deadline, "
                  "delay_deadline) VALUES ('E1', 'confirmed', '2026-09-21 10:00:00', "
                  "'2026-10-29 23:59:59', NULL), ('E2', 'rectifying', '2026-10-03 09:00:00', "
                  "'2026-11-05 23:59:59', '2026-12-10 23:59:59')",
                  "INSERT INTO indicator_handling_month (grain, unit_code, month, reform_due) "
                  "VALUES (0, '', '2026-10', 3)",
                  "DELETE FROM indicator_handling_dirty"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
        }
        CacheDatabase cache(file);
        const StoreResult r = cache.open();
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(cache.fileVersion(), cache.schema().version());
        QSqlQuery q(cache.connection().database());
        auto column = [&q](const QString &sql) {
            QStringList values;
            if (!q.exec(sql))
                values << q.lastError().text();
            while (q.next())
                values << q.value(0).toString();
            return values;
        };
        QCOMPARE(column(QStringLiteral("SELECT eval_id || ' ' || rectification_deadline FROM "
                                       "bad_reviews ORDER BY eval_id")),
                 (QStringList{QStringLiteral("E1 2026-10-29 23:59:59"),
                              QStringLiteral("E2 2026-11-05 23:59:59")}));
        QCOMPARE(column(QStringLiteral("SELECT rectification_due FROM indicator_handling_month")),
                 QStringList{QStringLiteral("3")});
        // Nothing in the schema names the old columns any more.
        QCOMPARE(column(QStringLiteral("SELECT name FROM sqlite_master WHERE sql LIKE "
                                       "'%reform%' OR name LIKE '%reform%'")),
                 QStringList());
        // The effective deadline (delay wins) is still answered from its expression index.
        const QString effective =
            QStringLiteral("SELECT eval_id FROM bad_reviews WHERE coalesce(delay_deadline, "
                           "rectification_deadline) < '2026-12-01 00:00:00' ORDER BY eval_id");
        QCOMPARE(column(effective), QStringList{QStringLiteral("E1")});
        // (Without the ORDER BY, which two rows let the planner answer from the key instead.)
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") +
                       effective.left(effective.indexOf(QStringLiteral(" ORDER BY")))));
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(plan.contains(QStringLiteral("INDEX bad_reviews_effective_deadline")),
                 qPrintable(plan));
        // The triggers still mark the months a write touches: the verify deadline's and the
        // assess month (2026-09), the old deadline's (2026-10) and the new one's (2027-01).
        QVERIFY(q.exec(QStringLiteral("UPDATE bad_reviews SET rectification_deadline = "
                                      "'2027-01-08 23:59:59' WHERE eval_id = 'E1'")));
        QCOMPARE(column(QStringLiteral("SELECT month FROM indicator_handling_dirty ORDER BY "
                                       "month")),
                 (QStringList{QStringLiteral("2026-09"), QStringLiteral("2026-10"),
                              QStringLiteral("2027-01")}));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM indicator_handling_dirty")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM bad_reviews WHERE eval_id = 'E2'")));
        QCOMPARE(column(QStringLiteral("SELECT month FROM indicator_handling_dirty ORDER BY "
                                       "month")),
                 (QStringList{QStringLiteral("2026-10"), QStringLiteral("2026-11"),
                              QStringLiteral("2026-12")}));
    }

    void migratesLocalWorkFromPreviousVersion()
    {
        const QString file = path("old-localwork.sqlite");
        {
            LocalWorkDatabase old(file);
            QVERIFY(old.openAtVersion(old.schema().version() - 1).ok());
            LocalWorkStore store(old);
            QVERIFY(store.setSetting(QStringLiteral("rectifyDays"), QStringLiteral("5")).ok());
        }
        LocalWorkDatabase local(file);
        QVERIFY(local.open().ok());
        LocalWorkStore store(local);
        QCOMPARE(store.setting(QStringLiteral("rectifyDays")).value_or(QString()),
                 QStringLiteral("5"));
        QVERIFY(store
                    .recordReveal(evaluation(1).evalId, QStringLiteral("admin"),
                                  {QStringLiteral("mobile")}, QStringLiteral("回访需要"))
                    .ok());
    }

    void refusesNewerSchema()
    {
        const QString file = path("newer.sqlite");
        int version = 0;
        {
            CacheDatabase cache(file);
            QVERIFY(cache.open().ok());
            version = cache.schema().version();
            QVERIFY(cache.connection()
                        .exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1))
                        .ok());
        }
        const QByteArray before = fileHash(file);
        CacheDatabase cache(file);
        const StoreResult r = cache.open();
        QCOMPARE(r.kind, StoreErrorKind::NewerSchema);
        QVERIFY2(r.message.contains(QStringLiteral("created by a newer Pingjia (schema %1 > %2)")
                                        .arg(version + 1)
                                        .arg(version)),
                 qPrintable(r.message));
        QVERIFY(!cache.isOpen());
        cache.closeThisThread();
        QCOMPARE(fileHash(file), before);
    }

    void refusesTheOtherKindOfFile()
    {
        const QString file = path("swap-localwork.sqlite");
        {
            LocalWorkDatabase local(file);
            QVERIFY(local.open().ok());
        }
        CacheDatabase cache(file);
        const StoreResult r = cache.open();
        QCOMPARE(r.kind, StoreErrorKind::WrongFile);
        QVERIFY2(r.message.contains(QStringLiteral("not a Pingjia cache file")),
                 qPrintable(r.message));
    }

    void garbageCacheIsReportedAndRebuilt()
    {
        QTemporaryDir home;
        const QString cacheFile = home.filePath(QString::fromLatin1(CacheDatabase::kFileName));
        const QString localFile = home.filePath(QString::fromLatin1(LocalWorkDatabase::kFileName));
        {
            LocalWorkDatabase local(localFile);
            QVERIFY(local.open().ok());
            LocalWorkStore store(local);
            QVERIFY(store
                        .setSetting(QStringLiteral("platformUrl"),
                                    QStringLiteral("http://127.0.0.1:8080"))
                        .ok());
        }
        const QByteArray localBefore = fileHash(localFile);
        writeGarbage(cacheFile, 64 * 1024);

        CacheDatabase cache(cacheFile);
        StoreResult r = cache.open();
        QCOMPARE(r.kind, StoreErrorKind::Corrupt);
        QVERIFY2(r.message.contains(QStringLiteral("damaged")), qPrintable(r.message));
        QVERIFY2(r.message.contains(QStringLiteral("rebuild")), qPrintable(r.message));

        QString movedTo;
        r = cache.rebuild(&movedTo);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY2(movedTo.startsWith(cacheFile + QStringLiteral(".corrupt-")), qPrintable(movedTo));
        QVERIFY(QFile::exists(movedTo));
        QCOMPARE(QFileInfo(movedTo).size(), 64 * 1024);
        CacheReader reader(cache);
        QCOMPARE(reader.count(CacheList::Evaluations), 0);

        // Local work untouched, byte for byte, and still readable.
        QCOMPARE(fileHash(localFile), localBefore);
        LocalWorkDatabase local(localFile);
        QVERIFY(local.open().ok());
        QCOMPARE(LocalWorkStore(local).setting(QStringLiteral("platformUrl")).value_or(QString()),
                 QStringLiteral("http://127.0.0.1:8080"));
    }

    void truncatedCacheIsReported()
    {
        const QString file = path("truncated-cache.sqlite");
        fillCache(file, 3000);
        const qint64 size = QFileInfo(file).size();
        QVERIFY(size > 100 * 1024);
        QVERIFY(QFile::resize(file, size / 2));
        CacheDatabase cache(file);
        const StoreResult r = cache.open();
        QCOMPARE(r.kind, StoreErrorKind::Corrupt);
        QVERIFY2(r.message.contains(QStringLiteral("damaged")), qPrintable(r.message));
        QVERIFY(cache.rebuild().ok());
        QVERIFY(cache.isOpen());
    }

    void overwrittenPagesAreReported()
    {
        const QString file = path("scribbled-cache.sqlite");
        fillCache(file, 3000);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(8 * 4096); // somewhere in the middle, past the header page
            f.write(QByteArray(3 * 4096, '\xAB'));
        }
        // open() reads no page of the damage (the whole-file check of a cache that grows
        // with the province runs after the window shows: checkIntegrity(), IntegrityCheck.h).
        CacheDatabase cache(file);
        const StoreResult opened = cache.open();
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        const StoreResult r = checkIntegrity(cache);
        QCOMPARE(r.kind, StoreErrorKind::Corrupt);
        QVERIFY2(r.message.contains(QStringLiteral("damaged")), qPrintable(r.message));
    }

    void overwrittenLocalWorkPagesAreReportedAtOpen()
    {
        // The local-work file is small: open() still reads every page of it.
        const QString file = path("scribbled-localwork.sqlite");
        {
            LocalWorkDatabase local(file);
            QVERIFY(local.open().ok());
            LocalWorkStore store(local);
            for (int i = 0; i < 400; ++i)
                QVERIFY(
                    store.setSetting(QStringLiteral("key%1").arg(i), QString(200, QLatin1Char('x')))
                        .ok());
            local.connection().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            local.closeThisThread();
        }
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 16 * 4096);
            f.seek(12 * 4096);
            f.write(QByteArray(3 * 4096, '\xAB'));
        }
        LocalWorkDatabase local(file);
        QCOMPARE(local.open().kind, StoreErrorKind::Corrupt);
    }

    void corruptLocalWorkIsNeverTouched()
    {
        QTemporaryDir home;
        const QString localFile = home.filePath(QString::fromLatin1(LocalWorkDatabase::kFileName));
        writeGarbage(localFile, 20000);
        const QByteArray before = fileHash(localFile);
        LocalWorkDatabase local(localFile);
        const StoreResult r = local.open();
        QCOMPARE(r.kind, StoreErrorKind::Corrupt);
        QVERIFY2(r.message.contains(QStringLiteral("Restore")), qPrintable(r.message));
        QVERIFY2(r.message.contains(localFile), qPrintable(r.message));
        local.closeThisThread();
        QCOMPARE(fileHash(localFile), before);
        QCOMPARE(QDir(home.path()).entryList(QDir::Files),
                 QStringList{LocalWorkDatabase::kFileName});
    }

    void fallsBackWhenWalIsUnavailable()
    {
        qputenv("PINGJIA_SQLITE_JOURNAL_MODE", "DELETE");
        CacheDatabase cache(path("nowal.sqlite"));
        QVERIFY(cache.open().ok());
        QVERIFY(!cache.connection().usesWal());
        QCOMPARE(cache.connection().scalar(QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("delete"));
        qunsetenv("PINGJIA_SQLITE_JOURNAL_MODE");
    }

    void unwritableLocationIsAnIoError()
    {
        CacheDatabase cache(path("no-such-dir/cache.sqlite"));
        const StoreResult r = cache.open();
        QVERIFY(!r.ok());
        QVERIFY(!r.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStoreDatabase)
#include "tst_storedatabase.moc"
