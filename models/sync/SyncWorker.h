// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to SyncEngine: lives on the engine's thread, owns the SyncSession (and so the
// network access and the thread's database connections) and runs one job at a time.

#include "models/sync/SyncSession.h"

#include <QObject>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>

namespace pingjia {

class SyncEngine;

class SyncWorker : public QObject {
    Q_OBJECT
public:
    SyncWorker(SyncEngine *engine, CacheDatabase &cache, LocalWorkDatabase &localWork,
               SecretStore &secrets, PersonalDataCipher *cipher,
               std::shared_ptr<std::atomic_bool> cancel);
    ~SyncWorker() override;

    // The session for this account and options, made anew when either changed.
    SyncSession &session(const PlatformAccount &account, const SyncOptions &options,
                         quint64 generation);
    // Runs `job` on this thread after the jobs before it. A job's network waits run
    // nested event loops, which would start the next posted job in the middle of the
    // running one; run() queues it instead, so jobs never overlap.
    void run(std::function<void()> job);
    // Runs `report` on the engine's thread.
    void toEngine(std::function<void(SyncEngine &)> report);
    // Drops the session and this thread's database connections, then ends the thread.
    void shutdown();

private:
    SyncEngine *m_engine;
    CacheDatabase &m_cache;
    LocalWorkDatabase &m_localWork;
    SecretStore &m_secrets;
    PersonalDataCipher *m_cipher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::unique_ptr<SyncSession> m_session;
    quint64 m_generation = 0;
    std::deque<std::function<void()>> m_jobs;
    bool m_running = false;
};

} // namespace pingjia
