// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The evaluation rules' flags of a period kept in the cache file (schema v10:
// integrity_flag_set, integrity_flag), so a new process (each `pingjia bulletin`, the app's
// first preview of a month) reads a few thousand rows instead of running the rules over
// the period's evaluations (measured at 1M, October 2026: ≈ 0.7 s CPU cold).
//
// Derived data, as the indicator rollups are: a set is stored with the settings it was
// computed with and the marks of its period in the snapshot it read (IntegrityPeriodMarks),
// and used only while those marks hold: a sync that writes the period's evaluations, their
// cases or bad reviews, or any staff or org unit, makes the next ask run the rules again
// and replace the set; a sync that writes other periods only leaves it usable. A changed
// setting is another key. The newest kKeptSets sets are kept. No trigger: a sync writes
// nothing more.
//
// Storing is an optimisation: it takes the write lock only if it is free at once (a sync
// writing meanwhile is not waited for) and a failure is logged, never returned to the
// figures' caller.
//
// Threads: the calling thread's connection.

#include "models/domain/IntegrityRules.h"
#include "models/store/IntegrityMemo.h"
#include "models/store/StoreResult.h"

#include <QList>
#include <QVariantList>

#include <functional>

#include <optional>

namespace pingjia {

class Connection;

class IntegrityFlagStore {
public:
    // Two years of months, with room for other settings.
    static constexpr int kKeptSets = 36;
    explicit IntegrityFlagStore(Connection &connection) : m_c(connection) {}

    // Whether marks stored with a set still hold (IntegrityPeriodMarks::hold).
    using Holds = std::function<bool(const QString &marks)>;
    // The set stored for `key` when `holds` accepts the marks stored with it; std::nullopt
    // when there is none or they do not hold, or on a read failure (then `error` says why).
    std::optional<QList<IntegrityFlag>> find(const IntegrityMemo::Key &key, const Holds &holds,
                                             StoreResult *error = nullptr);
    // Replaces the set of `key` (stored with `marks`: IntegrityPeriodMarks::now) and keeps
    // the kKeptSets newest sets. `flags` in the order find() is to return them.
    StoreResult store(const IntegrityMemo::Key &key, const QString &marks,
                      const QList<IntegrityFlag> &flags);
    // How many find() calls in this process were answered from the file (benches, tests).
    static qint64 hits();

private:
    StoreResult storeLocked(const IntegrityMemo::Key &key, const QString &marks,
                            const QList<IntegrityFlag> &flags);

    Connection &m_c;
};

} // namespace pingjia
