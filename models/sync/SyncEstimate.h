// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How far a pull has come and how long it will take, without totals (the API gives none).
//
// Lists come in (updatedAt, id) order, so the updatedAt of the last record received
// tells how far through the platform's history the pull is: the fraction of a list is
// (last − first) / (now − first), where `first` is the updatedAt of the first record of
// this run and `now` the platform's clock (meta "serverTime", else the local clock).
//
// The ETA is what remains divided by the rate of this run: the rest of the list being
// pulled (its records so far × (1 − f) / f) plus every list not started yet, as expected
// when the sync began (`Expected`): a list pulled from a stored cursor brings only what
// changed since (counted as nothing until it starts), a list pulled from the start brings
// about as many records as the cache holds of it, and a list neither stored nor cached (a
// first pull) is unknown — the ETA then stays unknown ("estimating…") until it starts.

#include "models/sync/SyncTypes.h"

#include <QDateTime>

#include <array>
#include <optional>

namespace pingjia {

class SyncEstimate {
public:
    // Records each list is expected to bring, per kSyncedLists position; nullopt: unknown.
    using Expected = std::array<std::optional<qint64>, kSyncedLists.size()>;

    // 0..1; 0 while unknown (no record yet, or a clock before the first record).
    static double fraction(const QDateTime &first, const QDateTime &last, const QDateTime &now);
    // Seconds left for the whole sync; -1 while unknown.
    static qint64 etaSeconds(const SyncProgress &progress, const Expected &expected);
    static double recordsPerSecond(qint64 records, qint64 elapsedMs);

private:
    // Records still to come in the list being pulled; nullopt while unknown.
    static std::optional<double> remainingInCurrent(const ListProgress &list,
                                                    const std::optional<qint64> &expected);
};

} // namespace pingjia
