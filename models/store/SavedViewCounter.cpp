// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/SavedViewCounter.h"

#include "models/store/BadReviewQuery.h"
#include "models/store/CacheDatabase.h"
#include "models/store/LocalWorkDatabase.h"
#include "models/store/Logging.h"

namespace pingjia {

SavedViewCounter::SavedViewCounter(CacheDatabase &cache, LocalWorkDatabase &localWork,
                                   QObject *parent)
    : QObject(parent), m_cache(cache), m_localWork(localWork)
{
    m_pool.setMaxThreadCount(1);
    // The thread (and its connections) goes when idle for a while; a new one opens on
    // the next count.
    m_pool.setExpiryTimeout(60 * 1000);
}

SavedViewCounter::~SavedViewCounter()
{
    m_again = false;
    m_pool.waitForDone();
}

void SavedViewCounter::request(const QString &me, const QDateTime &now)
{
    m_me = me;
    m_now = now;
    if (m_busy) {
        m_again = true;
        return;
    }
    start();
}

void SavedViewCounter::start()
{
    m_busy = true;
    m_again = false;
    const QString me = m_me;
    const QDateTime now = m_now;
    m_pool.start([this, me, now] {
        // This thread's own query: BadReviewQuery and its connection stay on one thread.
        BadReviewQuery query(m_cache, &m_localWork);
        Counts counts;
        for (SavedView view : kAllSavedViews) {
            StoreResult error;
            const qint64 n = query.count(savedViewFilter(view, me), now, &error);
            if (!error.ok())
                qCWarning(lcStore)
                    << "saved view" << savedViewName(view) << "not counted:" << error.message;
            counts.insert(view, error.ok() ? n : -1);
        }
        QMetaObject::invokeMethod(
            this, [this, counts] { finished(counts); }, Qt::QueuedConnection);
    });
}

void SavedViewCounter::finished(const Counts &counts)
{
    m_busy = false;
    if (m_again) {
        // The data or the clock moved while counting: these numbers are already old.
        start();
        return;
    }
    emit counted(counts);
}

} // namespace pingjia
