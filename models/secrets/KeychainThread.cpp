// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/secrets/KeychainThread.h"

#include "models/secrets/Logging.h"

#include <QEventLoop>
#include <QMutex>
#include <QSemaphore>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace pingjia {

namespace {

// What a caller and the posted job share; the job may outlive the caller's wait.
struct Pending {
    QSemaphore done;
    std::function<void()> onDone; // set by a GUI-thread caller: wakes its event loop
    QMutex mutex;
};

class Worker {
public:
    Worker()
    {
        m_thread.setObjectName(QStringLiteral("pingjia-keychain"));
        m_context.moveToThread(&m_thread);
        m_thread.start();
        // With the application, not at static destruction: D-Bus must still be there.
        qAddPostRoutine([] { Worker::instance().stop(); });
    }

    static Worker &instance()
    {
        // Never deleted: a thread stuck in a keychain call cannot be joined at exit.
        static Worker *worker = new Worker;
        return *worker;
    }

    // A call timed out and its job (or one behind it) has not finished yet.
    bool overdue() const { return m_timedOut.load() && m_outstanding.load() > 0; }
    void timedOut() { m_timedOut = true; }
    void posted() { ++m_outstanding; }
    void finished()
    {
        if (--m_outstanding == 0)
            m_timedOut = false;
    }
    QObject *context() { return &m_context; }
    bool isThisThread() const { return QThread::currentThread() == &m_thread; }

    void stop()
    {
        m_thread.quit();
        if (!m_thread.wait(2000))
            qCWarning(lcSecrets) << "the keychain thread is still in a call at exit";
    }

private:
    QThread m_thread;
    QObject m_context;
    std::atomic_bool m_timedOut = false;
    std::atomic_int m_outstanding = 0;
};

bool waitOnGuiThread(const std::shared_ptr<Pending> &pending, std::chrono::milliseconds timeout)
{
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    {
        QMutexLocker lock(&pending->mutex);
        if (pending->done.available() > 0)
            return pending->done.tryAcquire();
        QEventLoop *target = &loop;
        pending->onDone = [target] {
            QMetaObject::invokeMethod(target, &QEventLoop::quit, Qt::QueuedConnection);
        };
    }
    timer.start(timeout);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    QMutexLocker lock(&pending->mutex);
    pending->onDone = {}; // the loop dies with this frame
    return pending->done.tryAcquire();
}

} // namespace

KeychainThread::Outcome KeychainThread::run(std::function<void(Done done)> start,
                                            std::chrono::milliseconds timeout)
{
    if (!QCoreApplication::instance())
        return Outcome::NoApplication;
    Worker &worker = Worker::instance();
    if (worker.isThisThread()) {
        qCCritical(lcSecrets) << "a keychain call from the keychain thread itself";
        return Outcome::Busy;
    }
    if (worker.overdue())
        return Outcome::Busy;
    auto pending = std::make_shared<Pending>();
    worker.posted();
    QMetaObject::invokeMethod(
        worker.context(),
        [pending, start = std::move(start), &worker] {
            start([pending, &worker] {
                worker.finished();
                QMutexLocker lock(&pending->mutex);
                pending->done.release();
                if (pending->onDone)
                    pending->onDone();
            });
        },
        Qt::QueuedConnection);
    const bool gui = QThread::currentThread() == QCoreApplication::instance()->thread();
    const bool done =
        gui ? waitOnGuiThread(pending, timeout) : pending->done.tryAcquire(1, int(timeout.count()));
    if (done)
        return Outcome::Done;
    worker.timedOut();
    qCWarning(lcSecrets) << "the keychain did not answer within" << timeout.count() << "ms";
    return Outcome::TimedOut;
}

QString KeychainThread::message(Outcome outcome, std::chrono::milliseconds timeout)
{
    switch (outcome) {
    case Outcome::TimedOut:
        return tr("The system keychain did not answer within %n second(s). Check that the "
                  "keyring is running and unlocked, then try again.",
                  nullptr, int(timeout.count() / 1000));
    case Outcome::Busy:
        return tr("The system keychain has not answered an earlier request yet. Check that "
                  "the keyring is running and unlocked, then try again.");
    case Outcome::NoApplication:
        return tr("The system keychain cannot be used before the application has started.");
    case Outcome::Done:
        break;
    }
    return {};
}

} // namespace pingjia
