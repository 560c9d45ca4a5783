// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sync/PageWriter.h"

#include "models/store/CacheDatabase.h"
#include "models/store/CacheWriter.h"
#include "models/sync/Logging.h"

#include <QElapsedTimer>
#include <QThread>

#include <optional>

#include <time.h>

namespace pingjia {

PageWriter::PageWriter(CacheDatabase &cache, PersonalDataCipher *cipher, int depth,
                       std::optional<int> bulkLoadWalPages, bool keepIndexes)
    : m_cache(cache), m_cipher(cipher), m_depth(std::size_t(std::max(depth, 1))),
      m_bulkLoadWalPages(bulkLoadWalPages), m_keepIndexes(keepIndexes)
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
    qint64 writingMs = 0;
    std::optional<CacheWriter::BulkLoad> bulk;
    if (m_bulkLoadWalPages) {
        bulk.emplace(writer, *m_bulkLoadWalPages,
                     m_keepIndexes ? CacheWriter::BulkLoad::Indexes::Keep
                                   : CacheWriter::BulkLoad::Indexes::Drop);
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
        QElapsedTimer busy;
        busy.start();
        const StoreResult r = write(writer, job);
        writingMs += busy.elapsed();
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
        QElapsedTimer finishing;
        finishing.start();
        const StoreResult r = bulk->finish();
        qCInfo(lcSync) << "bulk load: indexes and checkpoint in" << finishing.elapsed() << "ms";
        if (!r.ok()) {
            qCWarning(lcSync).noquote() << "building the evaluation indexes failed:" << r.message;
            QMutexLocker again(&m_mutex);
            if (m_error.ok())
                m_error = r;
        }
        bulk.reset();
    }
    timespec cpu{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu);
    qCInfo(lcSync) << "page writer: storing took" << writingMs << "ms,"
                   << cpu.tv_sec * 1000 + cpu.tv_nsec / 1000000 << "ms of CPU";
    m_cache.closeThisThread();
}
} // namespace pingjia
