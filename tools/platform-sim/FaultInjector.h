// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "tools/platform-sim/Rng.h"
#include "tools/platform-sim/SimOptions.h"

#include <QByteArray>

namespace pingjia {

// The network's bad days (--fail-rate, --drop-rate, --truncate-rate, --delay-ms,
// --duplicate-rate). Draws come from their own stream, so faults never change the data.
class FaultInjector {
public:
    explicit FaultInjector(const SimOptions &options)
        : m_options(options), m_rng(options.seed, RngStream::Faults, 0)
    {
    }

    struct Failure {
        int status = 0; // 0: no failure
        bool retryAfter = false;
    };
    Failure failure()
    {
        if (m_options.failRate <= 0 || !m_rng.chance(m_options.failRate))
            return {};
        static constexpr int statuses[] = {500, 502, 503, 429};
        const int status = m_rng.pick(statuses);
        return {status, status == 429};
    }
    int delayMs()
    {
        return m_options.delayMaxMs <= 0
                   ? 0
                   : int(m_rng.between(m_options.delayMinMs, m_options.delayMaxMs));
    }
    bool drop() { return m_options.dropRate > 0 && m_rng.chance(m_options.dropRate); }
    // The number of bytes to send of `size`, or -1 to send all.
    qsizetype truncateAt(qsizetype size)
    {
        if (m_options.truncateRate <= 0 || size < 2 || !m_rng.chance(m_options.truncateRate))
            return -1;
        return qsizetype(double(size) * (0.2 + 0.7 * m_rng.uniform()));
    }
    bool duplicate()
    {
        return m_options.duplicateRate > 0 && m_rng.chance(m_options.duplicateRate);
    }
    Rng &rng() { return m_rng; }

private:
    const SimOptions &m_options;
    Rng m_rng;
};

} // namespace pingjia
