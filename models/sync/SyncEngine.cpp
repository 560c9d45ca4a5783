// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sync/SyncEngine.h"

#include "models/sync/Logging.h"
#include "models/sync/SyncWorker.h"

namespace pingjia {

namespace {
constexpr int kDefaultReconnectMs = 60000;
}

SyncEngine::SyncEngine(CacheDatabase &cache, LocalWorkDatabase &localWork, SecretStore &secrets,
                       PersonalDataCipher *cipher, QObject *parent)
    : QObject(parent), m_cancel(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<pingjia::SyncError>();
    qRegisterMetaType<pingjia::SyncProgress>();
    qRegisterMetaType<pingjia::SyncResult>();
    qRegisterMetaType<pingjia::PushResult>();
    m_thread.setObjectName(QStringLiteral("pingjia-sync"));
    m_worker = new SyncWorker(this, cache, localWork, secrets, cipher, m_cancel);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    m_reconnect.setInterval(kDefaultReconnectMs);
    connect(&m_reconnect, &QTimer::timeout, this, &SyncEngine::reconnect);
}

SyncEngine::~SyncEngine()
{
    *m_cancel = true;
    m_reconnect.stop();
    // The session (network access, connections) belongs to the thread: it is dropped
    // there, after the running job has stopped at its next page.
    SyncWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->run([worker] { worker->shutdown(); }); }, Qt::QueuedConnection);
    m_thread.wait();
    delete m_worker;
}

void SyncEngine::setAccount(const PlatformAccount &account)
{
    PlatformAccount normalized = account;
    normalized.platformUrl = PlatformAccount::normalizeUrl(account.platformUrl);
    if (normalized == m_account)
        return;
    m_account = normalized;
    ++m_generation;
    if (!m_account.isComplete())
        return;
    if (!m_online && m_reconnect.interval() > 0)
        m_reconnect.start();
    const PlatformAccount a = m_account;
    const SyncOptions o = m_options;
    const quint64 g = m_generation;
    // Read on the engine's thread like everything else that touches the files.
    SyncWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, a, o, g] {
            worker->run([worker, a, o, g] {
                const QDateTime at = worker->session(a, o, g).lastSyncTime();
                worker->toEngine([at](SyncEngine &e) { e.noteLastSync(at); });
            });
        },
        Qt::QueuedConnection);
}

void SyncEngine::setOptions(const SyncOptions &options)
{
    m_options = options;
    ++m_generation;
}

void SyncEngine::setReconnectInterval(int ms)
{
    m_reconnect.setInterval(std::max(ms, 0));
    if (ms <= 0)
        m_reconnect.stop();
    else if (!m_online && m_account.isComplete())
        m_reconnect.start();
}

void SyncEngine::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void SyncEngine::noteOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    if (online)
        m_reconnect.stop();
    else if (m_reconnect.interval() > 0)
        m_reconnect.start();
    emit onlineChanged(online);
}

void SyncEngine::noteLastSync(const QDateTime &at)
{
    if (at == m_lastSync)
        return;
    m_lastSync = at;
    emit lastSyncChanged(at);
}

void SyncEngine::noteError(const SyncError &error)
{
    m_lastError = error;
    if (error.kind == SyncErrorKind::Credentials)
        emit credentialsRequired(error.message);
}

bool SyncEngine::post(std::function<void(SyncWorker &)> job)
{
    if (m_busy)
        return false;
    setBusy(true);
    *m_cancel = false;
    SyncWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, job = std::move(job)] {
            worker->run([worker, job] {
                job(*worker);
                worker->toEngine([](SyncEngine &e) { e.setBusy(false); });
            });
        },
        Qt::QueuedConnection);
    return true;
}

bool SyncEngine::signIn(const QString &platformUrl, const QString &user, const QString &password,
                        const QString &caFile)
{
    if (m_busy)
        return false;
    setAccount(PlatformAccount{platformUrl, user, caFile});
    return postToSession([password](SyncWorker &w, SyncSession &s) {
        const SyncError e = s.signIn(password);
        w.toEngine([e](SyncEngine &engine) {
            engine.noteError(e);
            emit engine.signInFinished(e);
        });
    });
}

bool SyncEngine::postToSession(std::function<void(SyncWorker &, SyncSession &)> job)
{
    // The account and options as they are now: a later setAccount does not change a job
    // already queued (the worker makes a new session when the generation moved on).
    return post([a = m_account, o = m_options, g = m_generation,
                 job = std::move(job)](SyncWorker &w) { job(w, w.session(a, o, g)); });
}

bool SyncEngine::signOut()
{
    return postToSession([](SyncWorker &, SyncSession &s) {
        const SyncError e = s.signOut();
        if (!e.ok())
            qCWarning(lcSync).noquote() << "sign-out:" << e.message;
    });
}

bool SyncEngine::startSync()
{
    const bool posted = postToSession([](SyncWorker &w, SyncSession &s) {
        const SyncResult r = s.sync();
        w.toEngine([r](SyncEngine &e) {
            if (r.finishedAt.isValid())
                e.noteLastSync(r.finishedAt);
            e.noteError(r.error);
            emit e.syncFinished(r);
        });
    });
    if (posted)
        emit syncStarted();
    return posted;
}

bool SyncEngine::pushOutbox()
{
    return postToSession([](SyncWorker &w, SyncSession &s) {
        const PushResult r = s.push();
        w.toEngine([r](SyncEngine &e) {
            e.noteError(r.error);
            emit e.pushFinished(r);
        });
    });
}

void SyncEngine::cancel()
{
    *m_cancel = true;
}

void SyncEngine::reconnect()
{
    if (m_busy || m_online || !m_account.isComplete())
        return;
    postToSession([](SyncWorker &w, SyncSession &s) {
        if (!s.probe())
            return;
        const PushResult r = s.push();
        if (r.acked + r.conflicts + r.refused > 0 || !r.error.ok())
            w.toEngine([r](SyncEngine &e) { emit e.pushFinished(r); });
    });
}

} // namespace pingjia
