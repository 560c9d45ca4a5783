// SPDX-License-Identifier: GPL-3.0-or-later
// RectificationStats: per-unit progress, ageing buckets, common problems and double
// zero, each number checked against a C++ oracle over the same records, and each
// number's drill-down filter listing exactly as many rows as the number says.

#include "QueueFixture.h"

#include "models/domain/Clock.h"
#include "models/domain/EvaluationValidity.h"
#include "models/store/BadReviewQuery.h"
#include "models/store/LocalActionRecorder.h"
#include "models/store/RectificationStats.h"

#include <QtTest>

using namespace pingjia;
using namespace pingjia::queuetest;

namespace {

const QDateTime kNow = at("2026-10-20 10:00:00");

struct Effective {
    Evaluation evaluation;
    HandlingRecord record;
    bool valid = false;
};

bool isOpen(HandlingState s)
{
    return s == HandlingState::Unverified || s == HandlingState::InvalidRequested ||
           s == HandlingState::Confirmed || s == HandlingState::Rectifying ||
           s == HandlingState::Rectified;
}

QDateTime running(const HandlingRecord &r)
{
    if (r.state == HandlingState::Unverified)
        return r.verifyDeadline;
    if (r.state == HandlingState::Confirmed || r.state == HandlingState::Rectifying)
        return r.effectiveRectificationDeadline();
    return {};
}

} // namespace

class TestRectificationStats : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void progressPerDepartmentAndCenter();
    void drillDownListsEveryNumber();
    void ageingBuckets();
    void problemsByItem();
    void problemsByCategory();
    void doubleZero();

private:
    QueueStores m_stores;
    QList<Effective> m_effective;
    std::unique_ptr<BadReviewQuery> m_query;
    std::unique_ptr<RectificationStats> m_stats;
};

void TestRectificationStats::initTestCase()
{
    QVERIFY(m_stores.open());
    DeadlinePolicy policy;
    QVERIFY(m_stores.savePolicy(policy));
    QVERIFY(m_stores.writeReference());
    const QList<Sample> samples = randomSamples(1200, 777, kNow, policy);
    QVERIFY(m_stores.write(samples));
    // A few local actions on top: statistics count the effective state.
    Clock::setOverride(kNow);
    LocalActionRecorder recorder(m_stores.cache, m_stores.work);
    int recorded = 0;
    for (const Sample &s : samples) {
        if (recorded < 15 && s.platform && !s.evaluation.withdrawn &&
            s.platform->state == HandlingState::Unverified) {
            QVERIFY(recorder
                        .record(s.evaluation.evalId, ActionType::Verify,
                                payloadFor(ActionType::Verify, {}), QStringLiteral("alice"))
                        .ok());
            ++recorded;
        }
    }
    const HandlingStateMachine machine(policy);
    LocalWorkStore work(m_stores.work);
    for (const Sample &s : samples) {
        const Evaluation &e = s.evaluation;
        if (e.withdrawn || e.level > 2)
            continue;
        Effective x{e, {}, evaluationValidity(e.level, e.text, false) == Validity::Valid};
        if (auto overlay = work.overlay(e.evalId))
            x.record = *overlay;
        else if (s.platform)
            x.record = *s.platform;
        else
            x.record = machine.initialRecord(e.evalId, e.level, e.text, e.assessTime);
        m_effective << x;
    }
    m_query = std::make_unique<BadReviewQuery>(m_stores.cache, &m_stores.work);
    m_stats = std::make_unique<RectificationStats>(*m_query);
}

void TestRectificationStats::cleanupTestCase()
{
    Clock::clearOverride();
}

void TestRectificationStats::progressPerDepartmentAndCenter()
{
    for (StatsUnit unit : {StatsUnit::Department, StatsUnit::Center}) {
        QMap<QString, std::array<qint64, 6>> oracle;
        for (const Effective &e : std::as_const(m_effective)) {
            const QString code =
                unit == StatsUnit::Department ? e.evaluation.deptCode : e.evaluation.centerCode;
            auto &c = oracle[code];
            const HandlingRecord &r = e.record;
            const bool rect =
                r.state == HandlingState::Confirmed || r.state == HandlingState::Rectifying;
            c[0] += isOpen(r.state);
            c[1] += r.state == HandlingState::Rectifying;
            c[2] += running(r).isValid() && running(r) < kNow;
            c[3] += rect && (r.delayDeadline.isValid() || r.delayPending);
            c[4] += r.state == HandlingState::Rectified || r.state == HandlingState::Closed;
            c[5] += r.state == HandlingState::Closed;
        }
        StoreResult error;
        const QList<UnitProgress> rows = m_stats->progress(unit, {}, kNow, &error);
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(rows.size(), oracle.size());
        for (const UnitProgress &p : rows) {
            QVERIFY(oracle.contains(p.unitCode));
            for (int m = 0; m < 6; ++m)
                QCOMPARE(p.counts[m], oracle.value(p.unitCode)[m]);
        }
        // Names come from the synced orgs; the never-synced department has none.
        for (const UnitProgress &p : rows) {
            if (p.unitCode == kDeptA)
                QCOMPARE(p.unitName, QStringLiteral("崆峒区公安分局"));
            if (p.unitCode == kDeptD)
                QVERIFY(p.unitName.isEmpty());
        }
    }
}

