// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One worker thread for the item models' long queries (the queue's index, the tracker's
// statistics): nothing that grows with the cache runs on the GUI thread. The worker has
// its own connections (a BadReviewQuery of its own over the same files) and runs jobs in
// the order they came. Each result is handed back on the thread that owns this object,
// to `context` — and dropped when `context` is gone by then.
//
// Destroying the QueryThread waits for the running job (at most one query) and drops
// every result not yet delivered.

#include "models/domain/DeadlinePolicy.h"
#include "models/itemmodels/WorkerThread.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace pingjia {

class BadReviewQuery;
class CacheDatabase;
class LocalWorkDatabase;

class QueryThread : public QObject {
    Q_OBJECT
public:
    // The files must outlive this object. `localWork` may be null (no overlay).
    QueryThread(CacheDatabase &cache, LocalWorkDatabase *localWork, QObject *parent = nullptr);
    ~QueryThread() override;

    // Runs `job` on the worker with its query (set to `policy`), then `done(result)` on
    // this object's thread, unless `context` was destroyed meanwhile.
    template <typename R>
    void run(QObject *context, const DeadlinePolicy &policy, std::function<R(BadReviewQuery &)> job,
             std::function<void(R)> done)
    {
        QPointer<QObject> receiver(context);
        post(policy, [this, receiver, job = std::move(job),
                      done = std::move(done)](BadReviewQuery &query) mutable {
            auto result = std::make_shared<R>(job(query));
            deliver([receiver, done, result] {
                if (receiver)
                    done(std::move(*result));
            });
        });
    }

private:
    class Worker;
    void post(const DeadlinePolicy &policy, std::function<void(BadReviewQuery &)> task);
    void deliver(std::function<void()> callback);

    Worker *m_worker; // lives on m_thread, deleted there when it finishes
    WorkerThread m_thread;
};

} // namespace pingjia
