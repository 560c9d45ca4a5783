// SPDX-License-Identifier: GPL-3.0-or-later
// Review integrity in the rankings (issue 14): the flags' counts per unit and the figures
// without the flagged evaluations, on a hand-built cache (RankingsFixture.h) whose
// expected values are worked out by hand below.
//
// Center C1, October 2026, every case finished before its evaluation unless said:
//   D1 (window W1): b1…b6 level 5 at 10-10 09:00…09:05 (a burst: 6 level-5 on one window
//     within 10 minutes) · e7 level 5 at 10-12 10:00 on a case finished 10-12 11:00
//     (evaluated before finish) · f1…f3 level 4 · g1 g2 level 1 with text.
//     12 evaluations, all valid: L1 2, L4 3, L5 7; flagged 7 (b1…b6, e7).
//     Without them: 5 evaluations, L1 2, L4 3 → good rate 3/5, bad rate 2/5.
//   D2 (window W2): r1…r5 level 5 by one evaluator (mobile hash 777) on five cases, on
//     five days (a repeat evaluator: ≥ 5 cases); r5's case finished after r5 (flagged by
//     two rules, counted once) · m1…m3 level 3 · x1 level 2 without text (invalid).
//     9 evaluations, valid 8, invalid 1: L3 3, L5 5; flagged 5.
//     Without them: 4 evaluations, valid 3, invalid 1, L3 3 → good rate 0/3.
//   Served and evaluated cases stay 12 and 9 either way.
//
// Verdicts (clearedFlagsDoNotCount): cleared b1, b2 (burst), e7 (before finish), r1
// (repeat evaluator) and r5's repeat-evaluator flag only; confirmed b3. A cleared flag
// does not count; r5 stays (its before-finish flag is not cleared). Flagged then: D1
// 7 − 3 = 4 (b3…b6), D2 5 − 1 = 4 (r2…r5). Without them: D1 12 − 4 = 8 evaluations, L5
// 7 − 4 = 3 (b1, b2, e7), L4 3, L1 2; D2 9 − 4 = 5 evaluations, L5 1 (r1), L3 3, invalid 1.

#include "RankingsFixture.h"

#include "models/domain/PlatformTime.h"
#include "models/store/IndicatorQuery.h"
#include "models/store/IntegrityVerdicts.h"
#include "models/store/LocalWorkDatabase.h"

#include <QtTest>

using namespace pingjia;
using namespace pingjia::rankingstest;

namespace {

const QString kC1 = QStringLiteral("C620802");
const QString kD1 = QStringLiteral("11620802D1");
const QString kD2 = QStringLiteral("11620802D2");
const QString kW1 = QStringLiteral("W620802-001");
const QString kW2 = QStringLiteral("W620802-002");
const QDateTime kNow = parsePlatformTime(QStringLiteral("2026-11-15 12:00:00"));

const RankedUnit *unitOf(const RankingTable &t, const QString &code)
{
    for (const RankedUnit &u : t.units)
        if (u.unitCode == code)
            return &u;
    return nullptr;
}

} // namespace

class TestRankingIntegrity : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void countsTheFlagsPerUnit();
    void rankingWithoutTheFlaggedEvaluations();
    void offByDefault();
    void clearedFlagsDoNotCount();

private:
    bool evaluation(const QString &id, const QString &dept, const QString &window, int level,
                    const QString &text, const QString &assess, const QString &finish);
    std::optional<RankingTable> ranking(UnitLevel level, bool count, bool without,
                                        LocalWorkDatabase *localWork = nullptr);

    FixtureCache m_fx;
};

bool TestRankingIntegrity::evaluation(const QString &id, const QString &dept, const QString &window,
                                      int level, const QString &text, const QString &assess,
                                      const QString &finish)
{
    const QString project = QStringLiteral("P-") + id;
    return m_fx.serviceCase(project, kC1, dept, finish, 3, false, window) &&
           m_fx.evaluation(id, project, kC1, dept, level, text, assess, false, QStringLiteral("1"),
                           window);
}

