// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reports/BulletinFactsQuery.h"

#include "models/domain/Period.h"
#include "models/domain/UnitIndicators.h"
#include "models/domain/UnitLevel.h"
#include "models/reports/BulletinIntegrity.h"
#include "models/store/BadReviewQuery.h"
#include "models/store/CacheDatabase.h"
#include "models/store/CacheReader.h"
#include "models/store/IndicatorQuery.h"
#include "models/store/IntegrityQuery.h"
#include "models/store/LocalWorkDatabase.h"
#include "models/store/LocalWorkStore.h"
#include "models/store/MappedReads.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QThread>

namespace pingjia {

namespace {

StoreResult cancelledResult()
{
    return StoreResult::failure(StoreErrorKind::Sql,
                                BulletinFactsQuery::tr("The bulletin was cancelled."));
}

// The indicators as the rankings engine defines them (UnitIndicators.h).
BulletinIndicators indicatorsOf(const UnitCounts &c)
{
    BulletinIndicators i;
    i.evaluations = c.validEvaluations;
    i.invalid = c.invalidEvaluations;
    i.coverage = coverage(c);
    i.satisfaction = satisfaction(c);
    i.satisfactionRate = satisfactionRate(c);
    i.goodRate = goodRate(c);
    i.badRate = badRate(c);
    i.verifiedOnTime = verifiedOnTime(c);
    i.rectifiedOnTime = rectifiedOnTime(c);
    return i;
}

// How many periods in a row, ending with this one, the unit was in the bottom K.
int bottomStreak(const RankedUnit &u)
{
    if (!u.flagged)
        return 0;
    int n = 0;
    for (auto it = u.flagHistory.crbegin(); it != u.flagHistory.crend() && it->inBottom; ++it)
        ++n;
    return n;
}

BulletinRankedUnit rankedUnitOf(const RankedUnit &u)
{
    BulletinRankedUnit r;
    r.rank = u.rank;
    r.code = u.unitCode;
    r.name = u.unitName.isEmpty() ? u.unitCode : u.unitName;
    r.evaluations = u.counts.validEvaluations;
    r.satisfaction = satisfaction(u.counts);
    r.satisfactionRate = satisfactionRate(u.counts);
    r.goodRate = goodRate(u.counts);
    r.badRate = badRate(u.counts);
    r.coverage = coverage(u.counts);
    r.score = u.score;
    r.lastPeriods = bottomStreak(u);
    return r;
}

// The formulas of the 附件's columns, as the rankings engine names them.
QStringList rankingFormulas()
{
    auto f = [](Indicator i) {
        const IndicatorFormula &x = indicatorFormula(i);
        return QString::fromUtf8(x.nameZh) + QStringLiteral(" = ") + QString::fromUtf8(x.formulaZh);
    };
    return {QStringLiteral("竞争排名（1、2、2、4），有效评价数不足最低样本量的不参与排名"),
            QString(),
            f(Indicator::ValidEvaluations),
            f(Indicator::Satisfaction),
            f(Indicator::SatisfactionRate),
            f(Indicator::GoodRate),
            f(Indicator::BadRate),
            f(Indicator::Coverage),
            f(Indicator::Score)};
}

// Word for the widest tier of the cache: 全省 / 全市 / 全县（区）.
QString wholeCacheName(const QList<ScopeNode> &roots)
{
    if (roots.size() == 1 && !roots.constFirst().isCenter) {
        switch (areaTierOfCode(roots.constFirst().code).value_or(AreaTier::City)) {
        case AreaTier::Province:
            return QStringLiteral("全省");
        case AreaTier::County:
            return QStringLiteral("全县（区）");
        case AreaTier::Township:
        case AreaTier::Village:
            return QStringLiteral("全乡镇（街道）");
        case AreaTier::City:
            break;
        }
    }
    return QStringLiteral("全市");
}

// The bad-review filter of a scope code (IndicatorQuery's forms): a division becomes the
// centers inside it, a center or a department itself.
std::optional<BadReviewFilter> badReviewScope(IndicatorQuery &indicators, const QString &scope,
                                              StoreResult *error)
{
    BadReviewFilter f;
    if (scope.isEmpty())
        return f;
    if (scope.startsWith(u'C')) {
        f.centerCodes = {scope};
        return f;
    }
    if (scope.startsWith(u'W')) {
        setError(error, StoreResult::failure(
                            StoreErrorKind::Data,
                            BulletinFactsQuery::tr("A bulletin covers an area, a center or a "
                                                   "department, not a window (%1).")
                                .arg(scope)));
        return std::nullopt;
    }
    if (areaTierOfCode(scope)) {
        const auto centers = indicators.units(UnitLevel::Center, scope, error);
        if (!centers)
            return std::nullopt;
        for (const UnitInfo &c : *centers)
            f.centerCodes << c.code;
        if (f.centerCodes.isEmpty())
            f.evalIds = QStringList{}; // an area without centers has no bad reviews
        return f;
    }
    f.deptCodes = {scope};
    return f;
}

// Staff names and window names: the public version prints none of them.
QStringList redactionsOf(CacheDatabase &cache, StoreResult *error)
{
    QStringList names = CacheReader(cache).staffAndWindowNames(error).value_or(QStringList{});
    names.removeDuplicates();
    return names;
}

CommonProblemRules problemRules(LocalWorkDatabase *localWork)
{
    if (!localWork || !localWork->isOpen())
        return CommonProblemRules::defaults();
    const auto json = LocalWorkStore(*localWork).setting(QLatin1String(kCommonProblemRulesSetting));
    if (!json)
        return CommonProblemRules::defaults();
    return CommonProblemRules::fromJson(QJsonDocument::fromJson(json->toUtf8()).array())
        .value_or(CommonProblemRules::defaults());
}

// A period with nothing in the cache is "not known", so no change is stated against it.
std::optional<BulletinIndicators> knownPeriod(const std::optional<UnitCounts> &c)
{
    if (!c || (c->evaluations == 0 && c->servedCases == 0))
        return std::nullopt;
    return indicatorsOf(*c);
}

} // namespace

BulletinFactsQuery::BulletinFactsQuery(CacheDatabase &cache, LocalWorkDatabase *localWork)
    : m_cache(cache), m_localWork(localWork)
{
}

RankingSettings BulletinFactsQuery::rankingSettings(StoreResult *error)
{
    setError(error, {});
    if (!m_localWork || !m_localWork->isOpen())
        return {};
    const auto json =
        LocalWorkStore(*m_localWork).setting(QLatin1String(RankingSettings::kSettingKey), error);
    if (!json)
        return {};
    return RankingSettings::fromJson(QJsonDocument::fromJson(json->toUtf8()).object())
        .value_or(RankingSettings{});
}

std::optional<QString> BulletinFactsQuery::scopeName(const QString &scope, StoreResult *error)
{
    setError(error, {});
    IndicatorQuery indicators(m_cache);
    if (scope.isEmpty()) {
        const auto roots = indicators.scopeTree(error);
        return roots ? std::optional<QString>(wholeCacheName(*roots)) : std::nullopt;
    }
    return indicators.scopeName(scope, error);
}

QList<BulletinTypicalCase> BulletinFactsQuery::proposals(const QString &scope, QDate month,
                                                         int limit, StoreResult *error)
{
    const MappedReads mapped(m_cache.connection());
    IndicatorQuery indicators(m_cache);
    const auto filter = badReviewScope(indicators, scope, error);
    if (!filter)
        return {};
    BadReviewQuery query(m_cache, m_localWork);
    return proposeTypicalCases(query, *filter, month, limit, error);
}

} // namespace pingjia

