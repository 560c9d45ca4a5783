// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A SecretStore that forgets everything at exit: for unit tests of the layers above,
// and for simulating a missing keychain (setUnavailable).

#include "models/secrets/SecretStore.h"

#include <QHash>
#include <QMutex>

namespace pingjia {

class InMemorySecretStore : public SecretStore {
public:
    SecretResult read(const QString &key) override;
    SecretResult write(const QString &key, const QByteArray &value) override;
    SecretResult remove(const QString &key) override;

    // Every call then fails as a machine without a keychain would.
    void setUnavailable(bool unavailable);
    int size() const;

private:
    mutable QMutex m_mutex;
    QHash<QString, QByteArray> m_values;
    bool m_unavailable = false;
};

} // namespace pingjia
