// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sync/PageWriter.h"

#include "models/store/CacheDatabase.h"
#include "models/store/CacheWriter.h"
#include "models/sync/Logging.h"

#include <QThread>

#include <optional>

namespace pingjia {

PageWriter::PageWriter(CacheDatabase &cache, PersonalDataCipher *cipher, int depth, bool bulkLoad)
    : m_cache(cache), m_cipher(cipher), m_depth(std::size_t(std::max(depth, 1))),
      m_bulkLoad(bulkLoad)
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("pingjia-page-writer"));
    m_thread->start();
}

PageWriter::~PageWriter()
{
    finish();
}

StoreResult PageWriter::finish()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_changed.wakeAll();
    }
    m_thread->wait();
    return error();
}

bool PageWriter::enqueue(ParsedPage page, const CursorKey &key)
{
    QMutexLocker lock(&m_mutex);
    while (m_error.ok() && !m_stopping && m_queue.size() >= m_depth)
        m_changed.wait(&m_mutex);
    if (!m_error.ok() || m_stopping)
        return false;
    m_queue.push_back(Job{std::move(page), key});
    m_changed.wakeAll();
    return true;
}

StoreResult PageWriter::drain()
{
    QMutexLocker lock(&m_mutex);
    while (m_error.ok() && (!m_queue.empty() || m_busy))
        m_changed.wait(&m_mutex);
    return m_error;
}

StoreResult PageWriter::error() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

CommittedCounts PageWriter::committed(CacheList list) const
{
    QMutexLocker lock(&m_mutex);
    return m_committed[std::size_t(list)];
}

StoreResult PageWriter::write(CacheWriter &writer, const Job &job)
{
    const ParsedPage &p = job.page;
    switch (p.list) {
    case CacheList::Orgs:
        return writer.writePage(p.orgs, job.key, p.nextCursor);
    case CacheList::Staff:
        return writer.writePage(p.staff, job.key, p.nextCursor);
    case CacheList::Items:
        return writer.writePage(p.items, job.key, p.nextCursor);
    case CacheList::Cases:
        return writer.writePage(p.cases, job.key, p.nextCursor);
    case CacheList::Evaluations:
        return writer.writePage(p.evaluations, job.key, p.nextCursor);
    case CacheList::BadReviews:
        return writer.writePage(p.badReviews, job.key, p.nextCursor);
    }
    return {};
}

void PageWriter::run()
{
    CacheWriter writer(m_cache, m_cipher);
    std::optional<CacheWriter::BulkLoad> bulk;
    if (m_bulkLoad) {
        bulk.emplace(writer);
        if (!bulk->status().ok()) // not fatal: the rows go in with their indexes
            qCWarning(lcSync).noquote() << "bulk load unavailable:" << bulk->status().message;
    }
    QMutexLocker lock(&m_mutex);
    for (;;) {
        while (m_queue.empty() && !m_stopping)
            m_changed.wait(&m_mutex);
        if (m_queue.empty() || !m_error.ok())
            break;
        Job job = std::move(m_queue.front());
        m_queue.pop_front();
        m_busy = true;
        m_changed.wakeAll(); // room in the queue
        lock.unlock();
        const StoreResult r = write(writer, job);
        lock.relock();
        m_busy = false;
        if (!r.ok()) {
            qCWarning(lcSync).noquote()
                << "storing a" << listName(job.page.list) << "page failed:" << r.message;
            m_error = r;
            m_queue.clear();
        } else {
            CommittedCounts &c = m_committed[std::size_t(job.page.list)];
            c.records += job.page.recordCount();
            ++c.pages;
        }
        m_changed.wakeAll();
    }
    lock.unlock();
    if (bulk) {
        if (const StoreResult r = bulk->finish(); !r.ok()) {
            qCWarning(lcSync).noquote() << "building the evaluation indexes failed:" << r.message;
            QMutexLocker again(&m_mutex);
            if (m_error.ok())
                m_error = r;
        }
        bulk.reset();
    }
    m_cache.closeThisThread();
}
} // namespace pingjia
