// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// indicator_handling_month (cache schema v6): the bad-review handling figures per grain,
// unit and month (IndicatorSql::handlingFactsSql, handlingRollupSql). Every write to
// bad_reviews marks them stale (triggers of the schema), whoever writes: a sync page or
// a local action's answer stored by the outbox. IndicatorRollup rebuilds them whole,
// inside its own transaction, when stale or when evaluations changed (validity,
// withdrawal and units come from the evaluation row): about 2 % of the evaluations are
// bad reviews, and a whole rebuild needs no old deadline to know which months moved.

#include "models/store/StoreResult.h"

#include <QCoreApplication>

namespace pingjia {

class Connection;

class HandlingRollup {
    Q_DECLARE_TR_FUNCTIONS(pingjia::HandlingRollup)
public:
    explicit HandlingRollup(Connection &connection) : m_c(connection) {}

    // True when a write to bad_reviews came after the last rebuild (or none was done).
    bool isStale(StoreResult *error = nullptr);
    // Rebuilds every month of every grain and clears the stale mark. Call inside a write
    // transaction (IndicatorRollup's), so no write slips between the two.
    StoreResult rebuild();
    // Empties the table and marks it stale.
    StoreResult invalidate();

private:
    StoreResult exec(const QString &sql);
    Connection &m_c;
};

} // namespace pingjia