void TestRectificationStats::drillDownListsEveryNumber()
{
    BadReviewFilter scope;
    scope.levels = {1};
    for (StatsUnit unit : {StatsUnit::Department, StatsUnit::Center}) {
        for (const UnitProgress &p : m_stats->progress(unit, scope, kNow)) {
            for (ProgressMeasure m : kAllProgressMeasures) {
                const BadReviewFilter f = p.filterFor(m);
                QCOMPARE(m_query->count(f, kNow), p.count(m));
                QVERIFY(!progressMeasureName(m).isEmpty());
            }
        }
    }
    // A scope of states that excludes a measure lists nothing for it.
    BadReviewFilter closedOnly;
    closedOnly.states = {HandlingState::Closed};
    for (const UnitProgress &p : m_stats->progress(StatsUnit::Department, closedOnly, kNow)) {
        QCOMPARE(p.count(ProgressMeasure::InProgress), qint64(0));
        QCOMPARE(m_query->count(p.filterFor(ProgressMeasure::InProgress), kNow), qint64(0));
    }
}

void TestRectificationStats::ageingBuckets()
{
    StoreResult error;
    const QList<AgeingBucket> buckets = m_stats->ageing({}, kNow, &error);
    QVERIFY2(error.ok(), qPrintable(error.message));
    QCOMPARE(buckets.size(), qsizetype(5));
    qint64 oracle[5] = {0, 0, 0, 0, 0};
    for (const Effective &e : std::as_const(m_effective)) {
        if (!isOpen(e.record.state))
            continue;
        const qint64 age = platformDate(e.evaluation.assessTime).daysTo(platformDate(kNow));
        const int i = age <= 1 ? 0 : age <= 3 ? 1 : age <= 7 ? 2 : age <= 15 ? 3 : 4;
        ++oracle[i];
    }
    qint64 sum = 0;
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(buckets.at(i).count, oracle[i]);
        QCOMPARE(m_query->count(buckets.at(i).filter, kNow), buckets.at(i).count);
        QVERIFY(!buckets.at(i).label().isEmpty());
        sum += buckets.at(i).count;
    }
    BadReviewFilter open;
    open.states = {HandlingState::Unverified, HandlingState::InvalidRequested,
                   HandlingState::Confirmed, HandlingState::Rectifying, HandlingState::Rectified};
    QCOMPARE(sum, m_query->count(open, kNow));
    QVERIFY(sum > 0);
}

void TestRectificationStats::problemsByItem()
{
    const QDate first(2026, 8, 1), last(2026, 10, 1);
    StoreResult error;
    const QList<ProblemCount> counts = m_stats->problemsByItem({}, first, last, &error);
    QVERIFY2(error.ok(), qPrintable(error.message));
    QMap<QPair<QString, QString>, qint64> oracle;
    for (const Effective &e : std::as_const(m_effective)) {
        const QDate d = platformDate(e.evaluation.assessTime);
        if (!e.valid || e.record.state == HandlingState::NotAdopted || d < first ||
            d > QDate(2026, 10, 31))
            continue;
        ++oracle[{e.evaluation.taskCode, d.toString(u"yyyy-MM")}];
    }
    QCOMPARE(counts.size(), oracle.size());
    for (const ProblemCount &p : counts) {
        QCOMPARE(p.count, oracle.value({p.key, p.month}));
        QCOMPARE(p.evalIds.size(), p.count);
        BadReviewFilter f;
        f.evalIds = p.evalIds;
        QCOMPARE(m_query->count(f, kNow), p.count);
        if (p.key == QStringLiteral("T1"))
            QCOMPARE(p.name, QStringLiteral("居民身份证换领"));
    }
}

void TestRectificationStats::problemsByCategory()
{
    const QDate first(2026, 9, 1), last(2026, 10, 1);
    CommonProblemRules rules = CommonProblemRules::defaults();
    StoreResult error;
    const QList<ProblemCount> counts = m_stats->problemsByCategory({}, rules, first, last, &error);
    QVERIFY2(error.ok(), qPrintable(error.message));
    QMap<QPair<QString, QString>, qint64> oracle;
    for (const Effective &e : std::as_const(m_effective)) {
        const QDate d = platformDate(e.evaluation.assessTime);
        if (!e.valid || e.record.state == HandlingState::NotAdopted || d < first ||
            d > QDate(2026, 10, 31))
            continue;
        ++oracle[{problemCategoryKey(rules.categorize(e.evaluation.text)), d.toString(u"yyyy-MM")}];
    }
    QCOMPARE(counts.size(), oracle.size());
    for (const ProblemCount &p : counts) {
        QCOMPARE(p.count, oracle.value({p.key, p.month}));
        QCOMPARE(p.evalIds.size(), p.count);
    }
    QVERIFY(oracle.contains({QStringLiteral("waiting_time"), QStringLiteral("2026-09")}));
}

