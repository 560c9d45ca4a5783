// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/secrets/InMemorySecretStore.h"

#include <QCoreApplication>

namespace pingjia {

namespace {
SecretResult unavailable()
{
    return {
        SecretError::NoKeychain,
        QCoreApplication::translate("pingjia::SecretStore", "No system keychain is available (%1)")
            .arg(QStringLiteral("in-memory store switched off")),
        {}};
}
} // namespace

SecretResult InMemorySecretStore::read(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    if (m_unavailable)
        return unavailable();
    const auto it = m_values.constFind(key);
    if (it == m_values.constEnd())
        return {
            SecretError::NotFound,
            QCoreApplication::translate("pingjia::SecretStore", "No secret stored for %1").arg(key),
            {}};
    return {SecretError::None, {}, it.value()};
}

SecretResult InMemorySecretStore::write(const QString &key, const QByteArray &value)
{
    QMutexLocker lock(&m_mutex);
    if (m_unavailable)
        return unavailable();
    m_values.insert(key, value);
    return {};
}

SecretResult InMemorySecretStore::remove(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    if (m_unavailable)
        return unavailable();
    m_values.remove(key);
    return {};
}

void InMemorySecretStore::setUnavailable(bool unavailable)
{
    QMutexLocker lock(&m_mutex);
    m_unavailable = unavailable;
}

int InMemorySecretStore::size() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_values.size());
}

} // namespace pingjia
