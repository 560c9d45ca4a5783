// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/QueryThread.h"

#include "models/store/BadReviewQuery.h"
#include "models/store/CacheDatabase.h"
#include "models/store/LocalWorkDatabase.h"

namespace pingjia {

// Owns the worker thread's query; created there on the first job, closed there at the end.
class QueryThread::Worker : public QObject {
public:
    Worker(CacheDatabase &cache, LocalWorkDatabase *localWork)
        : m_cache(cache), m_localWork(localWork)
    {
    }
    ~Worker() override
    {
        m_query.reset();
        m_cache.closeThisThread();
        if (m_localWork)
            m_localWork->closeThisThread();
    }

    void runTask(const DeadlinePolicy &policy, const std::function<void(BadReviewQuery &)> &task)
    {
        if (!m_query)
            m_query = std::make_unique<BadReviewQuery>(m_cache, m_localWork);
        m_query->setPolicy(policy);
        task(*m_query);
    }

private:
    CacheDatabase &m_cache;
    LocalWorkDatabase *m_localWork;
    std::unique_ptr<BadReviewQuery> m_query;
};

QueryThread::QueryThread(CacheDatabase &cache, LocalWorkDatabase *localWork, QObject *parent)
    : QObject(parent), m_worker(new Worker(cache, localWork)),
      m_thread(QStringLiteral("pingjia-queries"), m_worker)
{
}

QueryThread::~QueryThread()
{
    m_thread.stop();
}

void QueryThread::post(const DeadlinePolicy &policy, std::function<void(BadReviewQuery &)> task)
{
    m_thread.post(
        [worker = m_worker, policy, task = std::move(task)] { worker->runTask(policy, task); });
}

void QueryThread::deliver(std::function<void()> callback)
{
    QMetaObject::invokeMethod(this, std::move(callback), Qt::QueuedConnection);
}

} // namespace pingjia