void TestRankingIntegrity::initTestCase()
{
    QVERIFY(m_fx.open());
    QVERIFY(m_fx.org(kC1, QStringLiteral("崆峒区政务服务中心"), QStringLiteral("center"), {},
                     QStringLiteral("620802")));
    QVERIFY(m_fx.org(kD1, QStringLiteral("部门一"), QStringLiteral("department"), kC1,
                     QStringLiteral("620802")));
    QVERIFY(m_fx.org(kD2, QStringLiteral("部门二"), QStringLiteral("department"), kC1,
                     QStringLiteral("620802")));
    QVERIFY(m_fx.org(kW1, QStringLiteral("一号窗口"), QStringLiteral("window"), kD1,
                     QStringLiteral("620802")));
    QVERIFY(m_fx.org(kW2, QStringLiteral("二号窗口"), QStringLiteral("window"), kD2,
                     QStringLiteral("620802")));
    const QString good = QStringLiteral("很好");
    for (int i = 1; i <= 6; ++i) {
        QVERIFY(evaluation(QStringLiteral("b%1").arg(i), kD1, kW1, 5, good,
                           QStringLiteral("2026-10-10 09:0%1:00").arg(i - 1),
                           QStringLiteral("2026-10-09 16:00:00")));
    }
    QVERIFY(evaluation(QStringLiteral("e7"), kD1, kW1, 5, good,
                       QStringLiteral("2026-10-12 10:00:00"),
                       QStringLiteral("2026-10-12 11:00:00")));
    for (int i = 1; i <= 3; ++i) {
        QVERIFY(evaluation(QStringLiteral("f%1").arg(i), kD1, kW1, 4, good,
                           QStringLiteral("2026-10-1%1 10:00:00").arg(i + 3),
                           QStringLiteral("2026-10-13 09:00:00")));
    }
    for (int i = 1; i <= 2; ++i) {
        QVERIFY(evaluation(QStringLiteral("g%1").arg(i), kD1, kW1, 1, QStringLiteral("太慢"),
                           QStringLiteral("2026-10-2%1 10:00:00").arg(i),
                           QStringLiteral("2026-10-20 09:00:00")));
    }
    for (int i = 1; i <= 5; ++i) {
        // r5: its case finished an hour after the evaluation.
        QVERIFY(evaluation(QStringLiteral("r%1").arg(i), kD2, kW2, 5, good,
                           QStringLiteral("2026-10-0%1 10:00:00").arg(i + 1),
                           i == 5 ? QStringLiteral("2026-10-06 11:00:00")
                                  : QStringLiteral("2026-10-01 09:00:00")));
    }
    QVERIFY(m_fx.exec(QStringLiteral("UPDATE evaluations SET mobile_hash = 777 WHERE eval_id "
                                     "IN ('r1', 'r2', 'r3', 'r4', 'r5')")));
    for (int i = 1; i <= 3; ++i) {
        QVERIFY(evaluation(QStringLiteral("m%1").arg(i), kD2, kW2, 3, QString(),
                           QStringLiteral("2026-10-2%1 15:00:00").arg(i),
                           QStringLiteral("2026-10-20 09:00:00")));
    }
    QVERIFY(evaluation(QStringLiteral("x1"), kD2, kW2, 2, QString(),
                       QStringLiteral("2026-10-25 15:00:00"),
                       QStringLiteral("2026-10-20 09:00:00")));
}

std::optional<RankingTable> TestRankingIntegrity::ranking(UnitLevel level, bool count, bool without,
                                                          LocalWorkDatabase *localWork)
{
    IndicatorQuery q(m_fx.cache);
    RankingSettings settings;
    settings.minimumSample = 1;
    q.setSettings(settings);
    q.setIntegrity({count, without, IntegritySettings{}, localWork});
    StoreResult error;
    auto t = q.ranking(level, Period::month(2026, 10), {}, kNow, &error);
    if (!t)
        qWarning() << error.message;
    return t;
}

void TestRankingIntegrity::countsTheFlagsPerUnit()
{
    const auto departments = ranking(UnitLevel::Department, true, false);
    QVERIFY(departments);
    QVERIFY(!departments->withoutFlagged);
    const RankedUnit *d1 = unitOf(*departments, kD1);
    const RankedUnit *d2 = unitOf(*departments, kD2);
    QVERIFY(d1 && d2);
    QCOMPARE(d1->flaggedEvaluations, std::optional<qint64>(7));
    QCOMPARE(d2->flaggedEvaluations, std::optional<qint64>(5)); // r5 once, two rules
    // The figures themselves are untouched.
    QCOMPARE(d1->counts.evaluations, qint64(12));
    QCOMPARE(d1->counts.level(5), qint64(7));
    QCOMPARE(d2->counts.evaluations, qint64(9));
    QCOMPARE(d2->counts.validEvaluations, qint64(8));
    const auto windows = ranking(UnitLevel::Window, true, false);
    QVERIFY(windows);
    QCOMPARE(unitOf(*windows, kW1)->flaggedEvaluations, std::optional<qint64>(7));
    QCOMPARE(unitOf(*windows, kW2)->flaggedEvaluations, std::optional<qint64>(5));
    const auto centers = ranking(UnitLevel::Center, true, false);
    QVERIFY(centers);
    QCOMPARE(unitOf(*centers, kC1)->flaggedEvaluations, std::optional<qint64>(12));
}

