// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sync/SyncEstimate.h"

#include <algorithm>
#include <cmath>

namespace pingjia {

double SyncEstimate::fraction(const QDateTime &first, const QDateTime &last, const QDateTime &now)
{
    if (!first.isValid() || !last.isValid() || !now.isValid())
        return 0;
    const qint64 span = first.secsTo(now);
    if (span <= 0)
        return last >= first ? 1.0 : 0.0;
    return std::clamp(double(first.secsTo(last)) / double(span), 0.0, 1.0);
}

std::optional<double> SyncEstimate::remainingInCurrent(const ListProgress &list,
                                                       const std::optional<qint64> &expected)
{
    if (list.done)
        return 0.0;
    // The fraction is of what was received (parsed); what is stored trails it.
    const double soFar = double(std::max(list.received, list.fetched));
    if (list.fraction > 0.0)
        return soFar * (1.0 - list.fraction) / list.fraction;
    if (expected)
        return double(std::max<qint64>(*expected - list.fetched, 0));
    return std::nullopt;
}

qint64 SyncEstimate::etaSeconds(const SyncProgress &progress, const Expected &expected)
{
    if (progress.recordsPerSecond <= 0.0)
        return -1;
    double remaining = 0;
    bool afterCurrent = false;
    for (std::size_t i = 0; i < kSyncedLists.size(); ++i) {
        const ListProgress &list = progress.lists[i];
        if (kSyncedLists[i] == progress.current) {
            const std::optional<double> rest = remainingInCurrent(list, expected[i]);
            if (!rest)
                return -1;
            remaining += *rest;
            afterCurrent = true;
        } else if (afterCurrent && !list.done) {
            if (!expected[i])
                return -1;
            remaining += double(*expected[i]);
        }
    }
    return qint64(std::ceil(remaining / progress.recordsPerSecond));
}

double SyncEstimate::recordsPerSecond(qint64 records, qint64 elapsedMs)
{
    return elapsedMs > 0 ? double(records) * 1000.0 / double(elapsedMs) : 0.0;
}

} // namespace pingjia
