// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/StartupCacheCheck.h"

#include "app/Logging.h"
#include "models/store/CacheDatabase.h"
#include "models/store/IntegrityCheck.h"

#include <QElapsedTimer>
#include <QThread>

namespace pingjia {

StartupCacheCheck::StartupCacheCheck(CacheDatabase &cache, std::function<void()> beforeCheck,
                                     QObject *parent)
    : QObject(parent), m_cache(cache), m_beforeCheck(std::move(beforeCheck))
{
}

StartupCacheCheck::~StartupCacheCheck()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool StartupCacheCheck::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void StartupCacheCheck::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] {
        if (m_beforeCheck)
            m_beforeCheck();
        QElapsedTimer timer;
        timer.start();
        const StoreResult r = checkIntegrity(m_cache, &m_cancel);
        // The worker's connection goes with its thread; close it now all the same.
        m_cache.closeThisThread();
        // Closing the window interrupts the check: that is not damage, and the log says so.
        const char *outcome = r.ok() ? "ok" : m_cancel ? "stopped (closing)" : "failed";
        qCInfo(lcApp) << "cache integrity check:" << outcome << "in" << timer.elapsed() << "ms";
        QMetaObject::invokeMethod(
            this, [this, r] { emit finished(r); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("cache-check"));
    m_thread->start(QThread::LowPriority);
}

} // namespace pingjia
