// SPDX-License-Identifier: GPL-3.0-or-later
// A re-pull after invalid_cursor writes only what differs (issue 12 item 1): a record
// served again unchanged updates no row and marks no handling month dirty; a changed one
// is stored and marks its months. Expected values come from the simulator's /sim/dump:
// the records that differ between the dump the cache was synced to and the dump after
// /sim/reset, and the months read from their JSON by hand. The test puts a logging
// trigger on every cached table (in the cache file, so the sync's connection runs it).
#include "SimHttp.h"
#include "SimProcess.h"
#include "SyncTestSupport.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace pingjia;
using namespace pingjia::test;

namespace {

struct Table {
    CacheList list;
    const char *name;
    const char *key;     // column
    const char *jsonKey; // the platform's id field
};
constexpr Table kTables[] = {
    {CacheList::Orgs, "org_units", "org_code", "orgCode"},
    {CacheList::Staff, "staff", "staff_id", "staffId"},
    {CacheList::Items, "service_items", "task_code", "taskCode"},
    {CacheList::Cases, "cases", "project_no", "projectNo"},
    {CacheList::Evaluations, "evaluations", "eval_id", "evalId"},
    {CacheList::BadReviews, "bad_reviews", "eval_id", "evalId"},
};

// list name → id → item, as /sim/dump serves them.
using Records = QHash<QString, QHash<QString, QJsonObject>>;

Records dumpRecords(const QUrl &base)
{
    Records out;
    QHash<QString, QString> idField;
    for (const Table &t : kTables)
        idField.insert(listName(t.list), QLatin1String(t.jsonKey));
    for (const QByteArray &line : SimHttp(base).dumpBytes().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QString list = o.value(QLatin1String("list")).toString();
        const QJsonObject item = o.value(QLatin1String("item")).toObject();
        out[list].insert(item.value(idField.value(list)).toString(), item);
    }
    return out;
}

// "list id" of every record of `after` that `before` holds too, with other content.
QSet<QString> changedRecords(const Records &before, const Records &after)
{
    QSet<QString> changed;
    for (auto list = after.cbegin(); list != after.cend(); ++list) {
        const QHash<QString, QJsonObject> &old = before.value(list.key());
        for (auto r = list.value().cbegin(); r != list.value().cend(); ++r) {
            if (old.contains(r.key()) && old.value(r.key()) != r.value())
                changed.insert(list.key() + u' ' + r.key());
        }
    }
    return changed;
}

QString month(const QJsonValue &time) // "2026-10-15 09:31:02" → "2026-10"
{
    return time.isString() ? time.toString().left(7) : QString();
}

// The months a write of bad review `id` marks dirty (CacheSchema's version 8): the verify,
// rectification and delay deadlines' of the stored and the new record, and the assess
// month of its evaluation.
QSet<QString> dirtyMonthsOf(const QString &id, const Records &stored, const Records &served)
{
    QSet<QString> months;
    const QString list = listName(CacheList::BadReviews);
    for (const Records *records : {&stored, &served}) {
        const QJsonObject r = records->value(list).value(id);
        for (const char *field : {"verifyDeadline", "reformDeadline", "delayDeadline"})
            months << month(r.value(QLatin1String(field)));
    }
    months << month(served.value(listName(CacheList::Evaluations))
                        .value(id)
                        .value(QLatin1String("assessTime")));
    months.remove(QString());
    return months;
}

QSet<QString> column(QSqlDatabase db, const QString &sql)
{
    QSet<QString> out;
    QSqlQuery q(db);
    if (!q.exec(sql))
        qWarning() << sql << q.lastError().text();
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace

class TestSyncRepull : public QObject {
    Q_OBJECT
private:
    QSqlDatabase db(TestHome &home) { return home.cache().connection().database(); }

    // Every UPDATE of a cached row leaves "list id" in test_updates.
    void logUpdates(TestHome &home)
    {
        Connection &c = home.cache().connection();
        QVERIFY(c.exec(QStringLiteral("CREATE TABLE test_updates (row TEXT NOT NULL)")).ok());
        for (const Table &t : kTables) {
            const StoreResult r = c.exec(
                QStringLiteral("CREATE TRIGGER test_log_%1 AFTER UPDATE ON %1 BEGIN INSERT INTO "
                               "test_updates VALUES ('%2 ' || new.%3); END")
                    .arg(QLatin1String(t.name), listName(t.list), QLatin1String(t.key)));
            QVERIFY2(r.ok(), qPrintable(r.message));
        }
    }

    void clearLogs(TestHome &home)
    {
        Connection &c = home.cache().connection();
        QVERIFY(c.exec(QStringLiteral("DELETE FROM test_updates")).ok());
        QVERIFY(c.exec(QStringLiteral("DELETE FROM indicator_handling_dirty")).ok());
    }

private slots:
    void repullWritesOnlyWhatDiffers()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--scale"), QStringLiteral("3000"),
                            QStringLiteral("--seed"), QStringLiteral("12")}),
                 qPrintable(sim.errorString()));
        TestHome home;
        QString error;
        QVERIFY2(home.open(&error), qPrintable(error));
        const PlatformAccount account{sim.baseUrl().toString(), QStringLiteral("demo"), {}};
        SyncSession session(account, home.cache(), home.localWork(), home.secrets(), &home.cipher(),
                            fastOptions(300));
        QVERIFY(session.signIn(QStringLiteral("demo")).ok());
        QVERIFY2(session.sync().ok(), "first pull");

        // Two weeks of activity, synced: the cache holds the platform's later state.
        QVERIFY(!advance(sim.baseUrl(), 24 * 14).isEmpty());
        QVERIFY2(session.sync().ok(), "incremental sync");
        const Records synced = dumpRecords(sim.baseUrl());

        // The platform goes back to its generated data and forgets every cursor.
        QVERIFY(SimHttp(sim.baseUrl()).postJson(QStringLiteral("/sim/reset"), {}).status == 200);
        const Records served = dumpRecords(sim.baseUrl());
        const QSet<QString> changed = changedRecords(synced, served);
        QSet<QString> changedLists;
        QSet<QString> expectedMonths;
        for (const QString &row : changed) {
            const QString list = row.section(u' ', 0, 0);
            changedLists << list;
            if (list == listName(CacheList::BadReviews))
                expectedMonths += dirtyMonthsOf(row.section(u' ', 1), synced, served);
        }
        qInfo() << changed.size() << "records differ, in" << changedLists.values() << "months"
                << expectedMonths.values();
        QVERIFY(changedLists.contains(listName(CacheList::BadReviews)));
        QVERIFY(!expectedMonths.isEmpty());
        qint64 servedCount = 0;
        for (const auto &list : served)
            servedCount += list.size();
        QVERIFY(changed.size() < servedCount / 10); // most records come back unchanged

        logUpdates(home);
        if (QTest::currentTestFailed())
            return;
        clearLogs(home);
        const SyncResult repull = session.sync();
        QVERIFY2(repull.ok(), qPrintable(repull.error.message));
        QVERIFY(repull.progress.of(CacheList::Evaluations).restarted);
        QCOMPARE(repull.progress.totalFetched(), servedCount);
        QCOMPARE(column(db(home), QStringLiteral("SELECT row FROM test_updates")), changed);
        QCOMPARE(column(db(home), QStringLiteral("SELECT month FROM indicator_handling_dirty")),
                 expectedMonths);

        // The same records once more: nothing is written, nothing marked.
        clearLogs(home);
        QVERIFY(SimHttp(sim.baseUrl()).postJson(QStringLiteral("/sim/reset"), {}).status == 200);
        const SyncResult again = session.sync();
        QVERIFY2(again.ok(), qPrintable(again.error.message));
        QCOMPARE(again.progress.totalFetched(), servedCount);
        QCOMPARE(column(db(home), QStringLiteral("SELECT row FROM test_updates")), QSet<QString>());
        QCOMPARE(column(db(home), QStringLiteral("SELECT month FROM indicator_handling_dirty")),
                 QSet<QString>());

        // The cache holds what the platform serves: the records the activity created (the
        // platform no longer has them; a re-pull does not delete) taken out, the rest equal
        // to the dump, field by field through the content checksums.
        for (const Table &t : kTables) {
            const QString list = listName(t.list);
            for (auto r = synced.value(list).cbegin(); r != synced.value(list).cend(); ++r) {
                if (served.value(list).contains(r.key()))
                    continue;
                QSqlQuery q(db(home));
                q.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?")
                              .arg(QLatin1String(t.name), QLatin1String(t.key)));
                q.addBindValue(r.key());
                QVERIFY(q.exec());
            }
        }
        Dump dump;
        QVERIFY2(fetchDump(sim.baseUrl(), CodeSet::Gbt39046, &dump, &error), qPrintable(error));
        QCOMPARE(compare(cacheSummaries(home.cache(), &error), dump.summaries), QString());
    }
};

QTEST_GUILESS_MAIN(TestSyncRepull)
#include "tst_sync_repull.moc"
