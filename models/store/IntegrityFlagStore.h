// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The evaluation rules' flags of a period kept in the cache file (schema v10:
// integrity_flag_set, integrity_flag), so a new process (each `pingjia bulletin`, the app's
// first preview of a month) reads a few thousand rows instead of running the rules over
// the period's evaluations (measured at 1M, October 2026: ≈ 0.7 s CPU cold).
//
// Derived data, as the indicator rollups are: a set is stored with the settings it was
// computed with and the marks of the snapshot it read (IntegrityMemo::marksSql, the same
// marks the in-process memo checks), and used only while the cache carries exactly those
// marks. A sync that writes evaluations, cases, staff, org units or bad reviews changes a
// mark, so the next ask runs the rules again and replaces the set; a changed setting is
// another key. Storing drops every set whose marks are no longer the cache's (marks only
// move forward, so those can never be used again). No trigger: a sync writes nothing more.
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

#include <optional>

namespace pingjia {

class Connection;

class IntegrityFlagStore {
public:
    explicit IntegrityFlagStore(Connection &connection) : m_c(connection) {}

    // The marks row of IntegrityMemo::marksSql as the text stored beside a set.
    static QString marksText(const QVariantList &marks);

    // The set stored for `key` under `marks`; std::nullopt when there is none (or it was
    // stored under other marks), or on a read failure (then `error` says why).
    std::optional<QList<IntegrityFlag>> find(const IntegrityMemo::Key &key, const QString &marks,
                                             StoreResult *error = nullptr);
    // Replaces the set of `key`, drops the sets of other marks. `flags` in the order find()
    // is to return them.
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
