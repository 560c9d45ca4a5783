// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Every figure a bulletin states, gathered once from the cache (BulletinFactsQuery) and
// turned into text by BulletinAssembler. Indicator and ranking figures are copied from
// the rankings engine as it reports them (one source for the bulletin, the rankings page
// and `pingjia rankings`); nothing here recomputes a formula.

#include "models/domain/IntegrityRules.h"
#include "models/reports/BulletinHandling.h"
#include "models/reports/BulletinTypicalCases.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace pingjia {

// One period's headline indicators of the scope (DESIGN.md §3). Rates are fractions
// (0.9812), satisfaction a mean level (4.62); nullopt where the period has no data.
struct BulletinIndicators {
    qint64 evaluations = 0; // valid evaluations received in the period
    qint64 invalid = 0;     // invalid ones (level 1–2 without text), counted apart
    std::optional<double> coverage;
    std::optional<double> satisfaction;     // mean level, 7-day defaults included
    std::optional<double> satisfactionRate; // 满意率
    std::optional<double> goodRate;
    std::optional<double> badRate;
    std::optional<double> verifiedOnTime;
    std::optional<double> rectifiedOnTime;
    bool hasData() const { return evaluations > 0 || invalid > 0; }
};

struct BulletinChannelCount {
    QString code;
    QString name; // the platform's label
    qint64 evaluations = 0;
};

struct BulletinTrendPoint {
    QDate month;
    qint64 evaluations = 0;
    std::optional<double> satisfactionRate;
    std::optional<double> badRate;
};

// A unit as the rankings engine ranks it.
struct BulletinRankedUnit {
    std::optional<int> rank; // nullopt: below the minimum sample, listed not ranked
    QString code;
    QString name;
    qint64 evaluations = 0;
    std::optional<double> satisfaction;
    std::optional<double> satisfactionRate;
    std::optional<double> goodRate;
    std::optional<double> badRate;
    std::optional<double> coverage;
    std::optional<double> score; // composite score
    int lastPeriods = 0;         // consecutive periods flagged 连续排名靠后 (0: not flagged)
};

struct BulletinRankingFacts {
    QList<BulletinRankedUnit> units; // ranked ones in rank order, then below-minimum ones
    int minimumSample = 0;
    int flaggedAfterPeriods = 0; // M of "bottom K for M periods"
    QStringList formulas;        // "good rate = levels 4–5 ÷ valid", … (notes sheet)
};

// One department's review-integrity flags of the month (IntegrityQuery, issue 14) and the
// office's verdicts on them. Internal version only: the public one never prints them.
struct BulletinIntegrityCount {
    QString deptCode;
    QString deptName;
    QMap<IntegrityRule, qint64> byRule; // rules with at least one flag
    qint64 flags = 0;                   // all rules
    qint64 confirmed = 0;               // verdict "confirmed" (padding found)
    qint64 cleared = 0;                 // verdict "cleared" (nothing wrong)
};

struct BulletinIntegrityFacts {
    bool checked = false; // false: not gathered (a public bulletin), nothing to print
    QList<BulletinIntegrityCount> departments; // with at least one flag, most flags first
};

struct BulletinFacts {
    QDate month;       // first day
    QString scope;     // center code, empty = whole cache
    QString scopeName; // "全市" or the center's name
    BulletinIndicators current;
    std::optional<BulletinIndicators> previousMonth;
    std::optional<BulletinIndicators> lastYear;
    QList<BulletinChannelCount> channels; // most first
    QList<BulletinTrendPoint> trend;      // 12 months ending with `month`
    BulletinRankingFacts departments;
    BulletinHandlingFacts handling;
    BulletinProblemFacts problems;
    QList<BulletinTypicalCase> typicalCases; // the chosen ones, in the user's order
    BulletinIntegrityFacts integrity;        // internal version only
    QStringList redactions; // staff and window names: never printed in the public version
};

} // namespace pingjia