void TestRankingIntegrity::rankingWithoutTheFlaggedEvaluations()
{
    const auto t = ranking(UnitLevel::Department, true, true);
    QVERIFY(t);
    QVERIFY(t->withoutFlagged);
    const RankedUnit *d1 = unitOf(*t, kD1);
    const RankedUnit *d2 = unitOf(*t, kD2);
    QVERIFY(d1 && d2);
    QCOMPARE(d1->flaggedEvaluations, std::optional<qint64>(7));
    QCOMPARE(d1->counts.evaluations, qint64(5));
    QCOMPARE(d1->counts.validEvaluations, qint64(5));
    QCOMPARE(d1->counts.invalidEvaluations, qint64(0));
    QCOMPARE(d1->counts.level(1), qint64(2));
    QCOMPARE(d1->counts.level(4), qint64(3));
    QCOMPARE(d1->counts.level(5), qint64(0));
    QCOMPARE(goodRate(d1->counts), std::optional<double>(3.0 / 5.0));
    QCOMPARE(badRate(d1->counts), std::optional<double>(2.0 / 5.0));
    QCOMPARE(d1->counts.servedCases, qint64(12));
    QCOMPARE(d1->counts.evaluatedCases, qint64(12));
    QCOMPARE(d2->counts.evaluations, qint64(4));
    QCOMPARE(d2->counts.validEvaluations, qint64(3));
    QCOMPARE(d2->counts.invalidEvaluations, qint64(1));
    QCOMPARE(d2->counts.level(3), qint64(3));
    QCOMPARE(d2->counts.level(5), qint64(0));
    QCOMPARE(goodRate(d2->counts), std::optional<double>(0.0));
    QCOMPARE(d2->counts.servedCases, qint64(9));
    QCOMPARE(d2->counts.evaluatedCases, qint64(9));
}

void TestRankingIntegrity::offByDefault()
{
    IndicatorQuery q(m_fx.cache);
    const auto t = q.ranking(UnitLevel::Department, Period::month(2026, 10), {}, kNow);
    QVERIFY(t);
    QVERIFY(!unitOf(*t, kD1)->flaggedEvaluations);
    QCOMPARE(unitOf(*t, kD1)->counts.evaluations, qint64(12));
}

void TestRankingIntegrity::clearedFlagsDoNotCount()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    LocalWorkDatabase work(dir.filePath(QStringLiteral("localwork.sqlite")));
    QVERIFY(work.open().ok());
    IntegrityVerdicts verdicts(work);
    const auto give = [&](IntegrityRule rule, const char *id, const QString &dept,
                          IntegrityVerdict verdict) {
        IntegrityFlag flag;
        flag.rule = rule;
        flag.evalId = QLatin1String(id);
        flag.unitCode = dept;
        return verdicts
            .record(flag, QStringLiteral("2026-10"), verdict, QStringLiteral("test"),
                    QStringLiteral("supervisor"))
            .ok();
    };
    const auto cleared = IntegrityVerdict::Cleared;
    QVERIFY(give(IntegrityRule::LevelFiveBurst, "b1", kD1, cleared));
    QVERIFY(give(IntegrityRule::LevelFiveBurst, "b2", kD1, cleared));
    QVERIFY(give(IntegrityRule::LevelFiveBurst, "b3", kD1, IntegrityVerdict::Confirmed));
    QVERIFY(give(IntegrityRule::EvaluatedBeforeFinish, "e7", kD1, cleared));
    QVERIFY(give(IntegrityRule::RepeatEvaluator, "r1", kD2, cleared));
    QVERIFY(give(IntegrityRule::RepeatEvaluator, "r5", kD2, cleared));

    const auto counted = ranking(UnitLevel::Department, true, false, &work);
    QVERIFY(counted);
    QCOMPARE(unitOf(*counted, kD1)->flaggedEvaluations, std::optional<qint64>(4));
    QCOMPARE(unitOf(*counted, kD2)->flaggedEvaluations, std::optional<qint64>(4));
    QCOMPARE(unitOf(*counted, kD1)->counts.evaluations, qint64(12));

    const auto without = ranking(UnitLevel::Department, true, true, &work);
    QVERIFY(without);
    const RankedUnit *d1 = unitOf(*without, kD1);
    const RankedUnit *d2 = unitOf(*without, kD2);
    QVERIFY(d1 && d2);
    QCOMPARE(d1->counts.evaluations, qint64(8));
    QCOMPARE(d1->counts.level(5), qint64(3));
    QCOMPARE(d1->counts.level(4), qint64(3));
    QCOMPARE(d1->counts.level(1), qint64(2));
    QCOMPARE(d2->counts.evaluations, qint64(5));
    QCOMPARE(d2->counts.level(5), qint64(1));
    QCOMPARE(d2->counts.level(3), qint64(3));
    QCOMPARE(d2->counts.invalidEvaluations, qint64(1));

    // Without the verdicts every flag counts again.
    const auto all = ranking(UnitLevel::Department, true, false);
    QVERIFY(all);
    QCOMPARE(unitOf(*all, kD1)->flaggedEvaluations, std::optional<qint64>(7));
}

QTEST_GUILESS_MAIN(TestRankingIntegrity)
#include "tst_rankingintegrity.moc"
