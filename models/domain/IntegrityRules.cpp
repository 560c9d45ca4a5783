// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/IntegrityRules.h"

#include "models/domain/Ranking.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>

namespace pingjia {

namespace {

constexpr std::array<std::pair<IntegrityRule, const char *>, 6> kNames = {{
    {IntegrityRule::StaffEvaluator, "staffEvaluator"},
    {IntegrityRule::RepeatEvaluator, "repeatEvaluator"},
    {IntegrityRule::LevelFiveBurst, "levelFiveBurst"},
    {IntegrityRule::FollowUpStaffPhone, "followUpStaffPhone"},
    {IntegrityRule::CeilingLowCoverage, "ceilingLowCoverage"},
    {IntegrityRule::EvaluatedBeforeFinish, "evaluatedBeforeFinish"},
}};

QString stamp(const QDateTime &t)
{
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

IntegrityFlag flagFor(IntegrityRule rule, const IntegrityEvaluation &e, QVariantMap evidence)
{
    return IntegrityFlag{rule, e.evalId, e.deptCode, e.windowCode, std::move(evidence)};
}

// The evaluator's identity for counting: the ID number when given, else the mobile.
std::optional<qint64> evaluatorKey(const IntegrityEvaluation &e)
{
    return e.certHash ? e.certHash : e.mobileHash;
}

} // namespace

QString toString(IntegrityRule rule)
{
    for (const auto &[r, name] : kNames) {
        if (r == rule)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<IntegrityRule> integrityRuleFromString(const QString &name)
{
    for (const auto &[r, n] : kNames) {
        if (name == QLatin1String(n))
            return r;
    }
    return std::nullopt;
}

QList<IntegrityRule> allIntegrityRules()
{
    QList<IntegrityRule> out;
    for (const auto &entry : kNames)
        out.append(entry.first);
    return out;
}

IntegritySettings IntegritySettings::fromMap(const QVariantMap &v)
{
    IntegritySettings s;
    s.repeatMinCases = v.value(QStringLiteral("repeatMinCases"), s.repeatMinCases).toInt();
    s.burstMinCount = v.value(QStringLiteral("burstMinCount"), s.burstMinCount).toInt();
    s.burstMinutes = v.value(QStringLiteral("burstMinutes"), s.burstMinutes).toInt();
    s.ceilingGoodRate = v.value(QStringLiteral("ceilingGoodRate"), s.ceilingGoodRate).toDouble();
    s.ceilingMaxCoverage =
        v.value(QStringLiteral("ceilingMaxCoverage"), s.ceilingMaxCoverage).toDouble();
    s.ceilingMinEvaluations =
        v.value(QStringLiteral("ceilingMinEvaluations"), s.ceilingMinEvaluations).toInt();
    // A threshold below its meaningful range would flag everything: keep the default.
    if (s.repeatMinCases < 2)
        s.repeatMinCases = IntegritySettings().repeatMinCases;
    if (s.burstMinCount < 2)
        s.burstMinCount = IntegritySettings().burstMinCount;
    if (s.burstMinutes < 1)
        s.burstMinutes = IntegritySettings().burstMinutes;
    if (s.ceilingMinEvaluations < 1)
        s.ceilingMinEvaluations = IntegritySettings().ceilingMinEvaluations;
    return s;
}

double wilsonUpperBound(qint64 successes, qint64 trials, double z)
{
    if (trials <= 0)
        return 1;
    return 1 - wilsonLowerBound(trials - successes, trials, z);
}

QList<IntegrityFlag> staffEvaluatorFlags(const QList<IntegrityEvaluation> &evaluations,
                                         const QList<StaffPhone> &staff)
{
    // (center, phone hash) → the staff member's org; a center's own staff only.
    QHash<QPair<QString, qint64>, QString> phones;
    for (const StaffPhone &s : staff)
        phones.insert({s.centerCode, s.mobileHash}, s.orgCode);
    QList<IntegrityFlag> out;
    for (const IntegrityEvaluation &e : evaluations) {
        if (!e.mobileHash)
            continue;
        const auto it = phones.constFind({e.centerCode, *e.mobileHash});
        if (it != phones.cend())
            out.append(flagFor(IntegrityRule::StaffEvaluator, e,
                               {{QStringLiteral("centerCode"), e.centerCode},
                                {QStringLiteral("staffOrgCode"), *it},
                                {QStringLiteral("level"), e.level}}));
    }
    return out;
}

QList<IntegrityFlag> repeatEvaluatorFlags(const QList<IntegrityEvaluation> &evaluations,
                                          const IntegritySettings &settings)
{
    QHash<qint64, QList<int>> byEvaluator;
    for (int i = 0; i < evaluations.size(); ++i) {
        if (const auto key = evaluatorKey(evaluations.at(i)))
            byEvaluator[*key].append(i);
    }
    QList<IntegrityFlag> out;
    for (const QList<int> &rows : std::as_const(byEvaluator)) {
        QSet<QString> cases;
        for (int i : rows)
            cases.insert(evaluations.at(i).projectNo);
        if (cases.size() < settings.repeatMinCases)
            continue;
        // The group is named by its first evaluation, so the items can be shown together.
        QString first = evaluations.at(rows.first()).evalId;
        for (int i : rows)
            first = std::min(first, evaluations.at(i).evalId);
        for (int i : rows)
            out.append(flagFor(IntegrityRule::RepeatEvaluator, evaluations.at(i),
                               {{QStringLiteral("cases"), qint64(cases.size())},
                                {QStringLiteral("group"), first}}));
    }
    return out;
}

QList<IntegrityFlag> levelFiveBurstFlags(const QList<IntegrityEvaluation> &evaluations,
                                         const IntegritySettings &settings)
{
    QHash<QString, QList<int>> byWindow;
    for (int i = 0; i < evaluations.size(); ++i) {
        const IntegrityEvaluation &e = evaluations.at(i);
        if (e.level == 5 && e.valid && !e.windowCode.isEmpty() && e.assessTime.isValid())
            byWindow[e.windowCode].append(i);
    }
    const qint64 span = qint64(settings.burstMinutes) * 60;
    QList<IntegrityFlag> out;
    for (QList<int> rows : std::as_const(byWindow)) {
        if (rows.size() < settings.burstMinCount)
            continue;
        std::sort(rows.begin(), rows.end(), [&](int a, int b) {
            return evaluations.at(a).assessTime < evaluations.at(b).assessTime;
        });
        // Mark every evaluation inside some span of burstMinutes holding burstMinCount.
        QList<bool> marked(rows.size(), false);
        int start = 0;
        for (int end = 0; end < rows.size(); ++end) {
            const QDateTime &t = evaluations.at(rows.at(end)).assessTime;
            while (evaluations.at(rows.at(start)).assessTime.secsTo(t) > span)
                ++start;
            if (end - start + 1 >= settings.burstMinCount)
                std::fill(marked.begin() + start, marked.begin() + end + 1, true);
        }
        for (int k = 0; k < rows.size(); ++k) {
            if (!marked.at(k))
                continue;
            // Evidence: the run of marked evaluations this one belongs to.
            int a = k, b = k;
            while (a > 0 && marked.at(a - 1))
                --a;
            while (b + 1 < rows.size() && marked.at(b + 1))
                ++b;
            const IntegrityEvaluation &e = evaluations.at(rows.at(k));
            out.append(
                flagFor(IntegrityRule::LevelFiveBurst, e,
                        {{QStringLiteral("windowCode"), e.windowCode},
                         {QStringLiteral("count"), b - a + 1},
                         {QStringLiteral("from"), stamp(evaluations.at(rows.at(a)).assessTime)},
                         {QStringLiteral("to"), stamp(evaluations.at(rows.at(b)).assessTime)}}));
        }
    }
    return out;
}

QList<IntegrityFlag> followUpStaffPhoneFlags(const QList<FollowUpCall> &calls,
                                             const QList<StaffPhone> &staff)
{
    QHash<qint64, QString> phones; // any staff member's phone, any center
    for (const StaffPhone &s : staff)
        phones.insert(s.mobileHash, s.orgCode);
    QList<IntegrityFlag> out;
    for (const FollowUpCall &c : calls) {
        const auto it = phones.constFind(c.phoneHash);
        if (it != phones.cend())
            out.append(IntegrityFlag{IntegrityRule::FollowUpStaffPhone,
                                     c.evalId,
                                     c.deptCode,
                                     {},
                                     {{QStringLiteral("staffOrgCode"), *it}}});
    }
    return out;
}

QList<IntegrityFlag> ceilingLowCoverageFlags(const QList<IntegrityUnit> &units,
                                             const IntegritySettings &settings)
{
    QList<IntegrityFlag> out;
    for (const IntegrityUnit &u : units) {
        const UnitCounts &c = u.counts;
        const auto good = goodRate(c);
        const auto cov = coverage(c);
        if (!good || !cov || c.validEvaluations < settings.ceilingMinEvaluations)
            continue;
        const double upper = wilsonUpperBound(c.evaluatedCases, c.servedCases);
        if (*good < settings.ceilingGoodRate || upper > settings.ceilingMaxCoverage)
            continue;
        out.append(IntegrityFlag{IntegrityRule::CeilingLowCoverage,
                                 {},
                                 u.unitCode,
                                 {},
                                 {{QStringLiteral("goodRate"), *good},
                                  {QStringLiteral("coverage"), *cov},
                                  {QStringLiteral("coverageUpperBound"), upper},
                                  {QStringLiteral("servedCases"), c.servedCases},
                                  {QStringLiteral("validEvaluations"), c.validEvaluations}}});
    }
    return out;
}

QList<IntegrityFlag> evaluatedBeforeFinishFlags(const QList<IntegrityEvaluation> &evaluations)
{
    QList<IntegrityFlag> out;
    for (const IntegrityEvaluation &e : evaluations) {
        if (!e.caseFinish.isValid() || !e.assessTime.isValid() || e.assessTime >= e.caseFinish)
            continue;
        out.append(
            flagFor(IntegrityRule::EvaluatedBeforeFinish, e,
                    {{QStringLiteral("assessTime"), stamp(e.assessTime)},
                     {QStringLiteral("finishDate"), stamp(e.caseFinish)},
                     {QStringLiteral("minutesBefore"), e.assessTime.secsTo(e.caseFinish) / 60}}));
    }
    return out;
}

QString IntegrityText::ruleName(IntegrityRule rule)
{
    switch (rule) {
    case IntegrityRule::StaffEvaluator:
        return tr("Evaluator is staff of the center");
    case IntegrityRule::RepeatEvaluator:
        return tr("One evaluator, many cases");
    case IntegrityRule::LevelFiveBurst:
        return tr("Burst of top ratings on one window");
    case IntegrityRule::FollowUpStaffPhone:
        return tr("Follow-up visit on a staff phone");
    case IntegrityRule::CeilingLowCoverage:
        return tr("Good rate at the ceiling, coverage low");
    case IntegrityRule::EvaluatedBeforeFinish:
        return tr("Evaluated before the case was finished");
    }
    return {};
}

QString IntegrityText::explanation(const IntegrityFlag &f)
{
    const QVariantMap &v = f.evidence;
    switch (f.rule) {
    case IntegrityRule::StaffEvaluator:
        return tr("The evaluator's mobile number is the phone of a staff member of %1 (%2): "
                  "staff may be rating their own colleagues.")
            .arg(v.value(QStringLiteral("centerCode")).toString(),
                 v.value(QStringLiteral("staffOrgCode")).toString());
    case IntegrityRule::RepeatEvaluator:
        return tr("The same evaluator rated %1 different cases in the period.")
            .arg(v.value(QStringLiteral("cases")).toLongLong());
    case IntegrityRule::LevelFiveBurst:
        return tr("%1 top ratings on window %2 between %3 and %4.")
            .arg(v.value(QStringLiteral("count")).toLongLong())
            .arg(v.value(QStringLiteral("windowCode")).toString(),
                 v.value(QStringLiteral("from")).toString(),
                 v.value(QStringLiteral("to")).toString());
    case IntegrityRule::FollowUpStaffPhone:
        return tr("The follow-up visit reached a phone of a staff member (%1), not the "
                  "evaluator.")
            .arg(v.value(QStringLiteral("staffOrgCode")).toString());
    case IntegrityRule::CeilingLowCoverage:
        return tr("Good rate %1 % with a coverage of only %2 % (%3 served cases): good "
                  "reviews may be collected selectively.")
            .arg(v.value(QStringLiteral("goodRate")).toDouble() * 100, 0, 'f', 1)
            .arg(v.value(QStringLiteral("coverage")).toDouble() * 100, 0, 'f', 1)
            .arg(v.value(QStringLiteral("servedCases")).toLongLong());
    case IntegrityRule::EvaluatedBeforeFinish:
        return tr("Evaluated at %1, %2 minutes before the case was finished (%3).")
            .arg(v.value(QStringLiteral("assessTime")).toString())
            .arg(v.value(QStringLiteral("minutesBefore")).toLongLong())
            .arg(v.value(QStringLiteral("finishDate")).toString());
    }
    return {};
}

} // namespace pingjia
