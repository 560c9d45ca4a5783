// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The OS keychain through QtKeychain (Secret Service on Linux). There is no insecure
// fallback: without a backend every call fails with SecretError::NoKeychain and nothing
// is written anywhere else, so a password never ends up in a plain file.
//
// Usable from any thread: every QtKeychain job runs on one keychain thread
// (KeychainThread.h), and a call that gets no answer within the timeout fails with
// SecretError::NoKeychain and a message saying so, instead of freezing its caller.

#include "models/secrets/SecretStore.h"

#include <QCoreApplication>

#include <chrono>

namespace pingjia {

class KeychainSecretStore : public SecretStore {
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)
public:
    static constexpr auto kService = "pingjia";

    static constexpr std::chrono::milliseconds kDefaultTimeout{20000};

    explicit KeychainSecretStore(QString service = QString::fromLatin1(kService),
                                 std::chrono::milliseconds timeout = kDefaultTimeout);

    SecretResult read(const QString &key) override;
    SecretResult write(const QString &key, const QByteArray &value) override;
    SecretResult remove(const QString &key) override;

private:
    QString m_service;
    std::chrono::milliseconds m_timeout;
};

} // namespace pingjia
