// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One thread with one object living on it, for the item models' long queries: jobs posted
// run there one after another, in the order they came. The object is destroyed on that
// thread when the thread ends, so it can close the connections it opened there (the store
// gives each thread connections of its own).
//
// BackgroundQuery (only the newest answer is delivered) and QueryThread (every answer, in
// order) differ in what they hand back; this is the part they share.

#include <QObject>
#include <QThread>

#include <functional>

namespace pingjia {

class WorkerThread {
public:
    // Takes `worker` (no parent) and starts the thread at low priority.
    WorkerThread(const QString &name, QObject *worker);
    // Calls stop().
    ~WorkerThread();
    WorkerThread(const WorkerThread &) = delete;
    WorkerThread &operator=(const WorkerThread &) = delete;

    void post(std::function<void()> job);
    // Waits for the running job and ends the thread; jobs not started are dropped with the
    // worker. An owner whose jobs use its members calls this first in its destructor.
    void stop();
    QObject *worker() const { return m_worker; }
    QString name() const { return m_thread.objectName(); }

private:
    QThread m_thread;
    QObject *m_worker;
};

} // namespace pingjia
