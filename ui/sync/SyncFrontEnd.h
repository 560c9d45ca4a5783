// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The window's side of the sync: owns the SyncEngine (which works on its own thread), the
// secret store and the personal-data cipher; remembers the account in the settings;
// feeds ConnectionStatus from the engine (online/offline, last sync); and tells the pages
// when the cache or the local work changed (dataSynced) so they reload.
//
//     SyncFrontEnd sync(cache, localWork, settings, connection);
//     settingsPage->setSyncPanel(new SyncPanel(sync));
//     connect(&sync, &SyncFrontEnd::dataSynced, workspace, &QueueWorkspace::reload);
//
// The engine is made on first need (a remembered account at start, or a sign-in), so a
// window without an account never touches the keychain.

#include "models/sync/PlatformAccount.h"
#include "models/sync/SyncTypes.h"
#include "ui/sync/AccountSettings.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>

class QSettings;

namespace pingjia {

class CacheDatabase;
class ConnectionStatus;
class LocalWorkDatabase;
class PersonalDataCipher;
class SecretStore;
class SyncEngine;

class SyncFrontEnd : public QObject {
    Q_OBJECT
public:
    // Everything must outlive this object. `secrets` null: the system keychain.
    SyncFrontEnd(CacheDatabase &cache, LocalWorkDatabase &localWork, QSettings &settings,
                 ConnectionStatus &status, std::unique_ptr<SecretStore> secrets = {},
                 QObject *parent = nullptr);
    ~SyncFrontEnd() override; // stops the engine (a running sync stops after its page)

    // Whether a sign-in is written to the settings (not for the demo's throwaway platform).
    void setRememberAccount(bool remember) { m_rememberAccount = remember; }
    PlatformAccount account() const { return m_remembered.account; }
    bool hasAccount() const { return m_remembered.account.isComplete(); }
    bool isBusy() const;
    bool isOnline() const;
    // Why evaluator data cannot be encrypted or credentials kept (translated); empty when
    // the keychain works or was not needed yet.
    QString keychainProblem() const { return m_keychainProblem; }
    // Handling actions recorded here and not yet acknowledged by the platform.
    int pendingUploads() const;
    // What ended the last job (none after a success), and when the engine next tries to
    // reach the platform on its own (-1: not scheduled).
    SyncError lastError() const;
    int nextAttemptInMs() const;

    CacheDatabase &cache() { return m_cache; }
    LocalWorkDatabase &localWork() { return m_localWork; }
    // The keychain this sync uses (also for the audit chain's key).
    SecretStore &secrets() { return *m_secrets; }
    // The actor of every local action, reveal and conflict resolution: the platform user
    // signed in (also a demo sign-in that is not remembered); empty when none.
    QString currentUser() const;
    // The engine, made now if needed. For tests and the status-bar progress.
    SyncEngine &engine();

public slots:
    // Reads the platform's meta, signs in, keeps the password and refresh token in the
    // keychain; on success remembers the account and starts a sync. False when busy.
    bool signIn(const QString &platformUrl, const QString &user, const QString &password,
                const QString &caFile = QString());
    void signOut();
    bool syncNow();
    void cancel();
    // A page recorded an action: send it at once when the platform is reachable (when not,
    // the engine's reconnect probe sends it later).
    void localWorkChanged();
    // This front end changed the local work itself (a conflict resolved): views reload
    // and a re-applied action goes out.
    void localWorkResolved();

signals:
    void accountChanged();
    void busyChanged(bool busy);
    void syncStarted();
    void progress(const pingjia::SyncProgress &progress);
    void signInFinished(const pingjia::SyncError &error);
    void syncFinished(const pingjia::SyncResult &result);
    void pushFinished(const pingjia::PushResult &result);
    // The platform refused every stored credential: the user must sign in again.
    void credentialsRequired(const QString &message);
    // Synced or pushed records changed the cache or the local work: views reload.
    void dataSynced();

private:
    void updatePendingCount(); // into ConnectionStatus, for the status bar
    void onSignInFinished(const SyncError &error);
    void onBusyChanged(bool busy);
    void finishSignIn(const SyncError &error);
    void onSyncFinished(const SyncResult &result);
    void onPushFinished(const PushResult &result);

    CacheDatabase &m_cache;
    LocalWorkDatabase &m_localWork;
    QSettings &m_settings;
    ConnectionStatus &m_status;
    // Used from the GUI and the sync thread: KeychainSecretStore runs its jobs on its own
    // thread, other stores (tests, demo) lock.
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<PersonalDataCipher> m_cipher;
    std::unique_ptr<SyncEngine> m_engine; // last: stopped before the rest goes
    RememberedAccount m_remembered;
    RememberedAccount m_signingIn;
    QString m_keychainProblem;
    bool m_rememberAccount = true;
    QList<std::function<void()>> m_whenIdle; // job reports, delivered once idle
};

} // namespace pingjia
