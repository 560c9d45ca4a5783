// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sync/SyncWorker.h"

#include "models/store/CacheDatabase.h"
#include "models/store/LocalWorkDatabase.h"
#include "models/sync/SyncEngine.h"

#include <QThread>

namespace pingjia {

SyncWorker::SyncWorker(SyncEngine *engine, CacheDatabase &cache, LocalWorkDatabase &localWork,
                       SecretStore &secrets, PersonalDataCipher *cipher,
                       std::shared_ptr<std::atomic_bool> cancel)
    : m_engine(engine), m_cache(cache), m_localWork(localWork), m_secrets(secrets),
      m_cipher(cipher), m_cancel(std::move(cancel))
{
}

SyncWorker::~SyncWorker() = default;

SyncSession &SyncWorker::session(const PlatformAccount &account, const SyncOptions &options,
                                 quint64 generation)
{
    if (!m_session || generation != m_generation) {
        m_session = std::make_unique<SyncSession>(account, m_cache, m_localWork, m_secrets,
                                                  m_cipher, options, m_cancel);
        m_generation = generation;
        m_session->setOnlineObserver(
            [this](bool online) { toEngine([online](SyncEngine &e) { e.noteOnline(online); }); });
        m_session->setProgressObserver([this](const SyncProgress &p) {
            toEngine([p](SyncEngine &e) { emit e.progress(p); });
        });
    }
    return *m_session;
}

void SyncWorker::toEngine(std::function<void(SyncEngine &)> report)
{
    SyncEngine *engine = m_engine;
    QMetaObject::invokeMethod(
        engine, [engine, report = std::move(report)] { report(*engine); }, Qt::QueuedConnection);
}

void SyncWorker::run(std::function<void()> job)
{
    m_jobs.push_back(std::move(job));
    if (m_running)
        return; // called from a nested event loop of the running job
    m_running = true;
    while (!m_jobs.empty()) {
        const std::function<void()> next = std::move(m_jobs.front());
        m_jobs.pop_front();
        next();
    }
    m_running = false;
}

void SyncWorker::shutdown()
{
    m_session.reset();
    m_cache.closeThisThread();
    m_localWork.closeThisThread();
    QThread::currentThread()->quit();
}

} // namespace pingjia
