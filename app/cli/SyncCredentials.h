// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Whom `pingjia sync` syncs as: the command line's --platform/--user/--codes/--ca over
// what the home's settings remember. Giving a platform or user (or PINGJIA_PASSWORD)
// means signing in; a bare `pingjia sync` uses the remembered account and the keychain.

#include "ui/sync/AccountSettings.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace pingjia {

struct SyncCommandOptions {
    std::optional<QString> platform;
    std::optional<QString> user;
    std::optional<QString> codes;
    std::optional<QString> caFile;
};

struct SyncCredentials {
    Q_DECLARE_TR_FUNCTIONS(SyncCredentials)
public:
    RememberedAccount remembered; // what to sync with, and to remember once it works
    bool signIn = false;          // a password must be read and a sign-in made
    bool optionsChanged = false;  // --codes or --ca differ from what is remembered

    // nullopt with a translated `problem` for a usage error (bad URL or codes, no
    // platform configured, unreadable CA file).
    static std::optional<SyncCredentials>
    resolve(const RememberedAccount &stored, const SyncCommandOptions &options, QString *problem);
};

} // namespace pingjia
