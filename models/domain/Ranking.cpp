// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/Ranking.h"

#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace pingjia {

namespace {

// Scores equal when they show the same to two decimals.
qint64 scoreKey(double score)
{
    return qint64(std::llround(score * 100.0));
}

struct Component {
    double weight;
    qint64 successes;
    qint64 trials;
};

bool readNumber(const QJsonObject &json, const char *key, double min, double max, double *out,
                QString *error)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max) {
        if (error) {
            *error = Ranking::tr("Ranking setting \"%1\" must be a number from %2 to %3.")
                         .arg(QLatin1String(key))
                         .arg(min)
                         .arg(max);
        }
        return false;
    }
    *out = v.toDouble();
    return true;
}

bool readInt(const QJsonObject &json, const char *key, int min, int max, int *out, QString *error)
{
    double v = *out;
    if (!readNumber(json, key, min, max, &v, error))
        return false;
    if (v != std::floor(v)) {
        if (error) {
            *error = Ranking::tr("Ranking setting \"%1\" must be a whole number.")
                         .arg(QLatin1String(key));
        }
        return false;
    }
    *out = int(v);
    return true;
}

// Ranks of `codes` under `counts` (missing codes count zeros), by code.
QHash<QString, std::optional<int>> ranksOf(const QStringList &codes,
                                           const QHash<QString, UnitCounts> &counts,
                                           const RankingSettings &settings, int *rankedUnits)
{
    QList<std::optional<double>> scores;
    for (const QString &code : codes) {
        const UnitCounts c = counts.value(code);
        scores << (c.validEvaluations >= settings.minimumSample ? compositeScore(c, settings)
                                                                : std::nullopt);
    }
    const QList<std::optional<int>> ranks = competitionRanks(scores);
    QHash<QString, std::optional<int>> byCode;
    *rankedUnits = 0;
    for (qsizetype i = 0; i < codes.size(); ++i) {
        byCode.insert(codes[i], ranks[i]);
        if (ranks[i])
            ++*rankedUnits;
    }
    return byCode;
}

} // namespace

std::optional<RankingSettings> RankingSettings::fromJson(const QJsonObject &json, QString *error)
{
    RankingSettings s;
    const QJsonObject w = json.value(QStringLiteral("weights")).toObject();
    if (!readNumber(w, "satisfactionRate", 0, 1000, &s.weights.satisfactionRate, error) ||
        !readNumber(w, "goodRate", 0, 1000, &s.weights.goodRate, error) ||
        !readNumber(w, "badRate", 0, 1000, &s.weights.badRate, error) ||
        !readNumber(w, "coverage", 0, 1000, &s.weights.coverage, error) ||
        !readNumber(w, "verifiedOnTime", 0, 1000, &s.weights.verifiedOnTime, error) ||
        !readNumber(w, "rectifiedOnTime", 0, 1000, &s.weights.rectifiedOnTime, error) ||
        !readInt(json, "minimumSample", 0, 1000000, &s.minimumSample, error) ||
        !readInt(json, "bottomK", 1, 1000, &s.bottomK, error) ||
        !readInt(json, "consecutiveM", 1, 36, &s.consecutiveM, error) ||
        !readNumber(json, "z", 0, 5, &s.z, error))
        return std::nullopt;
    return s;
}

QJsonObject RankingSettings::toJson() const
{
    return {{QStringLiteral("weights"),
             QJsonObject{{QStringLiteral("satisfactionRate"), weights.satisfactionRate},
                         {QStringLiteral("goodRate"), weights.goodRate},
                         {QStringLiteral("badRate"), weights.badRate},
                         {QStringLiteral("coverage"), weights.coverage},
                         {QStringLiteral("verifiedOnTime"), weights.verifiedOnTime},
                         {QStringLiteral("rectifiedOnTime"), weights.rectifiedOnTime}}},
            {QStringLiteral("minimumSample"), minimumSample},
            {QStringLiteral("bottomK"), bottomK},
            {QStringLiteral("consecutiveM"), consecutiveM},
            {QStringLiteral("z"), z}};
}

double wilsonLowerBound(qint64 successes, qint64 trials, double z)
{
    if (trials <= 0)
        return 0.0;
    const double n = double(trials);
    const double p = double(successes) / n;
    const double z2 = z * z;
    const double centre = p + z2 / (2 * n);
    const double margin = z * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    return std::max(0.0, (centre - margin) / (1 + z2 / n));
}

std::optional<double> compositeScore(const UnitCounts &c, const RankingSettings &settings)
{
    const ScoreWeights &w = settings.weights;
    const qint64 judged = c.validEvaluations + c.defaultEvaluations;
    const Component components[] = {
        {w.satisfactionRate, c.level(3) + c.level(4) + c.level(5) + c.defaultEvaluations, judged},
        {w.goodRate, c.goodReviews(), c.validEvaluations},
        {w.badRate, c.validEvaluations - c.badReviews(), c.validEvaluations},
        {w.coverage, c.evaluatedCases, c.servedCases},
        {w.verifiedOnTime, c.verifiedByDeadline, c.verifyDue},
        {w.rectifiedOnTime, c.rectifiedByDeadline, c.rectificationDue},
    };
    double sum = 0, weights = 0;
    for (const Component &k : components) {
        if (k.trials <= 0 || k.weight <= 0)
            continue;
        sum += k.weight * wilsonLowerBound(k.successes, k.trials, settings.z);
        weights += k.weight;
    }
    if (weights <= 0)
        return std::nullopt;
    return 100.0 * sum / weights;
}

