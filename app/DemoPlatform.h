// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The platform of `pingjia demo`: the simulator started on a free loopback port with its
// clock at the console's, so deadlines and data ages look like today's. It runs as long
// as this object (the window's lifetime, or one headless sync).

#include "models/secrets/SecretStore.h"
#include "models/sync/PlatformAccount.h"
#include "tools/platform-sim/SimLauncher.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace pingjia {

class DemoPlatform {
    Q_DECLARE_TR_FUNCTIONS(DemoPlatform)
public:
    // The simulator's built-in user (PLATFORM_API.md "Simulator").
    static QString user() { return QStringLiteral("demo"); }
    static QString password() { return QStringLiteral("demo"); }
    static QString defaultScale() { return QStringLiteral("small"); }

    DemoPlatform() = default;
    ~DemoPlatform(); // stops the simulator

    // False with a translated message when the simulator cannot be found or started.
    bool start(const QString &scale, QString *error);
    void stop();
    PlatformAccount account() const;

    // The system keychain when one answers; else a store in memory only, with `note`
    // saying so: the demo's throwaway password for a throwaway simulator is then kept
    // nowhere, and evaluator data is cached masked (no data key to keep).
    static std::unique_ptr<SecretStore> secretStore(bool *persistent, QString *note);
    // Removes the demo account's password and refresh token: each run's simulator has
    // another port, so its entries would only pile up in the keychain.
    void forgetCredentials(SecretStore &secrets) const;

private:
    SimLauncher m_sim;
};

} // namespace pingjia
