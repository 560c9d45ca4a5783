// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A home whose cache the real sync session filled from the simulator (small scale, fixed
// seed and clock) over HTTP on 127.0.0.1, and the simulator's own dump of the same data
// for expected values made by the test itself.

#include "tests/platform-sim/SimHttp.h"
#include "SimProcess.h"

#include "models/secrets/InMemorySecretStore.h"
#include "models/store/CacheDatabase.h"
#include "models/store/LocalWorkDatabase.h"
#include "models/sync/SyncSession.h"

#include <QTemporaryDir>

#include <memory>

namespace pingjia::rankingstest {

inline const QString kSimNow = QStringLiteral("2026-10-31 18:00:00");

class SimSyncedCache {
public:
    bool create(QString *error, const QString &seed = QStringLiteral("7"))
    {
        if (!m_sim.start({QStringLiteral("--seed"), seed, QStringLiteral("--now"), kSimNow,
                          QStringLiteral("--scale"), QStringLiteral("small")})) {
            *error = m_sim.errorString();
            return false;
        }
        cache = std::make_unique<CacheDatabase>(dir.filePath(QStringLiteral("cache.sqlite")));
        work =
            std::make_unique<LocalWorkDatabase>(dir.filePath(QStringLiteral("localwork.sqlite")));
        if (StoreResult r = work->open(); !r.ok() || !(r = cache->open()).ok()) {
            *error = r.message;
            return false;
        }
        SyncOptions options;
        options.client.retry.baseDelayMs = 20;
        options.client.retry.maxDelayMs = 200;
        options.pageLimit = 2000;
        m_session = std::make_unique<SyncSession>(
            PlatformAccount{m_sim.baseUrl().toString(), QStringLiteral("demo"), {}}, *cache, *work,
            m_secrets, nullptr, options);
        if (const SyncError e = m_session->signIn(QStringLiteral("demo")); !e.ok()) {
            *error = QStringLiteral("sign-in: ") + e.message;
            return false;
        }
        return syncAgain(error);
    }

    bool syncAgain(QString *error)
    {
        if (const SyncResult r = m_session->sync(); !r.ok()) {
            *error = QStringLiteral("sync: ") + r.error.message;
            return false;
        }
        return true;
    }

    // Moves the simulated clock (the platform generates that time's activity).
    bool advance(int hours)
    {
        SimHttp http(m_sim.baseUrl());
        return http.postJson(QStringLiteral("/sim/advance"), {{QStringLiteral("hours"), hours}})
                   .status == 200;
    }

    QList<DumpLine> dump()
    {
        SimHttp http(m_sim.baseUrl());
        return http.dump();
    }

    QTemporaryDir dir;
    std::unique_ptr<CacheDatabase> cache;
    std::unique_ptr<LocalWorkDatabase> work;

private:
    SimProcess m_sim;
    InMemorySecretStore m_secrets;
    std::unique_ptr<SyncSession> m_session;
};

} // namespace pingjia::rankingstest
