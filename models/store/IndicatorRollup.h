// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The per-unit, per-month figures behind every indicator query (cache schema v4):
// indicator_month (per grain, unit and month: cases by finish month, evaluations by assess
// month, and the 7-day defaults by the month they are dated in) and
// indicator_channel_month (evaluations per channel), and the bad-review handling figures
// (indicator_handling_month, HandlingRollup.h). A month's department ranking reads
// ~2,300 rows instead of the ~47,000 per-day rows of schema v3 or the ~250,000 raw rows.
//
// Derived data, rebuilt for the months touched since a watermark: the largest updated_at
// of cases and evaluations seen by the last refresh (the platform keeps updated_at
// monotonic per list, so every change since has updated_at ≥ it). The months touched are
// those of the changed rows: evaluations by assess month; cases by finish month and the
// month after it (a case finished in a month's last week has its default dated in the
// next); the same for the case of a changed evaluation (its evaluated flag and default
// may have changed). The first build reads each big table once.
//
// No writer code change: the sync writes the platform's rows as before (the schema's
// triggers record the months a bad_reviews write touches); the first indicator query after
// a sync (or IndicatorQuery::refresh() called after it) brings the rollups up to date. The
// build never holds the write lock while it aggregates: it reads one snapshot (a read
// transaction; WAL lets a sync write meanwhile) into temp stage tables, then swaps the
// staged months in with one short write transaction (a sync waits for that at most, well
// within the busy timeout). What a sync wrote meanwhile is newer than the stored
// watermark and dirty marks, so the next refresh picks it up. One build at a time per
// process (a second thread waits, then finds the rollups fresh). A refresh that cannot get
// the write lock (a sync is writing) leaves the rollups as they are: the figures are
// those of the last refresh.

#include "models/store/StoreResult.h"

#include <QCoreApplication>

#include <QVariantList>

#include <atomic>
#include <functional>

namespace pingjia {

class Connection;

class IndicatorRollup {
    Q_DECLARE_TR_FUNCTIONS(pingjia::IndicatorRollup)
public:
    explicit IndicatorRollup(Connection &connection, const std::atomic_bool *cancel = nullptr)
        : m_c(connection), m_cancel(cancel)
    {
    }

    // Fresh when nothing changed since the watermark (two index look-ups) and no handling
    // record was written since the handling rollups were built (HandlingRollup.h).
    bool isFresh(StoreResult *error = nullptr);
    // Rebuilds the touched months (all when never built). `rebuiltMonths` gets how many;
    // `handlingMonths` the handling months rebuilt ("yyyy-MM", or "*" for all).
    // Not inside a transaction of the caller: it opens its own two.
    StoreResult refresh(qint64 *rebuiltMonths = nullptr, QStringList *handlingMonths = nullptr);
    // Drops the rollups: the next refresh rebuilds everything.
    StoreResult invalidate();

    // Called inside the build's read snapshot, after the new rows are staged and before
    // they are stored (tests: a sync writing meanwhile). Empty function: none.
    static void setBuildHookForTest(std::function<void()> hook);

private:
    struct Plan {
        bool indicators = false; // indicator_month and channel rows to rebuild
        bool everything = false; // ... every month of them
        bool handling = false, handlingWhole = false;
        QVariantList marks; // the snapshot's watermarks
        QString oldCases, oldEvaluations;
        qint64 refreshCount = 0;
    };
    bool marksFresh(StoreResult *error);
    StoreResult rebuild(qint64 *rebuiltMonths, QStringList *handlingMonths);
    StoreResult planBuild(Plan &plan);
    StoreResult stageAll(Plan &plan);
    StoreResult store(const Plan &plan);
    StoreResult dropTempTables();
    StoreResult createTempTables();
    StoreResult addHandlingMonthsOfEvaluations(const QString &oldEvaluations);
    StoreResult chooseMonths(bool everything, const QString &oldCases,
                             const QString &oldEvaluations);
    StoreResult aggregate(bool everything);
    StoreResult exec(const QString &sql, const QVariantList &binds = {});
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    Connection &m_c;
    const std::atomic_bool *m_cancel;
};

} // namespace pingjia
