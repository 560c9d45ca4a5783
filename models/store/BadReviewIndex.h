// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The work queue's filter and sort keys of every bad review, in memory. A filter change
// or a sort over the ~5 % of evaluations that are bad reviews then costs a pass over a
// compact array instead of a query over the cache (at 1,000,000 evaluations: a few
// milliseconds against 50–230); SQL reads only the page of rows shown
// (BadReviewQuery::rows).
//
// Exactly equal to BadReviewQuery::evalIds() by construction: the keys are read through
// the queue's own SQL (BadReviewSql: the effective state, the sort keys, the predicates
// of the saved views), texts are ordered by their bytes as SQLite's BINARY collation
// does, times are the store's fixed-width text (StoredTime) as numbers, and a comment
// search asks SQL (comment_fts) which rows match. A value of any other form makes build()
// give up (the caller stays with SQL). tst_badreviewindex compares both over random
// filters and sorts.
//
// Kept current from outside: stamp() tells whether the cache or the local-work file
// changed since the index was read; a change to the local-work file alone (a local
// action) is caught up by withOverlayRowsReread(), any other by a new build().
// An index is immutable once built and may be shared between threads; build it on the
// thread of the query it reads through.

#include "models/store/BadReviewFilter.h"
#include "models/store/BadReviewQuery.h"
#include "models/store/StoreResult.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <vector>

struct sqlite3;

namespace pingjia {

class BadReviewIndex {
public:
    // Where the cache and the local-work file stood, as seen from one connection.
    struct Stamp {
        int generation = -1;      // the connection's (a rebuilt cache file changes it)
        qint64 cacheVersion = -1; // PRAGMA data_version: commits of other connections
        qint64 workVersion = -1;  // the same for the attached local-work file
        qint64 changes = -1;      // sqlite3_total_changes64(): this connection's writes
        bool operator==(const Stamp &) const = default;
        bool sameCache(const Stamp &o) const
        {
            return generation == o.generation && cacheVersion == o.cacheVersion &&
                   changes == o.changes;
        }
    };
    // Taken before reading, so a change during the read is seen as one afterwards.
    static Stamp stamp(BadReviewQuery &query, StoreResult *error = nullptr);
    // Whether the cache holds more than `rows` level 1–2 evaluations; the work is bounded
    // by `rows`, not by the cache's size.
    static bool queueLargerThan(BadReviewQuery &query, qsizetype rows);

    // The keys of the whole queue (one pass). nullptr when reading failed (`error`), was
    // cancelled, or met a value the index cannot order as SQLite does (`error` ok).
    static std::shared_ptr<const BadReviewIndex> build(BadReviewQuery &query, const Stamp &at,
                                                       const std::atomic_bool *cancel = nullptr,
                                                       StoreResult *error = nullptr);

    // After a change of the local-work file alone: a copy in which the rows that have or
    // had a pending overlay are read again. nullptr when only a new build() will do.
    std::shared_ptr<const BadReviewIndex> withOverlayRowsReread(BadReviewQuery &query,
                                                                const Stamp &at,
                                                                StoreResult *error = nullptr) const;

    const Stamp &builtAt() const { return m_stamp; }
    // The policy the keys were read with (derived verify deadlines depend on it).
    const DeadlinePolicy &policy() const { return m_policy; }
    qsizetype size() const { return qsizetype(m_rows.size()); }

    // The evalIds matching `filter`, in `sort` order: what BadReviewQuery::evalIds()
    // gives. A comment search runs its SQL through `query` (its thread); the last
    // term's matches are remembered.
    QStringList evalIds(const BadReviewFilter &filter, BadReviewSort sort, Qt::SortOrder order,
                        const QDateTime &now, BadReviewQuery &query,
                        StoreResult *error = nullptr) const;

    static constexpr int kSortCount = int(BadReviewSort::Urgency) + 1;

private:
    struct Row {
        qint64 rid = 0;
        QString evalId;
        qint64 keys[kSortCount]; // per BadReviewSort; kNull when SQL NULL
        qint64 valid = 0;
        int center = -1, dept = -1, task = -1; // dictionary ranks, -1 = NULL
        HandlingState state = HandlingState::Unverified;
        bool delayed = false;          // BadReviewSql::delayed()
        bool awaitingApproval = false; // BadReviewSql::awaitingApproval()
        bool pendingUpload = false;
        QString requester; // BadReviewSql::lastRequester()
    };
    class Reader;
    static sqlite3 *handle(BadReviewQuery &query, StoreResult *error);

    int rank(const QString &text) const; // -1 when no row holds it
    std::vector<qint64> textMatches(const QString &term, BadReviewQuery &query,
                                    StoreResult *error) const;

    Stamp m_stamp;
    DeadlinePolicy m_policy;
    std::vector<Row> m_rows;
    std::vector<QByteArray> m_dictionary; // every text value, in byte order (rank = index)

    mutable QMutex m_textMutex; // the remembered comment search
    mutable QString m_textTerm;
    mutable std::vector<qint64> m_textRids;
};

} // namespace pingjia
