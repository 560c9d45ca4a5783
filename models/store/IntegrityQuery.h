// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Review integrity (issue 14) over the cache: loads one period's rows for the rules of
// models/domain/IntegrityRules.h and runs them. Reads only: evaluations (with their
// keyed hashes, never the encrypted columns), cases, staff phones and the phones
// follow-up visits reached (hashes only) and, for the
// ceiling rule, the department ranking of IndicatorQuery (read-only use).
//
// The SQL candidates below mirror single domain rules in plain SQL, for callers that want
// the flagged evaluations without loading the period's rows (the bulletin's counts at
// province scale); tst_integrityquery compares each with its domain function on the same
// rows.
//
// Threads: uses the calling thread's cache connection (a worker thread in the UI).

#include "models/domain/IntegrityRules.h"
#include "models/domain/Period.h"
#include "models/store/StoreResult.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace pingjia {

class CacheDatabase;
struct RankingTable;

struct IntegrityInput {
    QList<IntegrityEvaluation> evaluations; // non-withdrawn, assessed in the period
    QList<StaffPhone> staff;                // non-withdrawn staff with a phone hash
    QList<FollowUpCall> followUpCalls;      // of those evaluations, with a phone hash
    QList<IntegrityUnit> units;             // departments in the scope with their counts
};

class IntegrityQuery {
public:
    explicit IntegrityQuery(CacheDatabase &cache);

    std::optional<IntegrityInput> input(const Period &period, const QString &scopeCode,
                                        const QDateTime &now, StoreResult *error = nullptr);
    // input() and flags() on the department ranking the caller has already read (the
    // bulletin reads it for its own table): period, scope and the unit rule's counts come
    // from `departments` (IndicatorQuery::ranking(Department, …)); no second ranking query.
    std::optional<IntegrityInput> input(const RankingTable &departments,
                                        StoreResult *error = nullptr);
    std::optional<QList<IntegrityFlag>> flags(const RankingTable &departments,
                                              const IntegritySettings &settings,
                                              StoreResult *error = nullptr);
    // Every rule over `input`, in rule order, then by evalId / unitCode.
    static QList<IntegrityFlag> runRules(const IntegrityInput &input,
                                         const IntegritySettings &settings);
    // input() then runRules(), kept to the departments of `scopeCode` (empty: all).
    std::optional<QList<IntegrityFlag>> flags(const Period &period, const QString &scopeCode,
                                              const QDateTime &now,
                                              const IntegritySettings &settings,
                                              StoreResult *error = nullptr);

    // The evaluation rules alone (no unit rule, so no ranking is read: IndicatorQuery
    // counts these per unit of a ranking), every department, without their evidence: the
    // rules over the period's evaluations in SQL (evaluationFlagsBySql), the follow-up
    // rule in C++ on its few rows. In rule order, then by evalId. Kept for the period while
    // the cache's marks stay the same: in the process (IntegrityMemo.h) and in the cache
    // file for the next process (IntegrityFlagStore.h).
    std::optional<QList<IntegrityFlag>> evaluationFlags(const Period &period,
                                                        const IntegritySettings &settings,
                                                        StoreResult *error = nullptr);
    // flags(departments, …) without their evidence and without loading the period's
    // evaluations: evaluationFlags() and the unit rule on `departments`; same order.
    std::optional<QList<IntegrityFlag>> flagsWithoutEvidence(const RankingTable &departments,
                                                             const IntegritySettings &settings,
                                                             StoreResult *error = nullptr);
    // The evaluation rules in SQL, every department: rule, evalId, unitCode and windowCode
    // of each flag as the domain functions give them, no evidence, in no particular order.
    std::optional<QList<IntegrityFlag>> evaluationFlagsBySql(const Period &period,
                                                             const IntegritySettings &settings,
                                                             StoreResult *error = nullptr);

    // SQL candidates (evaluation ids, sorted), each mirroring one domain function.
    std::optional<QStringList> staffEvaluatorIds(const Period &period,
                                                 StoreResult *error = nullptr);
    std::optional<QStringList> repeatEvaluatorIds(const Period &period,
                                                  const IntegritySettings &settings,
                                                  StoreResult *error = nullptr);
    std::optional<QStringList> levelFiveBurstIds(const Period &period,
                                                 const IntegritySettings &settings,
                                                 StoreResult *error = nullptr);
    std::optional<QStringList> evaluatedBeforeFinishIds(const Period &period,
                                                        StoreResult *error = nullptr);

private:
    std::optional<QList<IntegrityEvaluation>> evaluations(const Period &period, StoreResult *error);
    std::optional<QList<StaffPhone>> staffPhones(StoreResult *error);
    std::optional<QList<FollowUpCall>> followUpCalls(const Period &period, StoreResult *error);
    std::optional<IntegrityInput> rows(const Period &period, StoreResult &r);
    // evaluationFlags() computed: the SQL rules and the follow-up rule, sorted.
    std::optional<QList<IntegrityFlag>>
    evaluationRules(const Period &period, const IntegritySettings &settings, StoreResult *error);
    // The flags of a candidate statement's rows (rule, eval_id, dept_code, window_code).
    std::optional<QList<IntegrityFlag>> candidates(const QString &sql, const Period &period,
                                                   StoreResult *error);
    std::optional<QStringList> ids(IntegrityRule rule, const IntegritySettings &settings,
                                   const Period &period, StoreResult *error);

    CacheDatabase &m_cache;
};

} // namespace pingjia
