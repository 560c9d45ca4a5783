// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/UnitIndicators.h"

#include "models/domain/DefaultEvaluation.h"

namespace pingjia {

UnitCounts &UnitCounts::operator+=(const UnitCounts &o)
{
    servedCases += o.servedCases;
    evaluatedCases += o.evaluatedCases;
    evaluations += o.evaluations;
    validEvaluations += o.validEvaluations;
    invalidEvaluations += o.invalidEvaluations;
    defaultEvaluations += o.defaultEvaluations;
    for (int i = 0; i < 5; ++i)
        levels[i] += o.levels[i];
    verifyDue += o.verifyDue;
    verifiedByDeadline += o.verifiedByDeadline;
    rectificationDue += o.rectificationDue;
    rectifiedByDeadline += o.rectifiedByDeadline;
    confirmedBadReviews += o.confirmedBadReviews;
    rectifiedBadReviews += o.rectifiedBadReviews;
    followedUp += o.followedUp;
    followUpSatisfactionSum += o.followUpSatisfactionSum;
    followUpSatisfactionCount += o.followUpSatisfactionCount;
    return *this;
}

std::optional<double> ratio(qint64 numerator, qint64 denominator)
{
    if (denominator == 0)
        return std::nullopt;
    return double(numerator) / double(denominator);
}

std::optional<double> coverage(const UnitCounts &c)
{
    return ratio(c.evaluatedCases, c.servedCases);
}

std::optional<double> goodRate(const UnitCounts &c)
{
    return ratio(c.goodReviews(), c.validEvaluations);
}

std::optional<double> badRate(const UnitCounts &c)
{
    return ratio(c.badReviews(), c.validEvaluations);
}

std::optional<double> satisfaction(const UnitCounts &c)
{
    qint64 sum = qint64(kDefaultLevel) * c.defaultEvaluations;
    for (int l = 1; l <= 5; ++l)
        sum += l * c.level(l);
    return ratio(sum, c.validEvaluations + c.defaultEvaluations);
}

std::optional<double> satisfactionRate(const UnitCounts &c)
{
    return ratio(c.level(3) + c.level(4) + c.level(5) + c.defaultEvaluations,
                 c.validEvaluations + c.defaultEvaluations);
}

std::optional<double> verifiedOnTime(const UnitCounts &c)
{
    return ratio(c.verifiedByDeadline, c.verifyDue);
}

std::optional<double> rectifiedOnTime(const UnitCounts &c)
{
    return ratio(c.rectifiedByDeadline, c.rectificationDue);
}

std::optional<double> rectificationRate(const UnitCounts &c)
{
    return ratio(c.rectifiedBadReviews, c.confirmedBadReviews);
}

std::optional<double> followUpRate(const UnitCounts &c)
{
    return ratio(c.followedUp, c.rectifiedBadReviews);
}

std::optional<double> followUpSatisfaction(const UnitCounts &c)
{
    return ratio(c.followUpSatisfactionSum, c.followUpSatisfactionCount);
}

const QList<IndicatorFormula> &indicatorFormulas()
{
    using I = Indicator;
    static const QList<IndicatorFormula> table = {
        {I::ServedCases, "servedCases", "办结件数", "Served cases",
         "统计期内办结（proStatus 3）且未撤回的办件数，按办结时间",
         "non-withdrawn cases with "
         "proStatus 3 whose finishDate is in the period",
         "", false},
        {I::EvaluatedCases, "evaluatedCases", "已评价办件数", "Evaluated cases",
         "上述办件中至少有一条未撤回评价（有效或无效）的件数",
         "of the served cases, those with at least one non-withdrawn evaluation", "002 问题6",
         false},
        {I::Coverage, "coverage", "评价覆盖率", "Coverage", "已评价办件数 ÷ 办结件数",
         "evaluated cases ÷ served cases", "002 问题6", true},
        {I::Evaluations, "evaluations", "评价数", "Evaluations",
         "统计期内（按评价时间）未撤回的评价数，含无效评价",
         "non-withdrawn evaluations whose assessTime is in the period, invalid included", "",
         false},
        {I::ValidEvaluations, "validEvaluations", "有效评价数", "Valid evaluations",
         "评价数 − 无效评价数", "evaluations − invalid evaluations", "000 第六条", false},
        {I::InvalidEvaluations, "invalidEvaluations", "无效评价数", "Invalid evaluations",
         "不满意、非常不满意且无文字说明的评价", "level 1–2 evaluations without text", "000 第六条",
         false},
        {I::DefaultEvaluations, "defaultEvaluations", "默认评价数", "Default evaluations",
         "办结满7×24小时仍无任何评价的办件，按“基本满意”计入，日期为办结时间+7×24小时",
         "served cases with no evaluation 7×24 h after finishDate, counted as level 3 dated "
         "finishDate + 7×24 h",
         "000 第六条", false},
        {I::Level1, "level1", "非常不满意", "Level 1", "有效评价中非常不满意的条数",
         "valid evaluations of level 1", "000 第六条", false},
        {I::Level2, "level2", "不满意", "Level 2", "有效评价中不满意的条数",
         "valid evaluations of level 2", "000 第六条", false},
        {I::Level3, "level3", "基本满意", "Level 3", "有效评价中基本满意的条数（不含默认评价）",
         "valid evaluations of level 3 (defaults not included)", "000 第六条", false},
        {I::Level4, "level4", "满意", "Level 4", "有效评价中满意的条数",
         "valid evaluations of level 4", "000 第六条", false},
        {I::Level5, "level5", "非常满意", "Level 5", "有效评价中非常满意的条数",
         "valid evaluations of level 5", "000 第六条", false},
        {I::BadReviews, "badReviews", "差评数", "Bad reviews", "有效评价中不满意、非常不满意的条数",
         "valid level 1–2 evaluations", "000 第六条", false},
        {I::GoodRate, "goodRate", "好评率", "Good rate", "（满意 + 非常满意）÷ 有效评价数",
         "levels 4–5 ÷ valid evaluations", "", true},
        {I::BadRate, "badRate", "差评率", "Bad rate", "（不满意 + 非常不满意）÷ 有效评价数",
         "levels 1–2 ÷ valid evaluations", "", true},
        {I::Satisfaction, "satisfaction", "满意度（含默认评价）",
         "Satisfaction (defaults included)",
         "（Σ有效评价等级 + 3 × 默认评价数）÷（有效评价数 + 默认评价数），1–5分",
         "(Σ level of valid evaluations + 3 × defaults) ÷ (valid + defaults), 1–5", "000 第六条",
         true},
        {I::SatisfactionRate, "satisfactionRate", "满意率（含默认评价）",
         "Satisfaction rate (defaults included)",
         "（基本满意 + 满意 + 非常满意 + 默认评价数）÷（有效评价数 + 默认评价数）",
         "(levels 3–5 + defaults) ÷ (valid + defaults)", "000 第六条", true},
        {I::VerifiedOnTime, "verifiedOnTime", "按时核实率", "Verified on time",
         "核实期限在统计期内且已到期的差评中，在期限前完成核实（任一结论）的比例",
         "bad reviews whose verify deadline is in the period and has passed, verified (any "
         "outcome) by it ÷ those due",
         "000 第七条", true},
        {I::RectifiedOnTime, "rectifiedOnTime", "按期整改率", "Rectified on time",
         "核实属实、整改期限（获批延期的以延期为准）在统计期内且已到期的差评中，在期限前整改完成的"
         "比例",
         "confirmed bad reviews whose effective deadline is in the period and has passed, "
         "rectified by it ÷ those due",
         "000 第七条；003 第三十五条", true},
        {I::RectificationRate, "rectificationRate", "整改率", "Rectification rate",
         "统计期内（按评价时间）核实属实的差评中，现已整改完成或已回访的比例",
         "confirmed bad reviews of the period now rectified or closed ÷ confirmed", "000 第七条",
         true},
        {I::FollowUpRate, "followUpRate", "回访率", "Follow-up rate", "已回访 ÷ 已整改完成",
         "followed up ÷ rectified (bad reviews of the period)", "003 第三十五条", true},
        {I::FollowUpSatisfaction, "followUpSatisfaction", "回访满意度", "Follow-up satisfaction",
         "回访时评价人对整改结果的满意度均值，1–5分",
         "mean satisfaction given at the follow-up visit, 1–5", "003 第三十五条", true},
        {I::Score, "score", "综合得分", "Score",
         "各项比率经小样本修正（Wilson 95% 下限）后加权平均×100，权重见设置",
         "weighted mean × 100 of the rates after small-sample smoothing (Wilson lower bound "
         "at 95 %), weights in settings",
         "000 第八至十条", true},
    };
    return table;
}

const IndicatorFormula &indicatorFormula(Indicator indicator)
{
    return indicatorFormulas().at(int(indicator));
}

std::optional<double> indicatorValue(Indicator indicator, const UnitCounts &c)
{
    using I = Indicator;
    switch (indicator) {
    case I::ServedCases:
        return double(c.servedCases);
    case I::EvaluatedCases:
        return double(c.evaluatedCases);
    case I::Coverage:
        return coverage(c);
    case I::Evaluations:
        return double(c.evaluations);
    case I::ValidEvaluations:
        return double(c.validEvaluations);
    case I::InvalidEvaluations:
        return double(c.invalidEvaluations);
    case I::DefaultEvaluations:
        return double(c.defaultEvaluations);
    case I::Level1:
    case I::Level2:
    case I::Level3:
    case I::Level4:
    case I::Level5:
        return double(c.level(int(indicator) - int(I::Level1) + 1));
    case I::BadReviews:
        return double(c.badReviews());
    case I::GoodRate:
        return goodRate(c);
    case I::BadRate:
        return badRate(c);
    case I::Satisfaction:
        return satisfaction(c);
    case I::SatisfactionRate:
        return satisfactionRate(c);
    case I::VerifiedOnTime:
        return verifiedOnTime(c);
    case I::RectifiedOnTime:
        return rectifiedOnTime(c);
    case I::RectificationRate:
        return rectificationRate(c);
    case I::FollowUpRate:
        return followUpRate(c);
    case I::FollowUpSatisfaction:
        return followUpSatisfaction(c);
    case I::Score:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace pingjia
