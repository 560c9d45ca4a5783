// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reports/BulletinIntegrity.h"

#include "models/store/IndicatorQuery.h"
#include "models/store/IntegrityQuery.h"
#include "models/store/IntegrityVerdicts.h"
#include "models/store/LocalWorkDatabase.h"

#include <algorithm>

namespace pingjia {

QList<BulletinIntegrityCount>
countIntegrityFlags(const QList<IntegrityFlag> &flags,
                    const QHash<QPair<QString, QString>, bool> &confirmedByItem,
                    const QHash<QString, QString> &deptNames)
{
    QHash<QString, BulletinIntegrityCount> byDept;
    for (const IntegrityFlag &f : flags) {
        BulletinIntegrityCount &c = byDept[f.unitCode];
        c.deptCode = f.unitCode;
        c.deptName = deptNames.value(f.unitCode, f.unitCode);
        ++c.byRule[f.rule];
        ++c.flags;
        const auto verdict =
            confirmedByItem.constFind({toString(f.rule), IntegrityVerdicts::itemKey(f)});
        if (verdict != confirmedByItem.cend())
            ++(*verdict ? c.confirmed : c.cleared);
    }
    QList<BulletinIntegrityCount> out = byDept.values();
    std::sort(out.begin(), out.end(),
              [](const BulletinIntegrityCount &a, const BulletinIntegrityCount &b) {
                  return a.flags != b.flags ? a.flags > b.flags : a.deptCode < b.deptCode;
              });
    return out;
}

BulletinIntegrityFacts bulletinIntegrityFacts(CacheDatabase &cache, LocalWorkDatabase *localWork,
                                              const RankingTable &departments,
                                              const IntegritySettings &settings, StoreResult *error)
{
    BulletinIntegrityFacts facts;
    // Counts only: the flags without their evidence, the evaluation rules run in SQL, so a
    // month of a province is not loaded row by row (the same flags as `pingjia integrity`).
    const auto flags = IntegrityQuery(cache).flagsWithoutEvidence(departments, settings, error);
    if (!flags)
        return facts;
    QHash<QString, QString> deptNames;
    for (const RankedUnit &u : departments.units)
        deptNames.insert(u.unitCode, u.unitName.isEmpty() ? u.unitCode : u.unitName);
    QHash<QPair<QString, QString>, bool> confirmed;
    if (localWork && localWork->isOpen()) {
        const auto verdicts =
            IntegrityVerdicts(*localWork).verdicts(departments.period.key(), error);
        if (!verdicts)
            return facts;
        for (auto it = verdicts->cbegin(); it != verdicts->cend(); ++it)
            confirmed.insert(it.key(), it.value().verdict == IntegrityVerdict::Confirmed);
    }
    facts.departments = countIntegrityFlags(*flags, confirmed, deptNames);
    facts.checked = true;
    return facts;
}

} // namespace pingjia
