// SPDX-License-Identifier: GPL-3.0-or-later
// Two users on one platform (--users FILE). A 409 keeps both versions as a conflict for
// the user and overwrites nothing; a 422 (the same person approving their own request)
// is kept with the platform's reason; a second person's approval goes through.
#include "SimProcess.h"
#include "SyncTestSupport.h"

#include "models/domain/Clock.h"
#include "models/domain/PlatformTime.h"
#include "models/store/CacheReader.h"
#include "models/store/LocalActionRecorder.h"
#include "models/store/LocalWorkStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pingjia;
using namespace pingjia::test;

namespace {

struct User {
    QString name;
    QString password;
    std::unique_ptr<TestHome> home;
    std::unique_ptr<SyncSession> session;
};

QStringList unverifiedBadReviews(CacheDatabase &cache)
{
    QStringList ids;
    CacheReader(cache).forEachBadReview([&](const HandlingRecord &r) {
        if (!r.withdrawn && r.state == HandlingState::Unverified)
            ids.append(r.evalId);
        return true;
    });
    return ids;
}

} // namespace

class TestSyncConflicts : public QObject {
    Q_OBJECT
private:
    SimProcess m_sim;
    QTemporaryDir m_dir;
    User m_alice{QStringLiteral("alice"), QStringLiteral("alice-pw"), {}, {}};
    User m_bob{QStringLiteral("bob"), QStringLiteral("bob-pw"), {}, {}};

    void signInAndSync(User &u)
    {
        u.home = std::make_unique<TestHome>();
        QString error;
        QVERIFY2(u.home->open(&error), qPrintable(error));
        u.session = std::make_unique<SyncSession>(
            PlatformAccount{m_sim.baseUrl().toString(), u.name, {}}, u.home->cache(),
            u.home->localWork(), u.home->secrets(), &u.home->cipher(), fastOptions(1000));
        const SyncError e = u.session->signIn(u.password);
        QVERIFY2(e.ok(), qPrintable(e.message));
        const SyncResult r = u.session->sync();
        QVERIFY2(r.ok(), qPrintable(r.error.message));
    }

private slots:
    void initTestCase()
    {
        Clock::setOverride(parsePlatformTime(QStringLiteral("2026-10-31 19:00:00")));
        const QString users = m_dir.filePath(QStringLiteral("users.txt"));
        QFile f(users);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("alice:alice-pw:620000\nbob:bob-pw:620000\n");
        f.close();
        QVERIFY2(m_sim.start({QStringLiteral("--scale"), QStringLiteral("20000"),
                              QStringLiteral("--seed"), QStringLiteral("17"),
                              QStringLiteral("--users"), users}),
                 qPrintable(m_sim.errorString()));
        signInAndSync(m_alice);
        signInAndSync(m_bob);
    }

