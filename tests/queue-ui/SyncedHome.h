// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A home folder whose cache was synced from the simulator (pingjia-platform-sim over
// real HTTP on 127.0.0.1) by the real sync session, with the evaluator data encrypted
// under a key in the real keychain (run under the KEYRING launcher). The console's clock
// is fixed at the simulator's, so deadlines and overdue flags are the platform's.

#include "SimProcess.h"

#include "models/domain/Clock.h"
#include "models/domain/PlatformTime.h"
#include "models/secrets/KeychainSecretStore.h"
#include "models/secrets/PersonalDataCipher.h"
#include "models/store/CacheDatabase.h"
#include "models/store/LocalWorkDatabase.h"
#include "models/sync/SyncSession.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace pingjia::queueui {

inline const QString kSimNow = QStringLiteral("2026-10-31 18:00:00");
inline const QString kSimUser = QStringLiteral("demo");

class SyncedHome {
public:
    // Starts the simulator (small scale, fixed seed, plus `simArguments`) and syncs it
    // into a new home as `kSimUser`. False with `error` when any step fails.
    bool create(QString *error, const QStringList &simArguments = {})
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        const QStringList arguments =
            QStringList{QStringLiteral("--seed"),  QStringLiteral("5"),
                        QStringLiteral("--now"),   kSimNow,
                        QStringLiteral("--scale"), QStringLiteral("small")} +
            simArguments;
        if (!m_sim.start(arguments)) {
            *error = m_sim.errorString();
            return false;
        }
        if (!openStores(error))
            return false;
        m_cipher = std::make_unique<PersonalDataCipher>(m_secrets);
        QString why;
        if (!m_cipher->ensureKey(&why)) {
            *error = QStringLiteral("keychain: ") + why;
            return false;
        }
        SyncOptions options;
        options.client.retry.baseDelayMs = 20;
        options.client.retry.maxDelayMs = 200;
        options.pageLimit = 2000;
        SyncSession session({m_sim.baseUrl().toString(), kSimUser, {}}, *m_cache, *m_work,
                            m_secrets, m_cipher.get(), options);
        if (const SyncError e = session.signIn(kSimUser); !e.ok()) {
            *error = QStringLiteral("sign-in: ") + e.message;
            return false;
        }
        if (const SyncResult r = session.sync(); !r.ok()) {
            *error = QStringLiteral("sync: ") + r.error.message;
            return false;
        }
        Clock::setOverride(parsePlatformTime(kSimNow));
        return true;
    }

    // Closes and reopens both files, as a restart of the app does.
    bool reopen(QString *error)
    {
        m_cache.reset();
        m_work.reset();
        return openStores(error);
    }

    ~SyncedHome()
    {
        Clock::clearOverride();
        m_sim.stop();
    }

    QString path() const { return m_dir.path(); }
    CacheDatabase &cache() { return *m_cache; }
    LocalWorkDatabase &work() { return *m_work; }
    SimProcess &sim() { return m_sim; }
    PersonalDataCipher &cipher() { return *m_cipher; }
    SecretStore &secrets() { return m_secrets; }

    // Pushes the outbox and pulls what changed, as `pingjia sync` does later on.
    SyncResult syncAgain()
    {
        SyncSession session({m_sim.baseUrl().toString(), kSimUser, {}}, *m_cache, *m_work,
                            m_secrets, m_cipher.get());
        return session.sync();
    }

private:
    bool openStores(QString *error)
    {
        m_cache = std::make_unique<CacheDatabase>(
            m_dir.filePath(QLatin1String(CacheDatabase::kFileName)));
        m_work = std::make_unique<LocalWorkDatabase>(
            m_dir.filePath(QLatin1String(LocalWorkDatabase::kFileName)));
        StoreResult r = m_work->open();
        if (r.ok())
            r = m_cache->open();
        if (!r.ok())
            *error = r.message;
        return r.ok();
    }

    QTemporaryDir m_dir;
    SimProcess m_sim;
    KeychainSecretStore m_secrets;
    std::unique_ptr<PersonalDataCipher> m_cipher;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<LocalWorkDatabase> m_work;
};

} // namespace pingjia::queueui
