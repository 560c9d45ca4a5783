// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The words of a sync's progress and result, shared by `pingjia sync` (stderr/stdout)
// and the sync section of the window, so both say the same thing the same way. Numbers
// are plain (no group separators) so scripts can read the CLI's output.

#include "models/sync/SyncTypes.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pingjia {

class SyncReportText {
    Q_DECLARE_TR_FUNCTIONS(SyncReportText)
public:
    // "Evaluations", "Bad-review handling", … (translated).
    static QString listTitle(CacheList list);
    // "45 s", "3 min 5 s", "2 h 10 min".
    static QString duration(qint64 seconds);
    // "Evaluations: 12500 received, 12000 stored · 5400 records/s · about 12 s left"
    // (", N stored" only once something of the list is stored).
    static QString progressLine(const SyncProgress &progress);
    // 0..1 over all lists (each list one equal share; the current one by its estimate).
    static double overallFraction(const SyncProgress &progress);
    // "28000 records stored in 12 s (2333 records/s)".
    static QString totalLine(const SyncProgress &progress);
    // "Evaluations: 12003 received, 12000 stored, 3 skipped" (+ "pulled again from the start").
    static QString listLine(CacheList list, const ListProgress &progress);
    // "skipped", "kept, shortened", "kept".
    static QString skipActionName(SkippedRecord::Action action);
    // "Evaluations E2026…: the satisfaction code 9 is unknown (skipped)".
    static QString skippedLine(const SkippedRecord &skipped);
    // "Upload: 2 acknowledged, 1 conflict, 0 refused, 0 still pending".
    static QString pushLine(const PushResult &push);
    // Every line of a finished sync's summary: lists, skipped records, upload.
    static QStringList summaryLines(const SyncResult &result);
    // The error said for the user, with what to do next for the kinds that have a remedy.
    static QString errorText(const SyncError &error, int pendingActions);
};

} // namespace pingjia