    void conflictKeepsBothVersions()
    {
        const QStringList open = unverifiedBadReviews(m_alice.home->cache());
        QVERIFY(!open.isEmpty());
        const QString evalId = open.first();
        const HandlingRecord before = *CacheReader(m_bob.home->cache()).badReview(evalId);

        LocalActionRecorder alice(m_alice.home->cache(), m_alice.home->localWork());
        const RecordedAction a =
            alice.record(evalId, ActionType::Verify,
                         {{"evidence", QStringLiteral("录像显示确有排队")}}, m_alice.name);
        QVERIFY2(a.ok(), qPrintable(a.message()));
        QCOMPARE(m_alice.session->push().acked, 1);

        // Bob has not synced since: he works on the old version.
        LocalActionRecorder bob(m_bob.home->cache(), m_bob.home->localWork());
        const RecordedAction b = bob.record(
            evalId, ActionType::RequestInvalid,
            {{"result", "malicious"}, {"evidence", QStringLiteral("同一号码一日内差评20次")}},
            m_bob.name);
        QVERIFY2(b.ok(), qPrintable(b.message()));
        const PushResult pushed = m_bob.session->push();
        QVERIFY2(pushed.error.ok(), qPrintable(pushed.error.message));
        QCOMPARE(pushed.conflicts, 1);
        QCOMPARE(pushed.acked, 0);

        LocalWorkStore work(m_bob.home->localWork());
        const QList<ConflictEntry> conflicts = work.conflicts();
        QCOMPARE(conflicts.size(), 1);
        const ConflictEntry &c = conflicts.first();
        QCOMPARE(c.actionId, b.actionId);
        // Bob's version: his request on top of the version he saw.
        QCOMPARE(c.localRecord.state, HandlingState::InvalidRequested);
        QCOMPARE(c.localRecord.history.last().actionId, b.actionId);
        // The platform's: Alice's verification.
        QVERIFY(c.platformRecord.has_value());
        QCOMPARE(c.platformRecord->state, HandlingState::Confirmed);
        QCOMPARE(c.platformRecord->version, before.version + 1);
        QCOMPARE(c.platformRecord->history.last().actionId, a.actionId);
        QVERIFY(!c.message.isEmpty());
        // Nothing pending, no overlay hiding the platform's state; the cache shows it.
        QCOMPARE(work.pendingActions().size(), 0);
        QVERIFY(!work.overlay(evalId).has_value());
        QCOMPARE(CacheReader(m_bob.home->cache()).badReview(evalId)->state,
                 HandlingState::Confirmed);
        // The platform kept Alice's version only.
        Dump dump;
        QString error;
        QVERIFY2(fetchDump(m_sim.baseUrl(), CodeSet::Gbt39046, &dump, &error), qPrintable(error));
        QCOMPARE(dump.badReviews.value(evalId).value(QLatin1String("state")).toString(),
                 QStringLiteral("confirmed"));
    }

    void refusalKeepsThePlatformsReason()
    {
        QVERIFY(m_alice.session->sync().ok());
        QVERIFY(m_bob.session->sync().ok());
        const QStringList open = unverifiedBadReviews(m_alice.home->cache());
        QVERIFY(!open.isEmpty());
        const QString evalId = open.first();

        LocalActionRecorder alice(m_alice.home->cache(), m_alice.home->localWork());
        const RecordedAction request = alice.record(
            evalId, ActionType::RequestInvalid,
            {{"result", "mistaken"}, {"evidence", QStringLiteral("评价人误操作")}}, m_alice.name);
        QVERIFY2(request.ok(), qPrintable(request.message()));
        QCOMPARE(m_alice.session->push().acked, 1);

        // Alice approves her own request from a shared front-desk login the console knows
        // under another name: the local check passes, the platform (which knows the token
        // is Alice's) refuses with same_actor.
        const RecordedAction approve =
            alice.record(evalId, ActionType::ApproveInvalid, {{"note", QStringLiteral("同意")}},
                         QStringLiteral("front-desk"));
        QVERIFY2(approve.ok(), qPrintable(approve.message()));
        const PushResult pushed = m_alice.session->push();
        QVERIFY2(pushed.error.ok(), qPrintable(pushed.error.message));
        QCOMPARE(pushed.refused, 1);
        LocalWorkStore work(m_alice.home->localWork());
        const QList<OutboxEntry> entries = work.actions(evalId);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.last().status, OutboxStatus::Refused);
        QVERIFY2(entries.last().error.contains(QStringLiteral("same_actor")),
                 qPrintable(entries.last().error));
        QCOMPARE(entries.last()
                     .reply.value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("code")),
                 QJsonValue(QStringLiteral("same_actor")));
        QVERIFY(!work.overlay(evalId).has_value());
        QVERIFY(!work.audit(evalId).isEmpty());

        // A second person decides: accepted.
        QVERIFY(m_bob.session->sync().ok());
        LocalActionRecorder bob(m_bob.home->cache(), m_bob.home->localWork());
        const RecordedAction approved = bob.record(evalId, ActionType::ApproveInvalid,
                                                   {{"note", QStringLiteral("同意")}}, m_bob.name);
        QVERIFY2(approved.ok(), qPrintable(approved.message()));
        const PushResult ok = m_bob.session->push();
        QCOMPARE(ok.acked, 1);
        QCOMPARE(CacheReader(m_bob.home->cache()).badReview(evalId)->state,
                 HandlingState::NotAdopted);
    }
};

QTEST_GUILESS_MAIN(TestSyncConflicts)
#include "tst_sync_conflicts.moc"
