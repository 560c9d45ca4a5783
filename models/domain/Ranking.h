// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Composite score, competition ranking and the 连续排名靠后 flag (000 art.8–10 "定期通报…
// 连续排名靠后"; DESIGN §3). Pure functions over UnitCounts; the store supplies the
// counts of the period and of the periods before it.

#include "models/domain/Period.h"
#include "models/domain/UnitIndicators.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pingjia {

// Weights of the composite score. No public system publishes its weights (the one open
// 好差评 console's 考核得分 column is empty), so these defaults are ours, explained in
// README "Rankings: definitions": the evaluators' verdict first (satisfactionRate,
// goodRate, badRate: 70), coverage (002 问题6 names it a headline figure: 10), and the
// handling time limits of 000 art.7 (verify 10, rectify 10).
struct ScoreWeights {
    double satisfactionRate = 30;
    double goodRate = 20;
    double badRate = 20; // enters as (1 − badRate)
    double coverage = 10;
    double verifiedOnTime = 10;
    double rectifiedOnTime = 10;
    bool operator==(const ScoreWeights &) const = default;
};

struct RankingSettings {
    ScoreWeights weights;
    int minimumSample = 30; // valid evaluations needed to be ranked
    int bottomK = 3;        // "bottom K" of the ranked units …
    int consecutiveM = 3;   // … for M consecutive periods of the same kind → flagged
    double z = 1.96;        // Wilson interval at 95 %

    // The local-work setting that stores them (JSON, toJson()).
    static constexpr auto kSettingKey = "rankings/settings";
    // Missing keys keep the defaults; bad values: nullopt and a translated message.
    static std::optional<RankingSettings> fromJson(const QJsonObject &json,
                                                   QString *error = nullptr);
    QJsonObject toJson() const;
    bool operator==(const RankingSettings &) const = default;
};

// Lower bound of the Wilson score interval for `successes` of `trials` (0 when trials
// is 0): a small sample's rate is pulled towards 0, so two level-5 reviews (1.0 raw,
// 0.34 smoothed) cannot top a unit with 980 of 1000 (0.97 smoothed).
double wilsonLowerBound(qint64 successes, qint64 trials, double z = 1.96);

// Composite score 0–100: Σ wᵢ·sᵢ ÷ Σ wᵢ × 100 over the components sᵢ whose denominator
// is not 0, each smoothed with wilsonLowerBound: satisfactionRate (levels 3–5 and
// defaults of valid + defaults), goodRate, 1 − badRate (non-bad of valid), coverage,
// verifiedOnTime, rectifiedOnTime. nullopt when no component is defined.
std::optional<double> compositeScore(const UnitCounts &counts, const RankingSettings &settings);

// Competition ranking ("1224"): higher score first; scores equal when they round to the
// same hundredth (what the table shows). nullopt entries are not ranked.
QList<std::optional<int>> competitionRanks(const QList<std::optional<double>> &scores);

// Rank change against the previous period: previousRank − rank (positive = moved up);
// nullopt when either is missing.
std::optional<int> rankChange(std::optional<int> rank, std::optional<int> previousRank);

// In the bottom K of the ranked units: fewer than K ranked units score strictly lower
// (ties at the boundary are all in). No one is, when K ≥ the number of ranked units.
bool inBottomK(int rank, const QList<std::optional<int>> &ranks, int k);

// One period of a unit's flag history (oldest first in RankedUnit::flagHistory).
struct FlagHistoryEntry {
    Period period;
    std::optional<int> rank; // nullopt: not ranked that period
    int rankedUnits = 0;
    bool inBottom = false;
    bool operator==(const FlagHistoryEntry &) const = default;
};

// Flagged (连续排名靠后) when the last M entries (the period itself and the M − 1 before
// it) are all inBottom. The periods run back across year boundaries.
bool flaggedFromHistory(const QList<FlagHistoryEntry> &history, int consecutiveM);

struct RankedUnit {
    QString unitCode;
    QString unitName; // empty while the org has not synced (show the code)
    UnitCounts counts;
    std::optional<double> score; // 0–100, also for units below the minimum sample
    std::optional<int> rank;     // nullopt: below the minimum sample, or no score
    std::optional<int> previousRank;
    std::optional<int> rankChange;
    bool flagged = false;
    QList<FlagHistoryEntry> flagHistory; // the M periods ending with this one, oldest first
    bool belowMinimumSample = false;
    QString notRankedReason; // translated, e.g. "12 valid evaluations, fewer than 30"
    // Review integrity (issue 14): the unit's evaluations of the period that an evaluation
    // rule of IntegrityRules.h flagged (each counted once); nullopt when not counted.
    std::optional<qint64> flaggedEvaluations;
};

class Ranking {
    Q_DECLARE_TR_FUNCTIONS(pingjia::Ranking)
public:
    // Scores and ranks `units` (counts of `period` filled in) in place, sorted by rank
    // (unranked last, then by unit code). `history` holds, per earlier period of the same
    // kind (previous first: period.previous(), its previous, …), the counts of every unit
    // by code; those periods are ranked the same way for rankChange and the flag.
    static void rank(QList<RankedUnit> &units, const Period &period,
                     const QList<QHash<QString, UnitCounts>> &history,
                     const RankingSettings &settings);
    // The reason text for a unit below the minimum sample (translated).
    static QString belowMinimumReason(qint64 validEvaluations, int minimumSample);
};

} // namespace pingjia
