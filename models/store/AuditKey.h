// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Finds the key that seals a local-work file's audit chain (AuditChain.h) in the
// keychain and gives it to the database, so every audit and reveal row written from
// then on, from any thread, is sealed with it.
//
// A file whose logs were never keyed gets a new random key: only after its unkeyed
// chain checks out (a broken chain is left as found, for the warning), with the heads
// resealed in the same transaction that stores the key. A file whose logs are keyed but
// whose key is gone is never resealed: that would launder whatever changed meanwhile.

#include "models/store/StoreResult.h"

#include <QCoreApplication>
#include <QString>

namespace pingjia {

class LocalWorkDatabase;
class SecretStore;
struct SecretResult;

struct AuditKeyStatus {
    bool keyed = false;
    bool created = false; // a new key was made and the heads sealed with it
    QString note;         // translated; why the logs stay unkeyed, when they do
};

class AuditKey {
    Q_DECLARE_TR_FUNCTIONS(AuditKey)
public:
    static AuditKeyStatus attach(LocalWorkDatabase &db, SecretStore &secrets);
    // Only reads (pingjia audit verify): never creates a key.
    static AuditKeyStatus find(LocalWorkDatabase &db, SecretStore &secrets);

private:
    static AuditKeyStatus use(LocalWorkDatabase &db, const SecretResult &found);
};

} // namespace pingjia
