// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/bulletin/BulletinRenderTask.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QPointer>
#include <QThread>

namespace pingjia {

namespace {

std::function<void(int, int)> &workerHook()
{
    static std::function<void(int, int)> hook;
    return hook;
}

} // namespace

BulletinRenderTask::BulletinRenderTask(Work work, QObject *parent)
    : QObject(parent), m_work(std::move(work))
{
    qRegisterMetaType<BulletinRenderResult>();
}

BulletinRenderTask::~BulletinRenderTask()
{
    if (!m_thread)
        return;
    cancel();
    // A worker painting a chart waits for this (the GUI) thread to paint it: deliver those
    // calls while waiting, or both would wait for ever.
    while (!m_thread->wait(QDeadlineTimer(20)))
        QCoreApplication::sendPostedEvents(QCoreApplication::instance(), QEvent::MetaCall);
    delete m_thread;
}

void BulletinRenderTask::setWorkerHook(std::function<void(int, int)> hook)
{
    workerHook() = std::move(hook);
}

bool BulletinRenderTask::isRunning() const
{
    return m_thread && !m_thread->isFinished();
}

void BulletinRenderTask::cancel()
{
    m_cancel->store(true);
}

void BulletinRenderTask::start()
{
    if (m_thread)
        return;
    QPointer<BulletinRenderTask> self(this);
    m_thread = QThread::create([this, self, cancel = m_cancel, work = m_work] {
        BulletinRenderControl control;
        control.cancel = cancel.get();
        control.progress = [self](int step, int steps) {
            QMetaObject::invokeMethod(self, [self, step, steps] {
                if (self)
                    emit self->progress(step, steps);
            });
            if (workerHook())
                workerHook()(step, steps);
        };
        const BulletinRenderResult result = work(control);
        // Read on this object's thread once the worker has ended (finished below).
        m_result = result;
    });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->wait();
        emit finished(m_result);
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace pingjia
