// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The per-unit, per-day figures behind every indicator query (cache schema v3):
// indicator_day (cases by finish day, evaluations by assess day, per grain and unit) and
// indicator_channel_day (evaluations per channel). They are derived data, rebuilt for the
// days touched since a watermark: the largest updated_at of cases and evaluations seen
// by the last refresh (the platform keeps updated_at monotonic per list, so every
// change since has updated_at ≥ it). The days touched are those of the changed rows:
// evaluations by assess day, cases by finish day, and the finish day of the case of a
// changed evaluation (its evaluated flag and 7-day default may have changed).
//
// No writer change: the sync writes the platform's rows as before; the first indicator
// query after a sync (or IndicatorQuery::refresh() called after it) brings the rollups up
// to date in one transaction. A refresh that cannot get the write lock (a sync is
// writing) leaves the rollups as they are: the figures are those of the last refresh.

#include "models/store/StoreResult.h"

#include <QCoreApplication>

#include <atomic>

namespace pingjia {

class Connection;

class IndicatorRollup {
    Q_DECLARE_TR_FUNCTIONS(pingjia::IndicatorRollup)
public:
    explicit IndicatorRollup(Connection &connection, const std::atomic_bool *cancel = nullptr)
        : m_c(connection), m_cancel(cancel)
    {
    }

    // Fresh when nothing changed since the watermark (two index look-ups).
    bool isFresh(StoreResult *error = nullptr);
    // Rebuilds the touched days (all days when never built). `rebuiltDays` gets how many.
    StoreResult refresh(qint64 *rebuiltDays = nullptr);
    // Drops the rollups: the next refresh rebuilds everything.
    StoreResult invalidate();

private:
    StoreResult rebuild(bool everything, qint64 *rebuiltDays);
    StoreResult exec(const QString &sql, const QVariantList &binds = {});
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    Connection &m_c;
    const std::atomic_bool *m_cancel;
};

} // namespace pingjia
