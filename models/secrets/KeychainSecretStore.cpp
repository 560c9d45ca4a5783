// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/secrets/KeychainSecretStore.h"

#include "models/secrets/KeychainThread.h"
#include "models/secrets/Logging.h"

#include <qt6keychain/keychain.h>

#include <QTimer>

#include <functional>
#include <memory>

namespace pingjia {

namespace {

// Right after login the Secret Service may still be starting; one retry after a short
// pause avoids asking the user for a password the keychain actually has.
constexpr int kRetryPauseMs = 300;

// QtKeychain reports a missing backend in several ways depending on the path taken:
// NoBackendAvailable, or OtherError/AccessDenied with the D-Bus or keyring message
// ("Cannot autolaunch D-Bus", "locked collection", "org.freedesktop.secrets was not
// provided").
bool meansNoKeychain(QKeychain::Error error, const QString &message)
{
    if (error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented)
        return true;
    if (error != QKeychain::OtherError && error != QKeychain::AccessDenied)
        return false;
    static const char *const markers[] = {"d-bus",   "dbus",          "autolaunch",
                                          "locked",  "secrets",       "not provided",
                                          "no such", "serviceunknown"};
    const QString lower = message.toLower();
    for (const char *marker : markers) {
        if (lower.contains(QLatin1String(marker)))
            return true;
    }
    return false;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, std::chrono::milliseconds timeout)
    : m_service(std::move(service)), m_timeout(timeout)
{
}

namespace {

struct JobOutcome {
    QKeychain::Error error = QKeychain::NoError;
    QString message;
    QByteArray data;
    bool unanswered = false; // the keychain thread gave no answer in time
};

// Makes the job on the keychain thread (KeychainThread.h), where it lives and dies.
using MakeJob = std::function<QKeychain::Job *()>;

// Starts a job; on a "not available yet" answer tries once more after a pause, then
// records the outcome and calls `done`. Asynchronous on purpose (KeychainThread::run).
void startJob(const MakeJob &make, bool wantData, int attempt,
              const std::shared_ptr<JobOutcome> &outcome, const KeychainThread::Done &done)
{
    QKeychain::Job *job = make();
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, job, [=] {
        outcome->error = job->error();
        outcome->message = job->errorString();
        if (wantData && outcome->error == QKeychain::NoError)
            outcome->data = static_cast<QKeychain::ReadPasswordJob *>(job)->binaryData();
        job->deleteLater();
        if (attempt == 0 && meansNoKeychain(outcome->error, outcome->message)) {
            qCDebug(lcSecrets) << "keychain not available yet, retrying once:" << outcome->message;
            // No context object: the timer belongs to this (the keychain) thread.
            QTimer::singleShot(kRetryPauseMs, [=] { startJob(make, wantData, 1, outcome, done); });
            return;
        }
        done();
    });
    job->start();
}

JobOutcome runJob(MakeJob make, bool wantData, std::chrono::milliseconds timeout)
{
    auto outcome = std::make_shared<JobOutcome>();
    const KeychainThread::Outcome waited = KeychainThread::run(
        [make = std::move(make), wantData, outcome](KeychainThread::Done done) {
            startJob(make, wantData, 0, outcome, done);
        },
        timeout);
    if (waited == KeychainThread::Outcome::Done)
        return *outcome;
    return {QKeychain::OtherError, KeychainThread::message(waited, timeout), {}, true};
}

} // namespace

namespace {
SecretResult toResult(const JobOutcome &outcome, const QString &key)
{
    SecretResult result;
    result.value = outcome.data;
    if (outcome.error == QKeychain::NoError)
        return result;
    if (outcome.unanswered) {
        result.error = SecretError::NoKeychain;
        result.message = outcome.message;
    } else if (meansNoKeychain(outcome.error, outcome.message)) {
        result.error = SecretError::NoKeychain;
        result.message =
            KeychainSecretStore::tr("No system keychain is available (%1)").arg(outcome.message);
    } else if (outcome.error == QKeychain::EntryNotFound) {
        result.error = SecretError::NotFound;
        result.message = KeychainSecretStore::tr("No secret stored for %1").arg(key);
        return result;
    } else if (outcome.error == QKeychain::AccessDenied ||
               outcome.error == QKeychain::AccessDeniedByUser) {
        result.error = SecretError::AccessDenied;
        result.message =
            KeychainSecretStore::tr("The system keychain refused access (%1)").arg(outcome.message);
    } else {
        result.error = SecretError::Failed;
        result.message =
            KeychainSecretStore::tr("The system keychain failed (%1)").arg(outcome.message);
    }
    // The key names a platform and a user, never a secret, so it may be logged.
    qCWarning(lcSecrets) << "keychain" << key << ":" << outcome.message;
    return result;
}
} // namespace

SecretResult KeychainSecretStore::read(const QString &key)
{
    const JobOutcome outcome = runJob(
        [service = m_service, key]() -> QKeychain::Job * {
            auto *job = new QKeychain::ReadPasswordJob(service);
            job->setKey(key);
            return job;
        },
        true, m_timeout);
    return toResult(outcome, key);
}

SecretResult KeychainSecretStore::write(const QString &key, const QByteArray &value)
{
    const JobOutcome outcome = runJob(
        [service = m_service, key, value]() -> QKeychain::Job * {
            auto *job = new QKeychain::WritePasswordJob(service);
            job->setKey(key);
            job->setBinaryData(value);
            return job;
        },
        false, m_timeout);
    return toResult(outcome, key);
}

SecretResult KeychainSecretStore::remove(const QString &key)
{
    const JobOutcome outcome = runJob(
        [service = m_service, key]() -> QKeychain::Job * {
            auto *job = new QKeychain::DeletePasswordJob(service);
            job->setKey(key);
            return job;
        },
        false, m_timeout);
    SecretResult result = toResult(outcome, key);
    if (result.error == SecretError::NotFound)
        return {};
    return result;
}

} // namespace pingjia
