// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/WorkerThread.h"

namespace pingjia {

WorkerThread::WorkerThread(const QString &name, QObject *worker) : m_worker(worker)
{
    m_thread.setObjectName(name);
    m_worker->moveToThread(&m_thread);
    // Direct: `finished` is emitted on the worker thread, so the worker dies there.
    QObject::connect(
        &m_thread, &QThread::finished, m_worker, [worker] { delete worker; }, Qt::DirectConnection);
    m_thread.start(QThread::LowPriority);
}

WorkerThread::~WorkerThread()
{
    stop();
}

void WorkerThread::stop()
{
    m_thread.quit();
    m_thread.wait();
}

void WorkerThread::post(std::function<void()> job)
{
    QMetaObject::invokeMethod(m_worker, std::move(job), Qt::QueuedConnection);
}

} // namespace pingjia
