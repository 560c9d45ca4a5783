// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/secrets/KeychainSecretStore.h"

#include "models/secrets/Logging.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QThread>

#include <functional>
#include <memory>

namespace pingjia {

namespace {

// Right after login the Secret Service may still be starting; one retry after a short
// pause avoids asking the user for a password the keychain actually has.
constexpr unsigned long kRetryPauseMs = 300;

// Runs the job to completion in a local event loop. The job may finish inside start()
// (QtKeychain reports some errors synchronously), hence the flag.
void runToCompletion(QKeychain::Job &job)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
}

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

KeychainSecretStore::KeychainSecretStore(QString service) : m_service(std::move(service))
{
}

namespace {

struct JobOutcome {
    QKeychain::Error error = QKeychain::NoError;
    QString message;
    QByteArray data;
};

JobOutcome runWithRetry(const std::function<std::unique_ptr<QKeychain::Job>()> &makeJob,
                        bool wantData)
{
    JobOutcome outcome;
    for (int attempt = 0; attempt < 2; ++attempt) {
        std::unique_ptr<QKeychain::Job> job = makeJob();
        runToCompletion(*job);
        outcome.error = job->error();
        outcome.message = job->errorString();
        if (wantData && outcome.error == QKeychain::NoError)
            outcome.data = static_cast<QKeychain::ReadPasswordJob *>(job.get())->binaryData();
        if (attempt == 0 && meansNoKeychain(outcome.error, outcome.message)) {
            qCDebug(lcSecrets) << "keychain not available yet, retrying once:" << outcome.message;
            QThread::msleep(kRetryPauseMs);
            continue;
        }
        break;
    }
    return outcome;
}

} // namespace

namespace {
SecretResult toResult(const JobOutcome &outcome, const QString &key)
{
    SecretResult result;
    result.value = outcome.data;
    if (outcome.error == QKeychain::NoError)
        return result;
    if (meansNoKeychain(outcome.error, outcome.message)) {
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
    const JobOutcome outcome = runWithRetry(
        [&] {
            auto job = std::make_unique<QKeychain::ReadPasswordJob>(m_service);
            job->setKey(key);
            return std::unique_ptr<QKeychain::Job>(std::move(job));
        },
        true);
    return toResult(outcome, key);
}

SecretResult KeychainSecretStore::write(const QString &key, const QByteArray &value)
{
    const JobOutcome outcome = runWithRetry(
        [&] {
            auto job = std::make_unique<QKeychain::WritePasswordJob>(m_service);
            job->setKey(key);
            job->setBinaryData(value);
            return std::unique_ptr<QKeychain::Job>(std::move(job));
        },
        false);
    return toResult(outcome, key);
}

SecretResult KeychainSecretStore::remove(const QString &key)
{
    const JobOutcome outcome = runWithRetry(
        [&] {
            auto job = std::make_unique<QKeychain::DeletePasswordJob>(m_service);
            job->setKey(key);
            return std::unique_ptr<QKeychain::Job>(std::move(job));
        },
        false);
    SecretResult result = toResult(outcome, key);
    if (result.error == SecretError::NotFound)
        return {};
    return result;
}

} // namespace pingjia
