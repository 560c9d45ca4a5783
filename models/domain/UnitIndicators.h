// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The indicators of one unit and period (issue 8 "Definitions", DESIGN §3): raw counts
// (UnitCounts, summed in SQL by models/store/IndicatorQuery) and the named formulas
// turning them into rates. Every rate is std::nullopt when its denominator is 0 ("—"),
// never 0 or 100 %. One function per formula; the regulation each follows is cited.

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace pingjia {

// Counts of one unit in one period. Definitions (see README "Rankings: definitions"):
struct UnitCounts {
    // Cases, by finishDate in the period: non-withdrawn, proStatus 3.
    qint64 servedCases = 0;
    qint64 evaluatedCases = 0; // of those, with ≥ 1 non-withdrawn evaluation (valid or not)
    // Evaluations, by assessTime in the period, non-withdrawn.
    qint64 evaluations = 0;        // valid + invalid
    qint64 validEvaluations = 0;   // EvaluationValidity: Valid
    qint64 invalidEvaluations = 0; // level 1–2 without text (000 art.6)
    // 7-day defaults (000 art.6, DefaultEvaluation.h) dated finishDate + 7×24 h in the
    // period and not after "now": served cases with no non-withdrawn evaluation at all.
    qint64 defaultEvaluations = 0;
    qint64 levels[5] = {0, 0, 0, 0, 0}; // valid evaluations of level 1..5 (index level − 1)
    // Bad-review handling (platform state; local actions not yet acknowledged do not count).
    qint64 verifyDue = 0; // valid bad reviews whose verifyDeadline is in the period and ≤ now
    qint64 verifiedByDeadline = 0;  // of those, verifiedAt ≤ verifyDeadline (any outcome)
    qint64 rectificationDue = 0;    // confirmed, effective deadline in the period and ≤ now
    qint64 rectifiedByDeadline = 0; // of those, rectification completed by the deadline
    qint64 confirmedBadReviews = 0; // bad reviews assessed in the period, verifyResult confirmed
    qint64 rectifiedBadReviews = 0; // of those, now rectified or closed
    qint64 followedUp = 0;          // of those, closed (回访 done)
    qint64 followUpSatisfactionSum = 0;   // Σ follow-up satisfaction (1..5) of those followed up
    qint64 followUpSatisfactionCount = 0; // how many carry one

    qint64 level(int l) const { return l >= 1 && l <= 5 ? levels[l - 1] : 0; }
    qint64 badReviews() const { return levels[0] + levels[1]; }  // valid level 1–2
    qint64 goodReviews() const { return levels[3] + levels[4]; } // valid level 4–5

    UnitCounts &operator+=(const UnitCounts &other);
    bool operator==(const UnitCounts &) const = default;
};

// a ÷ b, or nullopt when b is 0.
std::optional<double> ratio(qint64 numerator, qint64 denominator);

// 002 问题6 评价覆盖率: evaluatedCases ÷ servedCases.
std::optional<double> coverage(const UnitCounts &c);
// DESIGN §3 好评率: levels 4–5 ÷ validEvaluations.
std::optional<double> goodRate(const UnitCounts &c);
// 差评率 as published by Shenzhen: levels 1–2 ÷ validEvaluations (invalid excluded, 000 art.6).
std::optional<double> badRate(const UnitCounts &c);
// 满意度 (000 art.6 defaults included): Σ level over valid + 3 × defaults ÷ (valid + defaults).
std::optional<double> satisfaction(const UnitCounts &c);
// 满意率: levels 3–5 + defaults ÷ (valid + defaults).
std::optional<double> satisfactionRate(const UnitCounts &c);
// 000 art.7 (24 h): verifiedByDeadline ÷ verifyDue.
std::optional<double> verifiedOnTime(const UnitCounts &c);
// 000 art.7, 003 art.35(3): rectifiedByDeadline ÷ rectificationDue.
std::optional<double> rectifiedOnTime(const UnitCounts &c);
// 整改率: rectifiedBadReviews ÷ confirmedBadReviews.
std::optional<double> rectificationRate(const UnitCounts &c);
// 003 art.35(3) 回访率: followedUp ÷ rectifiedBadReviews.
std::optional<double> followUpRate(const UnitCounts &c);
// 回访满意度: followUpSatisfactionSum ÷ followUpSatisfactionCount (1..5).
std::optional<double> followUpSatisfaction(const UnitCounts &c);

// The indicators as named columns (JSON keys, export headers, notes sheets).
enum class Indicator {
    ServedCases,
    EvaluatedCases,
    Coverage,
    Evaluations,
    ValidEvaluations,
    InvalidEvaluations,
    DefaultEvaluations,
    Level1,
    Level2,
    Level3,
    Level4,
    Level5,
    BadReviews,
    GoodRate,
    BadRate,
    Satisfaction,
    SatisfactionRate,
    VerifiedOnTime,
    RectifiedOnTime,
    RectificationRate,
    FollowUpRate,
    FollowUpSatisfaction,
    Score,
};

struct IndicatorFormula {
    Indicator indicator;
    const char *key;       // JSON key: "coverage"
    const char *nameZh;    // column name: "评价覆盖率"
    const char *nameEn;    // "Coverage"
    const char *formulaZh; // "已评价办件数 ÷ 办结件数"
    const char *formulaEn; // "evaluated cases ÷ served cases"
    const char *source;    // "000 art.6", "002 问题6", "" (seeds/*.txt)
    bool isRate;           // a fraction 0–1 (or a mean for satisfactions), null when undefined
};

// Every indicator in column order, for notes sheets and headers (texts not translated:
// both languages are given; pick by locale).
const QList<IndicatorFormula> &indicatorFormulas();
const IndicatorFormula &indicatorFormula(Indicator indicator);
// The value of an indicator (counts as double); nullopt where a rate is undefined. Score
// is not computable from counts alone (see Ranking.h) and returns nullopt.
std::optional<double> indicatorValue(Indicator indicator, const UnitCounts &c);

} // namespace pingjia
