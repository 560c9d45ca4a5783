// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/DemoPlatform.h"

#include "app/Logging.h"
#include "models/domain/Clock.h"
#include "models/domain/PlatformTime.h"
#include "models/secrets/InMemorySecretStore.h"
#include "models/secrets/KeychainSecretStore.h"

#include <QFileInfo>

namespace pingjia {

namespace {

// Without a keychain: the demo's password and token in memory, and no data key at all,
// so evaluator data is cached masked rather than under a key lost at exit.
class MemoryOnlySecrets : public InMemorySecretStore {
public:
    explicit MemoryOnlySecrets(QString why) : m_why(std::move(why)) {}

    SecretResult read(const QString &key) override
    {
        return key == SecretKeys::dataKey() ? unavailable() : InMemorySecretStore::read(key);
    }
    SecretResult write(const QString &key, const QByteArray &value) override
    {
        return key == SecretKeys::dataKey() ? unavailable()
                                            : InMemorySecretStore::write(key, value);
    }

private:
    SecretResult unavailable() const { return {SecretError::NoKeychain, m_why, {}}; }
    QString m_why;
};

} // namespace

DemoPlatform::~DemoPlatform()
{
    stop();
}

bool DemoPlatform::start(const QString &scale, QString *error)
{
    const QString program = SimLauncher::defaultProgram();
    if (program.isEmpty() || !QFileInfo(program).isExecutable()) {
        *error = tr("The platform simulator pingjia-platform-sim was not found next to pingjia, "
                    "in the build tree or on PATH (or set PINGJIA_SIM).");
        return false;
    }
    const QStringList arguments{QStringLiteral("--port"),  QStringLiteral("0"),
                                QStringLiteral("--scale"), scale,
                                QStringLiteral("--now"),   formatPlatformTime(Clock::now())};
    qCInfo(lcApp).noquote() << "demo: starting" << program << arguments.join(u' ');
    if (!m_sim.start(program, arguments)) {
        *error =
            tr("The platform simulator (%1) did not start: %2").arg(program, m_sim.errorString());
        return false;
    }
    return true;
}

void DemoPlatform::stop()
{
    if (m_sim.isRunning()) {
        const int code = m_sim.stop();
        qCInfo(lcApp) << "demo: simulator stopped, exit code" << code;
    }
}

PlatformAccount DemoPlatform::account() const
{
    return PlatformAccount{PlatformAccount::normalizeUrl(m_sim.baseUrl().toString()), user(), {}};
}

void DemoPlatform::forgetCredentials(SecretStore &secrets) const
{
    const PlatformAccount a = account();
    secrets.remove(SecretKeys::password(a.platformUrl, a.user));
    secrets.remove(SecretKeys::refreshToken(a.platformUrl, a.user));
}

std::unique_ptr<SecretStore> DemoPlatform::secretStore(bool *persistent, QString *note)
{
    auto keychain = std::make_unique<KeychainSecretStore>();
    const SecretResult probe = keychain->read(SecretKeys::dataKey());
    if (probe.error != SecretError::NoKeychain) {
        *persistent = true;
        return keychain;
    }
    *persistent = false;
    *note = tr("%1. The demo keeps its throwaway password "
               "in memory only and caches evaluator data masked; \"pingjia sync\" with a real "
               "platform needs a keychain.")
                .arg(probe.message);
    return std::make_unique<MemoryOnlySecrets>(probe.message);
}

} // namespace pingjia
