// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The OS keychain through QtKeychain (Secret Service on Linux). There is no insecure
// fallback: without a backend every call fails with SecretError::NoKeychain and nothing
// is written anywhere else, so a password never ends up in a plain file.

#include "models/secrets/SecretStore.h"

#include <QCoreApplication>

namespace pingjia {

class KeychainSecretStore : public SecretStore {
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)
public:
    static constexpr auto kService = "pingjia";

    explicit KeychainSecretStore(QString service = QString::fromLatin1(kService));

    SecretResult read(const QString &key) override;
    SecretResult write(const QString &key, const QByteArray &value) override;
    SecretResult remove(const QString &key) override;

private:
    QString m_service;
};

} // namespace pingjia
