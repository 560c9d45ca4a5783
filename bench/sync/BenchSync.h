// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One sync of a cache file through SyncSession, timed, and the simulator's test hooks the
// benchmark needs (reset: every cursor becomes invalid; advance: new changes).

#include "models/sync/ResumeIndexes.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <utility>

namespace pingjia {
struct SyncProgress;
}

namespace pingjia::bench {

struct SyncRun {
    bool ok = false;
    bool cancelled = false;
    QString error;
    double seconds = 0;
    double cpuSeconds = 0;  // this process (the sync), every thread
    qint64 records = 0;     // committed by this run
    qint64 evaluations = 0; // of which evaluations
    // When each page of evaluations was committed: (evaluations committed, seconds since
    // the sync began), in order.
    QList<std::pair<qint64, double>> evaluationTimeline;
    // Seconds from the start until `evaluations` were committed; -1 if never.
    double secondsUntilEvaluations(qint64 evaluations) const;
};

struct SyncSetup {
    QUrl platform;
    int pageLimit = 5000;
    bool cipher = true;
    ResumeIndexes resumeIndexes = ResumeIndexes::Auto;
};

// Opens (or creates) the cache and local-work files in `dir`, signs in as demo and syncs.
// `stopWhen` (may be empty) is asked after every page; true cancels the sync there, as a
// kill would, keeping what was committed.
SyncRun runSync(const QString &dir, const SyncSetup &setup,
                const std::function<bool(const SyncProgress &)> &stopWhen = {});

// POST to a /sim/ hook; the answer, empty on failure.
QJsonObject simPost(const QUrl &base, const QString &path, const QJsonObject &body);

} // namespace pingjia::bench
