// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/SyncFrontEnd.h"

#include "models/secrets/KeychainSecretStore.h"
#include "models/secrets/PersonalDataCipher.h"
#include "models/store/LocalWorkStore.h"
#include "models/sync/SyncEngine.h"
#include "ui/ConnectionStatus.h"
#include "ui/Logging.h"

#include <QSettings>
#include <QTimer>

namespace pingjia {

namespace {

// The user waits at the sign-in dialog: an unreachable platform is said after two tries
// rather than after the full backoff a background sync rides out.
constexpr int kSignInTries = 2;

SyncOptions optionsFor(const RememberedAccount &account, bool signingIn)
{
    SyncOptions options;
    options.codesOverride = account.codesOverride;
    if (signingIn)
        options.client.retry.maxTries = kSignInTries;
    return options;
}

} // namespace

SyncFrontEnd::SyncFrontEnd(CacheDatabase &cache, LocalWorkDatabase &localWork, QSettings &settings,
                           ConnectionStatus &status, std::unique_ptr<SecretStore> secrets,
                           QObject *parent)
    : QObject(parent), m_cache(cache), m_localWork(localWork), m_settings(settings),
      m_status(status),
      m_secrets(secrets ? std::move(secrets) : std::make_unique<KeychainSecretStore>()),
      m_remembered(AccountSettings::read(settings))
{
    m_status.setSignedIn(hasAccount());
    updatePendingCount();
    if (!hasAccount())
        return;
    engine();
    // Online or not is known only from an answer: ask once as the window opens, which
    // also sends actions queued while offline.
    QTimer::singleShot(0, this, [this] {
        if (m_engine)
            m_engine->reconnect();
    });
}

SyncFrontEnd::~SyncFrontEnd()
{
    m_engine.reset();
}

SyncEngine &SyncFrontEnd::engine()
{
    if (m_engine)
        return *m_engine;
    // Without a usable data key evaluator data is cached masked only (never in clear).
    const SecretResult probe = m_secrets->read(SecretKeys::dataKey());
    if (probe.error == SecretError::NoKeychain) {
        m_keychainProblem = probe.message;
    } else {
        m_cipher = std::make_unique<PersonalDataCipher>(*m_secrets);
        if (QString why; !m_cipher->ensureKey(&why)) {
            m_keychainProblem = why;
            m_cipher.reset();
        }
    }
    if (!m_keychainProblem.isEmpty())
        qCWarning(lcUi).noquote() << "sync without a data key:" << m_keychainProblem;

    m_engine = std::make_unique<SyncEngine>(m_cache, m_localWork, *m_secrets, m_cipher.get());
    SyncEngine *e = m_engine.get();
    connect(e, &SyncEngine::onlineChanged, &m_status, &ConnectionStatus::setOnline);
    connect(e, &SyncEngine::lastSyncChanged, &m_status, &ConnectionStatus::setLastSync);
    connect(e, &SyncEngine::busyChanged, this, &SyncFrontEnd::onBusyChanged);
    connect(e, &SyncEngine::syncStarted, this, &SyncFrontEnd::syncStarted);
    connect(e, &SyncEngine::progress, this, &SyncFrontEnd::progress);
    connect(e, &SyncEngine::credentialsRequired, this, &SyncFrontEnd::credentialsRequired);
    connect(e, &SyncEngine::signInFinished, this, &SyncFrontEnd::onSignInFinished);
    connect(e, &SyncEngine::syncFinished, this, &SyncFrontEnd::onSyncFinished);
    connect(e, &SyncEngine::pushFinished, this, &SyncFrontEnd::onPushFinished);
    if (hasAccount()) {
        e->setOptions(optionsFor(m_remembered, false));
        e->setAccount(m_remembered.account);
    }
    return *m_engine;
}

bool SyncFrontEnd::isBusy() const
{
    return m_engine && m_engine->isBusy();
}

bool SyncFrontEnd::isOnline() const
{
    return m_engine && m_engine->isOnline();
}

void SyncFrontEnd::updatePendingCount()
{
    m_status.setPendingUploads(pendingUploads());
}

int SyncFrontEnd::pendingUploads() const
{
    StoreResult r;
    const qsizetype n = LocalWorkStore(m_localWork).pendingActions(&r).size();
    return r.ok() ? int(n) : 0;
}

QString SyncFrontEnd::currentUser() const
{
    // The account signed in (remembered, or for the demo kept in memory only).
    return m_remembered.account.user;
}

bool SyncFrontEnd::signIn(const QString &platformUrl, const QString &user, const QString &password,
                          const QString &caFile)
{
    SyncEngine &e = engine();
    if (e.isBusy())
        return false;
    m_signingIn.account = {PlatformAccount::normalizeUrl(platformUrl), user.trimmed(), caFile};
    // A stored codes override belongs to the platform it was given for.
    m_signingIn.codesOverride = m_signingIn.account.platformUrl == account().platformUrl
                                    ? m_remembered.codesOverride
                                    : std::nullopt;
    e.setOptions(optionsFor(m_signingIn, true));
    return e.signIn(m_signingIn.account.platformUrl, m_signingIn.account.user, password, caFile);
}

void SyncFrontEnd::onSignInFinished(const SyncError &error)
{
    m_whenIdle.append([this, error] { finishSignIn(error); });
}

void SyncFrontEnd::onBusyChanged(bool busy)
{
    // The engine reports a job's end before it is idle again. Reports wait for the idle
    // engine, so that whoever hears them can start the next job at once.
    if (!busy) {
        const QList<std::function<void()>> reports = std::exchange(m_whenIdle, {});
        for (const auto &report : reports)
            report();
    }
    emit busyChanged(isBusy()); // a report may have started the next job
}

void SyncFrontEnd::finishSignIn(const SyncError &error)
{
    if (error.ok()) {
        m_remembered = m_signingIn;
        if (m_rememberAccount)
            AccountSettings::remember(m_settings, m_remembered);
    }
    if (m_engine) {
        // Back to full retries; after a refusal, back to the account that works.
        m_engine->setOptions(optionsFor(m_remembered, false));
        m_engine->setAccount(m_remembered.account);
    }
    if (error.ok()) {
        m_status.setSignedIn(true);
        emit accountChanged();
    }
    emit signInFinished(error);
    if (error.ok())
        syncNow();
}

void SyncFrontEnd::signOut()
{
    if (!m_engine || !hasAccount())
        return;
    m_engine->cancel();
    m_engine->signOut();
    m_engine->setAccount({});
    m_remembered = {};
    if (m_rememberAccount)
        AccountSettings::forget(m_settings);
    m_status.setOnline(false);
    m_status.setSignedIn(false);
    emit accountChanged();
}

SyncError SyncFrontEnd::lastError() const
{
    return m_engine ? m_engine->lastError() : SyncError{};
}

int SyncFrontEnd::nextAttemptInMs() const
{
    return m_engine ? m_engine->nextAttemptInMs() : -1;
}

bool SyncFrontEnd::syncNow()
{
    if (!hasAccount())
        return false;
    return engine().startSync();
}

void SyncFrontEnd::cancel()
{
    if (m_engine)
        m_engine->cancel();
}

void SyncFrontEnd::localWorkChanged()
{
    updatePendingCount();
    if (m_engine && m_engine->isOnline() && !m_engine->isBusy() && pendingUploads() > 0)
        m_engine->pushOutbox();
}

void SyncFrontEnd::localWorkResolved()
{
    emit dataSynced();
    localWorkChanged();
}

void SyncFrontEnd::onSyncFinished(const SyncResult &result)
{
    m_whenIdle.append([this, result] {
        updatePendingCount();
        emit syncFinished(result);
        const PushResult &p = result.push;
        if (result.progress.totalFetched() > 0 || p.acked + p.conflicts + p.refused > 0)
            emit dataSynced();
    });
}

void SyncFrontEnd::onPushFinished(const PushResult &result)
{
    m_whenIdle.append([this, result] {
        updatePendingCount();
        emit pushFinished(result);
        if (result.acked + result.conflicts + result.refused > 0)
            emit dataSynced();
    });
}

} // namespace pingjia
