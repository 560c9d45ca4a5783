// SPDX-License-Identifier: GPL-3.0-or-later
// PLATFORM_API.md's auth and cursor rules over real HTTP: an expired token is refreshed
// once (refresh grant, else the stored password), then credentials are asked for; a
// 429 is waited out; a cursor the platform no longer knows makes that list start over.
#include "SimHttp.h"
#include "SimProcess.h"
#include "SyncTestSupport.h"

#include "models/store/CacheReader.h"
#include "models/store/CacheWriter.h"

#include <QTest>

using namespace pingjia;
using namespace pingjia::test;

namespace {
const QString kUser = QStringLiteral("demo");
}

class TestSyncAuth : public QObject {
    Q_OBJECT
private slots:
    void expiredTokenIsRefreshedOnce()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--scale"), QStringLiteral("1000")}),
                 qPrintable(sim.errorString()));
        TestHome home;
        QString error;
        QVERIFY2(home.open(&error), qPrintable(error));
        const PlatformAccount account{sim.baseUrl().toString(), kUser, {}};
        SyncSession session(account, home.cache(), home.localWork(), home.secrets(), &home.cipher(),
                            fastOptions(500));
        QVERIFY(session.signIn(kUser).ok());
        const QString url = session.account().platformUrl;
        QVERIFY(home.secrets().read(SecretKeys::password(url, kUser)).ok());
        QVERIFY(home.secrets().read(SecretKeys::refreshToken(url, kUser)).ok());
        QVERIFY(session.sync().ok());

        // Only the refresh token can help now: the password is gone from the keychain.
        QVERIFY(home.secrets().remove(SecretKeys::password(url, kUser)).ok());
        // The access token expires now, by the simulator's hook: no wall-clock lifetime a
        // loaded machine could outlive during the sync below.
        const HttpReply expired =
            SimHttp(sim.baseUrl()).postJson(QStringLiteral("/sim/expire-tokens"), {});
        QCOMPARE(expired.status, 200);
        const ClientStats before = session.client().stats();
        const SyncResult r = session.sync();
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        const ClientStats after = session.client().stats();
        QCOMPARE(after.refreshGrants, before.refreshGrants + 1);
        QCOMPARE(after.passwordGrants, before.passwordGrants);
    }

    void refusedRefreshFallsBackToThePasswordThenAsks()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--scale"), QStringLiteral("300")}),
                 qPrintable(sim.errorString()));
        TestHome home;
        QString error;
        QVERIFY2(home.open(&error), qPrintable(error));
        const PlatformAccount account{sim.baseUrl().toString(), kUser, {}};
        SyncSession session(account, home.cache(), home.localWork(), home.secrets(), &home.cipher(),
                            fastOptions(500));
        QVERIFY(session.signIn(kUser).ok());
        const QString url = session.account().platformUrl;

        // A refresh token the platform does not know: the stored password takes over.
        QVERIFY(home.secrets().write(SecretKeys::refreshToken(url, kUser), "forged").ok());
        session.client().dropAccessToken();
        const ClientStats before = session.client().stats();
        SyncResult r = session.sync();
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(session.client().stats().passwordGrants, before.passwordGrants + 1);
        QVERIFY(home.secrets().read(SecretKeys::refreshToken(url, kUser)).value != "forged");

        // Both refused: stop and ask for credentials, nothing else.
        QVERIFY(home.secrets().write(SecretKeys::refreshToken(url, kUser), "forged").ok());
        QVERIFY(home.secrets().write(SecretKeys::password(url, kUser), "wrong").ok());
        session.client().dropAccessToken();
        r = session.sync();
        QCOMPARE(r.error.kind, SyncErrorKind::Credentials);
        QVERIFY2(r.error.message.contains(QStringLiteral("Sign in")), qPrintable(r.error.message));

        // No password at all.
        QVERIFY(home.secrets().remove(SecretKeys::password(url, kUser)).ok());
        QVERIFY(home.secrets().remove(SecretKeys::refreshToken(url, kUser)).ok());
        session.client().dropAccessToken();
        r = session.sync();
        QCOMPARE(r.error.kind, SyncErrorKind::Credentials);

        // A wrong password at sign-in is refused and not kept.
        TestHome other;
        QVERIFY2(other.open(&error), qPrintable(error));
        SyncSession fresh(account, other.cache(), other.localWork(), other.secrets(),
                          &other.cipher(), fastOptions());
        const SyncError refused = fresh.signIn(QStringLiteral("not-the-password"));
        QCOMPARE(refused.kind, SyncErrorKind::Credentials);
        QCOMPARE(other.secrets().size(), 0);
    }

    void rateLimitIsWaitedOut()
    {
        SimProcess sim;
        // A quarter of the failures are 429 with Retry-After: 1.
        QVERIFY2(sim.start({QStringLiteral("--scale"), QStringLiteral("300"),
                            QStringLiteral("--fail-rate"), QStringLiteral("0.3"),
                            QStringLiteral("--seed"), QStringLiteral("5")}),
                 qPrintable(sim.errorString()));
        TestHome home;
        QString error;
        QVERIFY2(home.open(&error), qPrintable(error));
        SyncSession session({sim.baseUrl().toString(), kUser, {}}, home.cache(), home.localWork(),
                            home.secrets(), &home.cipher(), fastOptions(50));
        QVERIFY(session.signIn(kUser).ok());
        const SyncResult r = session.sync();
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QVERIFY(session.client().stats().rateLimited > 0);
        Dump dump;
        QVERIFY2(fetchDump(sim.baseUrl(), CodeSet::Gbt39046, &dump, &error), qPrintable(error));
        QCOMPARE(compare(cacheSummaries(home.cache()), dump.summaries), QString());
    }

    void unknownCursorResyncsTheList()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--scale"), QStringLiteral("1000")}),
                 qPrintable(sim.errorString()));
        TestHome home;
        QString error;
        QVERIFY2(home.open(&error), qPrintable(error));
        SyncSession session({sim.baseUrl().toString(), kUser, {}}, home.cache(), home.localWork(),
                            home.secrets(), &home.cipher(), fastOptions(300));
        QVERIFY(session.signIn(kUser).ok());
        SyncResult r = session.sync();
        QVERIFY(r.ok());
        const Summaries synced = cacheSummaries(home.cache());

        const CursorKey key{session.account().platformUrl, kUser, listName(CacheList::Cases)};
        QVERIFY(CacheWriter(home.cache(), nullptr)
                    .saveCursor(key, QStringLiteral("bm90LWEtY3Vyc29y"))
                    .ok());
        r = session.sync();
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QVERIFY(r.progress.of(CacheList::Cases).restarted);
        QVERIFY(!r.progress.of(CacheList::Evaluations).restarted);
        QCOMPARE(r.progress.of(CacheList::Cases).fetched,
                 synced[std::size_t(CacheList::Cases)].count);
        QCOMPARE(r.progress.of(CacheList::Evaluations).fetched, qint64(0));
        QVERIFY(CacheReader(home.cache()).cursor(key).value_or(QString()) !=
                QStringLiteral("bm90LWEtY3Vyc29y"));
        Dump dump;
        QVERIFY2(fetchDump(sim.baseUrl(), CodeSet::Gbt39046, &dump, &error), qPrintable(error));
        QCOMPARE(compare(cacheSummaries(home.cache()), dump.summaries), QString());

        // A restarted platform forgets every cursor: every list starts over, same result.
        QVERIFY(sim.stop() == 0 || true);
        SimProcess again;
        QVERIFY2(again.start({QStringLiteral("--scale"), QStringLiteral("1000"),
                              QStringLiteral("--port"), QString::number(sim.baseUrl().port())}),
                 qPrintable(again.errorString()));
        r = session.sync();
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        for (CacheList list : kSyncedLists)
            QVERIFY(r.progress.of(list).restarted);
        QCOMPARE(compare(cacheSummaries(home.cache()), dump.summaries), QString());
    }
};

QTEST_GUILESS_MAIN(TestSyncAuth)
#include "tst_sync_auth.moc"
