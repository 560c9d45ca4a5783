// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sync/RetryPolicy.h"

#include <QByteArray>

#include <algorithm>

namespace pingjia {

int RetryPolicy::delayAfter(int failedTries, QRandomGenerator &random) const
{
    const int exponent = std::clamp(failedTries - 1, 0, 30);
    const qint64 full = std::min<qint64>(qint64(std::max(baseDelayMs, 0)) << exponent, maxDelayMs);
    const qint64 half = full / 2;
    return int(full - half + (half > 0 ? qint64(random.bounded(quint64(half + 1))) : 0));
}

int RetryPolicy::retryAfterMs(const QByteArray &header) const
{
    bool ok = false;
    const int seconds = header.trimmed().toInt(&ok);
    // An HTTP date instead of seconds is rare from an API; one second is a safe guess.
    const int wait = ok && seconds >= 0 ? seconds : 1;
    return std::min(wait, maxRetryAfterSeconds) * 1000;
}

} // namespace pingjia
