// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/GuiThreadSecretStore.h"

#include <QSemaphore>
#include <QThread>

namespace pingjia {

namespace {

// How often a waiting thread looks whether the store was closed meanwhile.
constexpr int kCheckClosedMs = 50;

struct PendingCall {
    QSemaphore done;
    SecretResult result;
};

} // namespace

GuiThreadSecretStore::GuiThreadSecretStore(SecretStore &inner, QObject *context)
    : m_inner(inner), m_context(context)
{
}

SecretResult GuiThreadSecretStore::call(std::function<SecretResult(SecretStore &)> operation)
{
    if (QThread::currentThread() == m_context->thread())
        return operation(m_inner);
    SecretResult closing;
    closing.error = SecretError::Failed;
    closing.message = tr("The console is closing; the keychain was not asked.");
    if (*m_closed)
        return closing;
    // Shared with the posted call, which may run after this thread gave up waiting.
    auto pending = std::make_shared<PendingCall>();
    SecretStore *inner = &m_inner;
    QMetaObject::invokeMethod(
        m_context,
        [pending, inner, operation = std::move(operation)] {
            pending->result = operation(*inner);
            pending->done.release();
        },
        Qt::QueuedConnection);
    while (!pending->done.tryAcquire(1, kCheckClosedMs)) {
        if (*m_closed)
            return closing;
    }
    return pending->result;
}

SecretResult GuiThreadSecretStore::read(const QString &key)
{
    return call([key](SecretStore &s) { return s.read(key); });
}

SecretResult GuiThreadSecretStore::write(const QString &key, const QByteArray &value)
{
    return call([key, value](SecretStore &s) { return s.write(key, value); });
}

SecretResult GuiThreadSecretStore::remove(const QString &key)
{
    return call([key](SecretStore &s) { return s.remove(key); });
}

} // namespace pingjia
