// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// indicator_handling_month (cache schema v6): the bad-review handling figures per grain,
// unit and month (IndicatorSql::handlingFactsSql, handlingRollupSql). Every write to
// bad_reviews, whoever writes (a sync page, a local action's answer stored by the outbox),
// records the months it touches in indicator_handling_dirty (schema v8 triggers: the OLD
// and NEW rows' deadline months and the evaluation's assess month), and only those months
// are rebuilt; `stale` asks for a whole rebuild (never built, invalidated, upgraded).
//
// In two steps, as IndicatorRollup drives them: stage() inside a read transaction builds
// the new rows in temp.stage_handling (no write lock held, however long it takes); store()
// inside a short write transaction swaps them in and clears the marks stage() saw.

#include "models/store/StoreResult.h"

#include <QCoreApplication>

namespace pingjia {

class Connection;

class HandlingRollup {
    Q_DECLARE_TR_FUNCTIONS(pingjia::HandlingRollup)
public:
    explicit HandlingRollup(Connection &connection) : m_c(connection) {}

    // True when a month is marked dirty or a whole rebuild is due.
    bool isStale(StoreResult *error = nullptr);
    // Reads the marks (inside the caller's read transaction) into temp.rollup_dirty_seen
    // and adds the dirty months to temp.rollup_handling_months (created by the caller).
    // `whole`: a whole rebuild is due. Returns whether anything is to be rebuilt.
    bool readMarks(bool *whole, StoreResult *error);
    // Builds temp.stage_handling: every month when `whole`, else those of
    // temp.rollup_handling_months.
    StoreResult stage(bool whole);
    // Replaces the staged months in indicator_handling_month and clears the marks seen.
    // Call inside a write transaction.
    StoreResult store(bool whole);
    // Months in temp.rollup_handling_months (after readMarks and the caller's additions).
    QStringList stagedMonths(StoreResult *error);
    // Empties the table and asks for a whole rebuild.
    StoreResult invalidate();

    static const char *const kTempTables[3];

private:
    StoreResult exec(const QString &sql);
    Connection &m_c;
};

} // namespace pingjia