namespace pingjia {

void BulletinFactsQuery::cancel()
{
    const QMutexLocker lock(&m_runningMutex);
    m_cancelled = true;
    if (m_running)
        m_running->cancel();
}

void BulletinFactsQuery::setRunning(IndicatorQuery *query)
{
    const QMutexLocker lock(&m_runningMutex);
    m_running = query;
    if (query && m_cancelled)
        query->cancel();
}

std::optional<BulletinFacts> BulletinFactsQuery::gather(const BulletinRequest &request,
                                                        const QDateTime &now, StoreResult *error)
{
    setError(error, {});
    const MappedReads mapped(m_cache.connection());
    constexpr int kSteps = 10;
    int step = 0;
    StoreResult r;
    // Reports progress and stops on the first failure or a cancel.
    auto next = [&]() {
        if (m_progress)
            m_progress(++step, kSteps);
        if (r.ok() && m_cancelled)
            r = cancelledResult();
        if (!r.ok())
            setError(error, r);
        return r.ok();
    };
    const Period month = Period::containing(PeriodKind::Month, request.month);
    // The internal version's integrity step needs the evaluation rules' flags of the month:
    // asked on a second thread (its own connection) while the steps before it run. After a
    // sync (nothing kept, 1M: ≈ 0.55 s CPU) that takes them off the figures' wall time; the
    // step itself then finds them in IntegrityMemo. Joined before gather returns.
    std::unique_ptr<QThread> integrityAhead;
    if (request.version == BulletinVersion::Internal) {
        integrityAhead.reset(QThread::create([this, month] {
            const MappedReads mappedToo(m_cache.connection());
            StoreResult ignored; // the step asks again and reports its own failure
            IntegrityQuery(m_cache).evaluationFlags(month, m_integrity, &ignored);
        }));
        integrityAhead->start();
    }
    const auto joined = qScopeGuard([&integrityAhead] {
        if (integrityAhead)
            integrityAhead->wait();
    });
    IndicatorQuery indicators(m_cache);
    // cancel() reaches the query while it runs, not only between the steps.
    setRunning(&indicators);
    const auto notRunning = qScopeGuard([this] { setRunning(nullptr); });
    indicators.setSettings(rankingSettings());
    BulletinFacts f;
    f.month = month.first();
    f.scope = request.scope;
    f.scopeName = scopeName(request.scope, &r).value_or(request.scope);
    const auto scopeFilter = r.ok() ? badReviewScope(indicators, request.scope, &r) : std::nullopt;
    if (!next())
        return std::nullopt;

    const auto current = indicators.counts(request.scope, month, now, &r);
    if (current)
        f.current = indicatorsOf(*current);
    if (r.ok())
        f.previousMonth = knownPeriod(indicators.counts(request.scope, month.previous(), now, &r));
    if (r.ok())
        f.lastYear =
            knownPeriod(indicators.counts(request.scope, month.sameTimeLastYear(), now, &r));
    if (!next())
        return std::nullopt;

    const auto trend = indicators.monthlyCounts(request.scope, month.first().addMonths(-11),
                                                month.first(), now, &r);
    for (const PeriodCounts &p : trend.value_or(QList<PeriodCounts>{}))
        f.trend << BulletinTrendPoint{p.period.first(), p.counts.validEvaluations,
                                      satisfactionRate(p.counts), badRate(p.counts)};
    if (!next())
        return std::nullopt;

    const auto channels = indicators.evaluationsByChannel(request.scope, month, &r);
    for (const ChannelCount &c : channels.value_or(QList<ChannelCount>{}))
        f.channels << BulletinChannelCount{c.channelCode, c.channelName, c.evaluations};
    if (!next())
        return std::nullopt;

    const auto table = indicators.ranking(UnitLevel::Department, month, request.scope, now, &r);
    if (table) {
        for (const RankedUnit &u : table->units)
            f.departments.units << rankedUnitOf(u);
        f.departments.minimumSample = table->settings.minimumSample;
        f.departments.flaggedAfterPeriods = table->settings.consecutiveM;
    }
    f.departments.formulas = rankingFormulas();
    if (!next())
        return std::nullopt;

    BadReviewQuery badReviews(m_cache, m_localWork);
    f.handling = bulletinHandlingFacts(badReviews, *scopeFilter, month.first(), now, &r);
    if (!next())
        return std::nullopt;
    f.problems = bulletinProblemFacts(badReviews, problemRules(m_localWork), *scopeFilter,
                                      month.first(), now, &r);
    if (!next())
        return std::nullopt;
    f.typicalCases = typicalCases(badReviews, request.typicalCaseIds, &r);
    if (!next())
        return std::nullopt;
    if (request.version == BulletinVersion::Internal && table) {
        integrityAhead->wait();
        // On the ranking read above: the unit rule's counts are its counts.
        f.integrity = bulletinIntegrityFacts(m_cache, m_localWork, *table, m_integrity, &r);
    }
    if (!next())
        return std::nullopt;
    f.redactions = redactionsOf(m_cache, &r);
    if (!next())
        return std::nullopt;
    return f;
}

} // namespace pingjia
