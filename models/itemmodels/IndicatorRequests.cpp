// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/IndicatorRequests.h"

#include "models/store/CacheDatabase.h"

namespace pingjia {

namespace {

// Owns the query on the query thread; deleted there when the thread ends.
class QueryHolder : public QObject {
public:
    QueryHolder(CacheDatabase &cache, QObject *parent) : QObject(parent), query(cache) {}
    IndicatorQuery query;
};

} // namespace

IndicatorRequests::IndicatorRequests(CacheDatabase &cache, const QString &threadName,
                                     QObject *parent)
    : QObject(parent), m_cache(cache), m_background(new BackgroundQuery(threadName, this))
{
    connect(m_background, &BackgroundQuery::busyChanged, this, &IndicatorRequests::busyChanged);
}

IndicatorRequests::~IndicatorRequests()
{
    cancelRunning();
    delete m_background; // waits for the running request, then the holder goes with the thread
    m_background = nullptr;
}

void IndicatorRequests::cancelRunning()
{
    if (IndicatorQuery *q = m_query.load())
        q->cancel();
}

IndicatorQuery &IndicatorRequests::queryOnThisThread()
{
    IndicatorQuery *q = m_query.load();
    if (!q) {
        q = &(new QueryHolder(m_cache, m_background->threadContext()))->query;
        m_query.store(q);
    }
    q->resetCancel();
    return *q;
}

} // namespace pingjia
