// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Whether a resumed first pull of the evaluations (a cursor, but no sync of the account
// ever completed: the rest of a stopped first pull) drops their query indexes and builds
// them again at the end (CacheWriter::BulkLoad), or stores into the live indexes.
//
// Building an index reads every stored row, so a rebuild costs in proportion to all the
// rows (those stored before and those still to come); live indexes cost in proportion to
// the rows still to come only. The rows still to come are estimated as a first pull's
// ETA does (SyncEstimate): the stored rows span updatedAt from `first` to `last` of the
// platform's history up to `now`, so about stored × (now − last) / (last − first) remain.

#include <QDateTime>

namespace pingjia {

enum class ResumeIndexes {
    Auto,     // by the estimate below
    Rebuild,  // always drop and build again (the behaviour before issue 12)
    KeepLive, // always store into the live indexes
};

struct StoredSpan {
    qint64 rows = 0;
    QDateTime first; // the smallest updatedAt stored
    QDateTime last;  // the largest
};

// Rebuild pays off when more than kRebuildWhenRemainingPerStored rows are still to come
// per row stored. Measured in bench/sync at --scale 200000 (models/sync/README.md): the
// rebuild costs ~17 µs of CPU and ~27 µs of wall time per row stored, live indexes
// ~44 µs of CPU and ~200 µs of wall time per row to come (their pages are written at
// random), so live indexes win below ~0.14 rows to come per row stored.
inline constexpr double kRebuildWhenRemainingPerStored = 0.1;

// The estimated rows still to come per row stored; negative when it cannot be estimated
// (nothing stored, or no span of time).
double remainingPerStored(const StoredSpan &stored, const QDateTime &now);

// True: a bulk load (drop the indexes, build them at the end).
bool resumeRebuildsIndexes(ResumeIndexes choice, const StoredSpan &stored, const QDateTime &now);

} // namespace pingjia
