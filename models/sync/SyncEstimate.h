// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How far a pull has come and how long it will take, without totals (the API gives none).
//
// Lists come in (updatedAt, id) order, so the updatedAt of the last record received
// tells how far through the platform's history the pull is: the fraction of a list is
// (last − first) / (now − first), where `first` is the updatedAt of the first record of
// this run and `now` the platform's clock (meta "serverTime", else the local clock). The
// ETA of the list being pulled is its elapsed time × (1 − f) / f. Lists not started yet
// are not in the ETA: it covers the current list (the big ones, cases and evaluations,
// each dominate their part of the sync). Early in a list, and when records cluster in
// time, the figure moves; it is an estimate and labelled as such in the UI.

#include <QDateTime>

namespace pingjia {

class SyncEstimate {
public:
    // 0..1; 0 while unknown (no record yet, or a clock before the first record).
    static double fraction(const QDateTime &first, const QDateTime &last, const QDateTime &now);
    // Seconds left; -1 while unknown (fraction 0).
    static qint64 etaSeconds(double fraction, qint64 elapsedMs);
    static double recordsPerSecond(qint64 records, qint64 elapsedMs);
};

} // namespace pingjia