void TestRectificationStats::doubleZero()
{
    // Three departments in October: A has an open case, B is all closed with
    // different problems, C is closed but the same problem came twice.
    QueueStores stores;
    QVERIFY(stores.open());
    QVERIFY(stores.savePolicy({}));
    QVERIFY(stores.writeReference());
    const HandlingStateMachine machine;
    auto closed = [&](const QString &id, const QString &text, const QString &dept,
                      const QString &task, const char *when) {
        Sample s{evaluation(id, 1, text, at(when), dept, dept == kDeptC ? kCenterB : kCenterA),
                 std::nullopt};
        s.evaluation.taskCode = task;
        HandlingRecord r = machine.initialRecord(id, 1, text, s.evaluation.assessTime);
        QDateTime t = s.evaluation.assessTime;
        for (ActionType type :
             {ActionType::Verify, ActionType::Plan, ActionType::Complete, ActionType::FollowUp}) {
            t = t.addSecs(3600);
            r = machine
                    .apply(r, {id + toString(type), type, QStringLiteral("zhao"), t,
                               payloadFor(type, r)})
                    .record;
        }
        s.platform = r;
        return s;
    };
    QList<Sample> samples;
    Sample open{evaluation(QStringLiteral("A1"), 2, QStringLiteral("不满意"),
                           at("2026-10-05 10:00:00"), kDeptA),
                std::nullopt};
    samples << open;
    samples << closed(QStringLiteral("B1"), QStringLiteral("排队太久"), kDeptB,
                      QStringLiteral("T1"), "2026-10-06 10:00:00");
    samples << closed(QStringLiteral("B2"), QStringLiteral("态度不好"), kDeptB,
                      QStringLiteral("T2"), "2026-10-07 10:00:00");
    samples << closed(QStringLiteral("C1"), QStringLiteral("排队太久"), kDeptC,
                      QStringLiteral("T3"), "2026-10-08 10:00:00");
    samples << closed(QStringLiteral("C2"), QStringLiteral("排队两小时"), kDeptC,
                      QStringLiteral("T4"), "2026-10-09 10:00:00");
    QVERIFY(samples.last().platform->state == HandlingState::Closed);
    QVERIFY(stores.write(samples));
    BadReviewQuery query(stores.cache, &stores.work);
    RectificationStats stats(query);
    StoreResult error;
    const QList<DoubleZeroStatus> rows =
        stats.doubleZero(StatsUnit::Department, {}, QDate(2026, 10, 1),
                         CommonProblemRules::defaults(), kNow, &error);
    QVERIFY2(error.ok(), qPrintable(error.message));
    QCOMPARE(rows.size(), qsizetype(3));
    QMap<QString, DoubleZeroStatus> byUnit;
    for (const DoubleZeroStatus &d : rows)
        byUnit.insert(d.unitCode, d);
    QCOMPARE(byUnit.value(kDeptA).openCases, qint64(1));
    QVERIFY(!byUnit.value(kDeptA).reached());
    QCOMPARE(byUnit.value(kDeptB).openCases, qint64(0));
    QCOMPARE(byUnit.value(kDeptB).recurringProblems, qint64(0));
    QVERIFY(byUnit.value(kDeptB).reached());
    QCOMPARE(byUnit.value(kDeptC).openCases, qint64(0));
    QCOMPARE(byUnit.value(kDeptC).recurringProblems, qint64(1)); // waiting time, twice
    QVERIFY(!byUnit.value(kDeptC).reached());
    QCOMPARE(byUnit.value(kDeptC).month, QStringLiteral("2026-10"));

    // September: nobody had a bad review yet.
    QVERIFY(stats
                .doubleZero(StatsUnit::Department, {}, QDate(2026, 9, 1),
                            CommonProblemRules::defaults(), kNow)
                .isEmpty());
    // Per center: A and B are in center A (open case), C in center B.
    const auto centers = stats.doubleZero(StatsUnit::Center, {}, QDate(2026, 10, 1),
                                          CommonProblemRules::defaults(), kNow);
    QCOMPARE(centers.size(), qsizetype(2));
}

QTEST_GUILESS_MAIN(TestRectificationStats)
#include "tst_rectificationstats.moc"
