// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a period's evaluation-rule flags depend on, stored beside the set the cache file
// keeps (IntegrityFlagStore) and checked when a later process asks, so that a sync which
// writes only other periods' rows (the usual incremental sync: this month's evaluations)
// leaves last month's set usable: `pingjia bulletin` for last month after the morning's
// sync reads it instead of running the rules (1M, October 2026: ≈ 0.55 s CPU).
//
// The rules of a period read its evaluations, the cases of those evaluations, the bad
// reviews of those evaluations (follow-up phones), and the whole staff and org-unit
// tables. The marks hold, as of the snapshot the rules read:
// - "since": the newest updated_at and the largest row id of evaluations, cases and bad
//   reviews;
// - for each of the three, the rows of the period (as the rules join them) stamped at or
//   after that updated_at or inserted after that id: how many, and their newest stamp;
// - the staff's and org units' marks (IntegrityMemo::staffAndOrgMarksSql).
// They hold later while the same counts and stamps come out with the stored "since": a row
// of the period written after the set was stored carries a newer stamp (the platform
// stamps every change no earlier than what it served before, as the indicator rollups
// assume) or a larger id, so it moves a count or a newest stamp. A row re-stamped in the
// very second of the stored newest stamp is not seen, as with IntegrityMemo's marks.
// The checks read only the rows written since (indexes on updated_at and the row id;
// bad reviews are scanned, ~16,000 rows at 1M).

#include "models/domain/Period.h"
#include "models/store/StoreResult.h"

#include <QString>

#include <optional>

namespace pingjia {

class CacheDatabase;

class IntegrityPeriodMarks {
public:
    explicit IntegrityPeriodMarks(CacheDatabase &cache) : m_cache(cache) {}

    // The marks of `period` now, as text to store beside a set computed in the same read.
    std::optional<QString> now(const Period &period, StoreResult *error = nullptr);
    // Whether marks stored by now() still hold for `period`; false for any other text
    // (an older version's marks).
    std::optional<bool> hold(const Period &period, const QString &stored,
                             StoreResult *error = nullptr);

private:
    std::optional<QStringList> changedSince(const Period &period, const QStringList &since,
                                            StoreResult &error);

    CacheDatabase &m_cache;
};

} // namespace pingjia
