// SPDX-License-Identifier: GPL-3.0-or-later
// The rest of a stopped first pull stores into live evaluation indexes or drops them and
// builds them at the end (issue 12 item 1, ResumeIndexes.h). Either way the cache ends
// equal to the platform (/sim/dump), every query index is there with its definition,
// the file's integrity check passes (the live indexes agree with the rows) and the
// queries use the indexes (EXPLAIN QUERY PLAN).
#include "SimProcess.h"
#include "SyncTestSupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace pingjia;
using namespace pingjia::test;

namespace {

// The evaluation query indexes and their columns, as CacheSchema's versions 1, 3 and 4
// and the queue's partial index define them (written out here, not read from the code).
const QStringList kIndexes = {
    QStringLiteral("evaluations_center"),     QStringLiteral("evaluations_dept"),
    QStringLiteral("evaluations_level_time"), QStringLiteral("evaluations_project"),
    QStringLiteral("evaluations_queue"),      QStringLiteral("evaluations_time"),
    QStringLiteral("evaluations_updated")};

// A query and the index its plan must name.
struct PlanCase {
    const char *sql;
    const char *index;
};
constexpr PlanCase kPlans[] = {
    {"SELECT count(*) FROM evaluations WHERE dept_code = 'x' AND assess_time >= '2026-01'",
     "evaluations_dept"},
    {"SELECT count(*) FROM evaluations WHERE center_code = 'x' AND assess_time >= '2026-01'",
     "evaluations_center"},
    {"SELECT 1 FROM evaluations WHERE project_no = 'x' AND withdrawn = 0", "evaluations_project"},
    {"SELECT max(updated_at) FROM evaluations", "evaluations_updated"},
    {"SELECT eval_id FROM evaluations WHERE level <= 2 AND assess_time >= '2026-01' AND "
     "withdrawn = 0 AND valid = 1",
     "evaluations_queue"},
};

QStringList indexesOf(QSqlDatabase db) // "name: sql", sorted
{
    QStringList out;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                          "tbl_name = 'evaluations' AND name LIKE 'evaluations\\_%' ESCAPE '\\'"));
    while (q.next())
        out << q.value(0).toString() + QStringLiteral(": ") + q.value(1).toString();
    out.sort();
    return out;
}

QStringList names(const QStringList &indexes)
{
    QStringList out;
    for (const QString &i : indexes)
        out << i.section(QStringLiteral(": "), 0, 0);
    return out;
}

QString plan(QSqlDatabase db, const char *sql)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + QLatin1String(sql));
    QStringList details;
    while (q.next())
        details << q.value(3).toString();
    return details.join(QStringLiteral("; "));
}

} // namespace

class TestSyncResume : public QObject {
    Q_OBJECT
private:
    // A first pull of `home` stopped after `stopAfter` evaluations, then resumed with
    // `choice`. `indexesDuringResume`: how many query indexes the file had while the
    // resume stored evaluations.
    void stopThenResume(const QUrl &platform, TestHome &home, ResumeIndexes choice,
                        int *indexesDuringResume)
    {
        const PlatformAccount account{platform.toString(), QStringLiteral("demo"), {}};
        SyncOptions options = fastOptions(200);
        options.resumeIndexes = choice;
        {
            SyncSession session(account, home.cache(), home.localWork(), home.secrets(),
                                &home.cipher(), options);
            QVERIFY(session.signIn(QStringLiteral("demo")).ok());
            session.setProgressObserver([&](const SyncProgress &p) {
                if (p.current == CacheList::Evaluations &&
                    p.of(CacheList::Evaluations).fetched >= 1000)
                    session.cancel();
            });
            const SyncResult stopped = session.sync();
            QCOMPARE(stopped.error.kind, SyncErrorKind::Cancelled);
        }
        // As after a restart: a new session goes on from the stored cursors.
        SyncSession session(account, home.cache(), home.localWork(), home.secrets(), &home.cipher(),
                            options);
        QVERIFY(session.signIn(QStringLiteral("demo")).ok());
        QSqlDatabase db = home.cache().connection().database();
        *indexesDuringResume = -1;
        session.setProgressObserver([&](const SyncProgress &p) {
            if (p.current == CacheList::Evaluations && !p.of(CacheList::Evaluations).done)
                *indexesDuringResume = int(indexesOf(db).size());
        });
        const SyncResult resumed = session.sync();
        QVERIFY2(resumed.ok(), qPrintable(resumed.error.message));
        QVERIFY(resumed.progress.of(CacheList::Evaluations).fetched > 0);
    }

private slots:
    void liveIndexesEndLikeARebuild()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--scale"), QStringLiteral("5000"),
                            QStringLiteral("--seed"), QStringLiteral("7")}),
                 qPrintable(sim.errorString()));
        QString error;
        TestHome live;
        TestHome rebuilt;
        QVERIFY2(live.open(&error) && rebuilt.open(&error), qPrintable(error));
        int liveDuring = 0;
        int rebuiltDuring = 0;
        stopThenResume(sim.baseUrl(), live, ResumeIndexes::KeepLive, &liveDuring);
        stopThenResume(sim.baseUrl(), rebuilt, ResumeIndexes::Rebuild, &rebuiltDuring);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(liveDuring, int(kIndexes.size())); // stored into the live indexes
        QCOMPARE(rebuiltDuring, 0);                 // dropped meanwhile

        Dump dump;
        QVERIFY2(fetchDump(sim.baseUrl(), CodeSet::Gbt39046, &dump, &error), qPrintable(error));
        QCOMPARE(compare(cacheSummaries(live.cache()), dump.summaries), QString());
        QCOMPARE(compare(cacheSummaries(rebuilt.cache()), dump.summaries), QString());

        for (TestHome *home : {&live, &rebuilt}) {
            QSqlDatabase db = home->cache().connection().database();
            QCOMPARE(names(indexesOf(db)), kIndexes);
            QSqlQuery check(db);
            QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
            QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
            for (const PlanCase &p : kPlans) {
                const QString detail = plan(db, p.sql);
                QVERIFY2(detail.contains(QLatin1String(p.index)),
                         qPrintable(QLatin1String(p.sql) + QStringLiteral(" → ") + detail));
            }
        }
        QCOMPARE(indexesOf(live.cache().connection().database()),
                 indexesOf(rebuilt.cache().connection().database()));
    }
};

QTEST_GUILESS_MAIN(TestSyncResume)
#include "tst_sync_resume.moc"
