// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The internal bulletin's review-integrity figures (issue 14): the month's flags of
// IntegrityQuery (the same rules and thresholds as the 评价核查 page and `pingjia
// integrity`) counted per department, with the office's verdicts from the local-work
// file. Counts and department names only: no flag's evidence, no personal data.

#include "models/domain/IntegrityRules.h"
#include "models/domain/Period.h"
#include "models/reports/BulletinFacts.h"
#include "models/store/StoreResult.h"

#include <QDateTime>
#include <QHash>

namespace pingjia {

class CacheDatabase;
class LocalWorkDatabase;

// `deptNames` (code → name) names the departments; `localWork` may be null (no verdicts).
BulletinIntegrityFacts bulletinIntegrityFacts(CacheDatabase &cache, LocalWorkDatabase *localWork,
                                              const Period &month, const QString &scope,
                                              const QDateTime &now,
                                              const IntegritySettings &settings,
                                              const QHash<QString, QString> &deptNames,
                                              StoreResult *error = nullptr);

// The flags counted per department (no store access; `verdicts` by (rule name, item key)).
QList<BulletinIntegrityCount>
countIntegrityFlags(const QList<IntegrityFlag> &flags,
                    const QHash<QPair<QString, QString>, bool> &confirmedByItem,
                    const QHash<QString, QString> &deptNames);

} // namespace pingjia
