// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How long to wait before trying a request again (PLATFORM_API.md "Transport"):
// exponential backoff with jitter, at most `maxTries` tries, waits capped. The base delay
// is a setting so tests run in milliseconds rather than minutes.

#include <QRandomGenerator>

namespace pingjia {

struct RetryPolicy {
    int maxTries = 8;
    int baseDelayMs = 1000;
    int maxDelayMs = 30000;
    // A 429's Retry-After is obeyed up to this many seconds.
    int maxRetryAfterSeconds = 300;

    // The wait after `failedTries` (1, 2, …) failed tries: base·2^(n−1), capped, of which
    // a random half is taken off ("equal jitter") so that many clients that failed together
    // do not come back together.
    int delayAfter(int failedTries, QRandomGenerator &random) const;
    // The wait a 429 asks for: Retry-After seconds (1 when absent or unreadable), capped.
    int retryAfterMs(const QByteArray &header) const;
};

} // namespace pingjia
