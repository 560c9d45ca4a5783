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

qint64 SyncEstimate::etaSeconds(double fraction, qint64 elapsedMs)
{
    if (fraction <= 0.0 || elapsedMs <= 0)
        return -1;
    if (fraction >= 1.0)
        return 0;
    return qint64(std::ceil(double(elapsedMs) / 1000.0 * (1.0 - fraction) / fraction));
}

double SyncEstimate::recordsPerSecond(qint64 records, qint64 elapsedMs)
{
    return elapsedMs > 0 ? double(records) * 1000.0 / double(elapsedMs) : 0.0;
}

} // namespace pingjia
