// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// QtKeychain keeps one job queue, a QObject living in the thread of the first job, and
// crashes when jobs come from a second thread (its queue touches jobs already deleted by
// their thread). The window uses the keychain on the GUI thread (data key, reveals) and
// the sync engine on its own thread (password, refresh token). This store runs every
// call of `inner` on the GUI thread: other threads post the call and wait for it.

#include "models/secrets/SecretStore.h"

#include <QCoreApplication>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace pingjia {

class GuiThreadSecretStore : public SecretStore {
    Q_DECLARE_TR_FUNCTIONS(GuiThreadSecretStore)
public:
    // `inner` and `context` (a QObject of the GUI thread) must outlive every call.
    GuiThreadSecretStore(SecretStore &inner, QObject *context);

    // From now on calls from other threads fail at once instead of waiting for a GUI
    // thread that is busy stopping them (call before stopping the sync thread).
    void close() { *m_closed = true; }

    SecretResult read(const QString &key) override;
    SecretResult write(const QString &key, const QByteArray &value) override;
    SecretResult remove(const QString &key) override;

private:
    SecretResult call(std::function<SecretResult(SecretStore &)> operation);

    SecretStore &m_inner;
    QObject *m_context;
    std::shared_ptr<std::atomic_bool> m_closed = std::make_shared<std::atomic_bool>(false);
};

} // namespace pingjia
