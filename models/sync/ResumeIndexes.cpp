// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sync/ResumeIndexes.h"

namespace pingjia {

double remainingPerStored(const StoredSpan &stored, const QDateTime &now)
{
    if (stored.rows <= 0 || !stored.first.isValid() || !stored.last.isValid() || !now.isValid())
        return -1;
    const qint64 covered = stored.first.secsTo(stored.last);
    if (covered <= 0)
        return -1;
    return double(std::max<qint64>(stored.last.secsTo(now), 0)) / double(covered);
}

bool resumeRebuildsIndexes(ResumeIndexes choice, const StoredSpan &stored, const QDateTime &now)
{
    switch (choice) {
    case ResumeIndexes::Rebuild:
        return true;
    case ResumeIndexes::KeepLive:
        return false;
    case ResumeIndexes::Auto:
        break;
    }
    const double remaining = remainingPerStored(stored, now);
    // Nothing stored yet: as good as a first pull. No estimate otherwise: live indexes
    // cost at most the rows still to come, a rebuild at least the rows stored.
    if (stored.rows <= 0)
        return true;
    return remaining > kRebuildWhenRemainingPerStored;
}

} // namespace pingjia