QList<std::optional<int>> competitionRanks(const QList<std::optional<double>> &scores)
{
    QList<qsizetype> order;
    for (qsizetype i = 0; i < scores.size(); ++i) {
        if (scores[i])
            order << i;
    }
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return scoreKey(*scores[a]) > scoreKey(*scores[b]);
    });
    QList<std::optional<int>> ranks(scores.size());
    for (qsizetype pos = 0; pos < order.size(); ++pos) {
        const bool tie =
            pos > 0 && scoreKey(*scores[order[pos]]) == scoreKey(*scores[order[pos - 1]]);
        ranks[order[pos]] = tie ? *ranks[order[pos - 1]] : int(pos) + 1;
    }
    return ranks;
}

std::optional<int> rankChange(std::optional<int> rank, std::optional<int> previousRank)
{
    if (!rank || !previousRank)
        return std::nullopt;
    return *previousRank - *rank;
}

namespace {

// The ranks of the ranked units, ascending (for counting those below a rank).
QList<int> sortedRanks(const QList<std::optional<int>> &ranks)
{
    QList<int> sorted;
    for (const auto &r : ranks) {
        if (r)
            sorted << *r;
    }
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

bool inBottomKSorted(int rank, const QList<int> &sorted, int k)
{
    const auto lower = sorted.end() - std::upper_bound(sorted.begin(), sorted.end(), rank);
    return sorted.size() > k && lower < k;
}

} // namespace

bool inBottomK(int rank, const QList<std::optional<int>> &ranks, int k)
{
    return inBottomKSorted(rank, sortedRanks(ranks), k);
}

bool flaggedFromHistory(const QList<FlagHistoryEntry> &history, int consecutiveM)
{
    if (consecutiveM <= 0 || history.size() < consecutiveM)
        return false;
    return std::all_of(history.end() - consecutiveM, history.end(),
                       [](const FlagHistoryEntry &e) { return e.inBottom; });
}

QString Ranking::belowMinimumReason(qint64 validEvaluations, int minimumSample)
{
    return tr("%1 valid evaluations (minimum sample %2)").arg(validEvaluations).arg(minimumSample);
}

void Ranking::rank(QList<RankedUnit> &units, const Period &period,
                   const QList<QHash<QString, UnitCounts>> &history,
                   const RankingSettings &settings)
{
    QStringList codes;
    QHash<QString, UnitCounts> current;
    for (const RankedUnit &u : std::as_const(units)) {
        codes << u.unitCode;
        current.insert(u.unitCode, u.counts);
    }
    // periods[0] is this one, periods[i] the i-th before it.
    QList<Period> periods{period};
    QList<QHash<QString, std::optional<int>>> ranks;
    QList<int> rankedCounts;
    QList<QList<int>> sorted;
    for (qsizetype i = 0; i <= history.size(); ++i) {
        int ranked = 0;
        ranks << ranksOf(codes, i == 0 ? current : history[i - 1], settings, &ranked);
        rankedCounts << ranked;
        sorted << sortedRanks(ranks.last().values());
        if (i > 0)
            periods << periods.last().previous();
    }
    for (RankedUnit &u : units) {
        u.score = compositeScore(u.counts, settings);
        u.belowMinimumSample = u.counts.validEvaluations < settings.minimumSample;
        u.rank = ranks[0].value(u.unitCode);
        if (u.belowMinimumSample)
            u.notRankedReason =
                belowMinimumReason(u.counts.validEvaluations, settings.minimumSample);
        u.previousRank = history.isEmpty() ? std::nullopt : ranks[1].value(u.unitCode);
        u.rankChange = rankChange(u.rank, u.previousRank);
        u.flagHistory.clear();
        const qsizetype depth = std::min<qsizetype>(settings.consecutiveM, ranks.size());
        for (qsizetype i = depth - 1; i >= 0; --i) {
            FlagHistoryEntry e;
            e.period = periods[i];
            e.rank = ranks[i].value(u.unitCode);
            e.rankedUnits = rankedCounts[i];
            e.inBottom = e.rank && inBottomKSorted(*e.rank, sorted[i], settings.bottomK);
            u.flagHistory << e;
        }
        u.flagged = flaggedFromHistory(u.flagHistory, settings.consecutiveM);
    }
    std::sort(units.begin(), units.end(), [](const RankedUnit &a, const RankedUnit &b) {
        if (a.rank.has_value() != b.rank.has_value())
            return a.rank.has_value();
        if (a.rank && *a.rank != *b.rank)
            return *a.rank < *b.rank;
        return a.unitCode < b.unitCode;
    });
}

} // namespace pingjia
