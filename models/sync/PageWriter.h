// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Stores parsed pages on a thread of its own, so that the next page is downloaded and
// parsed while this one is written (on two cores, parsing and SQLite each get one).
// Pages are written in the order they were queued, each with its cursor in one
// transaction (CacheWriter::writePage): a crash or kill leaves whole pages and the
// cursor that covers exactly them. The first failure stops the writer; the pages still
// queued are dropped (their cursor was never saved, so the next sync fetches them again).

#include "models/store/CacheTypes.h"
#include "models/store/StoreResult.h"
#include "models/sync/PageParser.h"

#include <QMutex>
#include <QWaitCondition>

#include <array>
#include <deque>
#include <memory>
#include <optional>

class QThread;

namespace pingjia {

class CacheDatabase;
class PersonalDataCipher;

struct CommittedCounts {
    qint64 records = 0;
    qint64 pages = 0;
};

class PageWriter {
public:
    // At most `depth` parsed pages wait in memory (bounds memory at province scale).
    // `bulkLoadWalPages` set (a first full pull): the evaluation indexes are built once
    // at the end instead of row by row and the WAL is checkpointed every that many pages
    // (CacheWriter::BulkLoad; a crash leaves the indexes to the next open).
    // `keepIndexes`: the WAL handled so, but the indexes stay live (a resume, ResumeIndexes.h).
    PageWriter(CacheDatabase &cache, PersonalDataCipher *cipher, int depth = 3,
               std::optional<int> bulkLoadWalPages = std::nullopt, bool keepIndexes = false);
    ~PageWriter(); // writes what is queued, then stops
    PageWriter(const PageWriter &) = delete;
    PageWriter &operator=(const PageWriter &) = delete;

    // Queues a page and the cursor that follows it. Blocks while the queue is full. False
    // once the writer has failed (see error()); the page is then not written.
    bool enqueue(ParsedPage page, const CursorKey &key);
    // Waits until every queued page is committed; the writer's failure, if any.
    StoreResult drain();
    // Writes what is queued, ends the bulk load and the thread; the first failure. The
    // writer takes no pages after this.
    StoreResult finish();
    StoreResult error() const;
    // Totals committed so far, per list.
    CommittedCounts committed(CacheList list) const;

private:
    struct Job {
        ParsedPage page;
        CursorKey key;
    };
    void run();
    StoreResult write(class CacheWriter &writer, const Job &job);

    CacheDatabase &m_cache;
    PersonalDataCipher *m_cipher;
    const std::size_t m_depth;
    const std::optional<int> m_bulkLoadWalPages;
    const bool m_keepIndexes;
    mutable QMutex m_mutex;
    QWaitCondition m_changed;
    std::deque<Job> m_queue;
    bool m_busy = false; // a job is being written
    bool m_stopping = false;
    StoreResult m_error;
    std::array<CommittedCounts, 6> m_committed{};
    std::unique_ptr<QThread> m_thread;
};

} // namespace pingjia
