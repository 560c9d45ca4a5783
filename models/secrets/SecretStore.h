// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where passwords, refresh tokens and the personal-data key live. Synchronous on
// purpose: callers (sign-in, the sync thread, the cipher) need the value before they
// can go on, and a keychain answers in milliseconds.

#include <QByteArray>
#include <QString>

namespace pingjia {

enum class SecretError {
    None,
    NotFound,     // no secret under that key (not a failure of the keychain)
    NoKeychain,   // no backend: no D-Bus session, no Secret Service, locked keyring
    AccessDenied, // the user or the backend refused
    Failed,       // anything else; see message
};

struct SecretResult {
    SecretError error = SecretError::None;
    QString message;  // user-facing, translated; empty when ok
    QByteArray value; // the secret (read only)

    bool ok() const { return error == SecretError::None; }
};

class SecretStore {
public:
    virtual ~SecretStore() = default;

    virtual SecretResult read(const QString &key) = 0;
    virtual SecretResult write(const QString &key, const QByteArray &value) = 0;
    // Removing a key that does not exist is not an error.
    virtual SecretResult remove(const QString &key) = 0;
};

// The keys used across the app, one place so that nobody invents a second spelling.
namespace SecretKeys {
inline QString password(const QString &platformUrl, const QString &user)
{
    return QStringLiteral("password:%1:%2").arg(platformUrl, user);
}
inline QString refreshToken(const QString &platformUrl, const QString &user)
{
    return QStringLiteral("refresh:%1:%2").arg(platformUrl, user);
}
inline QString dataKey()
{
    return QStringLiteral("datakey");
}
} // namespace SecretKeys

} // namespace pingjia
