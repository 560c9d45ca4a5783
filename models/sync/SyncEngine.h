// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The sync for the UI: a QObject on the GUI thread whose work runs on a thread of its own
// (with its own database connections and network access). Every call returns at once;
// results arrive as signals on the caller's thread. One job at a time: a call made while
// busy is refused (returns false).
//
//     SyncEngine engine(cache, localWork, keychain, &cipher);
//     connect(&engine, &SyncEngine::onlineChanged, status, &ConnectionStatus::setOnline);
//     connect(&engine, &SyncEngine::lastSyncChanged, status, &ConnectionStatus::setLastSync);
//     engine.signIn(url, user, password);     // → signInFinished(error)
//     engine.setAccount({url, user, caFile}); // later runs: no password needed
//     engine.startSync();                     // → progress(...)…, syncFinished(result)
//     engine.pushOutbox();                    // after recording an action → pushFinished
//     engine.cancel();                        // stops after the page being stored
//
// When the platform is unreachable the engine says so (onlineChanged(false)) and probes
// it every reconnectInterval; when it answers again, queued actions go out.

#include "models/sync/PlatformAccount.h"
#include "models/sync/SyncSession.h"
#include "models/sync/SyncTypes.h"

#include <QDateTime>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

namespace pingjia {

class CacheDatabase;
class LocalWorkDatabase;
class PersonalDataCipher;
class SecretStore;
class SyncWorker;

class SyncEngine : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(bool online READ isOnline NOTIFY onlineChanged)
    Q_PROPERTY(QDateTime lastSync READ lastSync NOTIFY lastSyncChanged)
public:
    // The databases must be open; everything must outlive the engine. `cipher` may be
    // null (no keychain): personal data is then cached masked only.
    SyncEngine(CacheDatabase &cache, LocalWorkDatabase &localWork, SecretStore &secrets,
               PersonalDataCipher *cipher, QObject *parent = nullptr);
    ~SyncEngine() override; // cancels the running job and waits for it

    // The platform and user to sync (remembered by the app's settings, not here). Reads
    // the last sync time of that account from the cache (lastSyncChanged).
    void setAccount(const PlatformAccount &account);
    PlatformAccount account() const { return m_account; }
    void setOptions(const SyncOptions &options);
    SyncOptions options() const { return m_options; }
    // How often to probe the platform while offline (0: never). Default 60 s.
    void setReconnectInterval(int ms);

    bool isBusy() const { return m_busy; }
    bool isOnline() const { return m_online; }
    QDateTime lastSync() const { return m_lastSync; }
    // The error that ended the last sign-in, sync or push (none after a success): what
    // the sync page shows while the platform cannot be reached.
    SyncError lastError() const { return m_lastError; }
    // Milliseconds until the next reconnect probe, -1 when none is scheduled.
    int nextAttemptInMs() const
    {
        return m_reconnect.isActive() ? m_reconnect.remainingTime() : -1;
    }

public slots:
    // Sets the account, reads the platform's meta, signs in with the password grant and
    // keeps the password and refresh token in the keychain.
    bool signIn(const QString &platformUrl, const QString &user, const QString &password,
                const QString &caFile = QString());
    bool signOut();
    bool startSync();
    bool pushOutbox();
    void cancel();
    // What the reconnect timer does, at once (e.g. when the window opens): one probe of the
    // platform; when it answers, queued actions go out. Nothing while busy, online or
    // without an account.
    void reconnect();

signals:
    void busyChanged(bool busy);
    void signInFinished(const pingjia::SyncError &error);
    void syncStarted();
    void progress(const pingjia::SyncProgress &progress);
    void syncFinished(const pingjia::SyncResult &result);
    void pushFinished(const pingjia::PushResult &result);
    void onlineChanged(bool online);
    void lastSyncChanged(const QDateTime &at);
    // The platform refused every credential we have: show the sign-in dialog.
    void credentialsRequired(const QString &message);

private:
    bool post(std::function<void(SyncWorker &)> job);
    // post() with the session of the current account, options and generation.
    bool postToSession(std::function<void(SyncWorker &, SyncSession &)> job);
    void setBusy(bool busy);
    void noteOnline(bool online);
    void noteError(const SyncError &error);
    void noteLastSync(const QDateTime &at);

    friend class SyncWorker;
    PlatformAccount m_account;
    SyncOptions m_options;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QThread m_thread;
    SyncWorker *m_worker = nullptr;
    quint64 m_generation = 1; // bumped when the account or options change
    QTimer m_reconnect;
    bool m_busy = false;
    bool m_online = false;
    QDateTime m_lastSync;
    SyncError m_lastError;
};

} // namespace pingjia
