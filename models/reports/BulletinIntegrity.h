// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The internal bulletin's review-integrity figures (issue 14): the month's flags of
// IntegrityQuery (the same rules and thresholds as the 评价核查 page and `pingjia
// integrity`) counted per department, with the office's verdicts from the local-work
// file. Counts and department names only: no flag's evidence, no personal data.

#include "models/domain/IntegrityRules.h"
#include "models/reports/BulletinFacts.h"
#include "models/store/StoreResult.h"

#include <QHash>

namespace pingjia {

class CacheDatabase;
class LocalWorkDatabase;
struct RankingTable;

// On the month's department ranking the bulletin has already read (`departments`, its
// period and scope; no second ranking query). `localWork` may be null (no verdicts).
BulletinIntegrityFacts bulletinIntegrityFacts(CacheDatabase &cache, LocalWorkDatabase *localWork,
                                              const RankingTable &departments,
                                              const IntegritySettings &settings,
                                              StoreResult *error = nullptr);

// The flags counted per department (no store access; `verdicts` by (rule name, item key)).
QList<BulletinIntegrityCount>
countIntegrityFlags(const QList<IntegrityFlag> &flags,
                    const QHash<QPair<QString, QString>, bool> &confirmedByItem,
                    const QHash<QString, QString> &deptNames);

} // namespace pingjia
