// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The bad reviews (non-withdrawn level 1–2 evaluations, valid or not: what the queue lists)
// of one unit assessed in a period, for the ranking's drill-down to the queue where
// BadReviewFilter has no field for the unit (an area, a window, a staff member): the page
// passes these ids as BadReviewFilter::evalIds. Departments and centers need no query
// (BadReviewFilter::deptCodes / centerCodes).
//
// An area is matched on the evaluations' area code by the area's prefix (UnitLevel.h
// areaPrefix: "620800" → "6208"), as IndicatorQuery counts an area's units.

#include "models/domain/Period.h"
#include "models/domain/UnitLevel.h"
#include "models/store/StoreResult.h"

#include <QStringList>

#include <optional>

namespace pingjia {

class CacheDatabase;

// On the calling thread's connection. nullopt with `error` when the query fails.
std::optional<QStringList> unitBadReviewIds(CacheDatabase &cache, UnitLevel level,
                                            const QString &unitCode, const Period &period,
                                            StoreResult *error = nullptr);

} // namespace pingjia
