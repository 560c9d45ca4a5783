// SPDX-License-Identifier: GPL-3.0-or-later
// The pure rules of issue 8: periods (parse, previous across year ends, labels), the
// named formulas (null on a zero denominator), Wilson smoothing, the composite score,
// competition ranking with ties, the bottom-K flag across December → January, and the
// bad-review timeliness facts. Expected values are worked out by hand in the comments.

#include "models/domain/BadReviewTimeliness.h"
#include "models/domain/Period.h"
#include "models/domain/PlatformTime.h"
#include "models/domain/Ranking.h"
#include "models/domain/UnitIndicators.h"
#include "models/domain/UnitLevel.h"

#include <QtTest>

using namespace pingjia;

namespace {

UnitCounts validOnly(qint64 l1, qint64 l2, qint64 l3, qint64 l4, qint64 l5)
{
    UnitCounts c;
    c.levels[0] = l1;
    c.levels[1] = l2;
    c.levels[2] = l3;
    c.levels[3] = l4;
    c.levels[4] = l5;
    c.validEvaluations = l1 + l2 + l3 + l4 + l5;
    c.evaluations = c.validEvaluations;
    return c;
}

} // namespace

class TestRankingDomain : public QObject {
    Q_OBJECT

private slots:
    void periodParse_data();
    void periodParse();
    void periodPreviousAcrossYears();
    void periodBounds();
    void unitLevelsAndAreas();
    void formulasByHand();
    void zeroDenominatorsAreNull();
    void wilsonByHand();
    void twoFiveStarReviewsCannotTopTheList();
    void competitionRanksWithTies();
    void bottomKAndFlagAcrossTheYearEnd();
    void rankKeepsTheMinimumSample();
    void settingsJson();
    void timeliness();
};

void TestRankingDomain::periodParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::newRow("month") << "2026-10"
                           << "2026-10"
                           << "2026-10-01"
                           << "2026-10-31";
    QTest::newRow("february leap") << "2028-02"
                                   << "2028-02"
                                   << "2028-02-01"
                                   << "2028-02-29";
    QTest::newRow("quarter") << "2026-Q4"
                             << "2026-Q4"
                             << "2026-10-01"
                             << "2026-12-31";
    QTest::newRow("quarter lower") << "2026-q1"
                                   << "2026-Q1"
                                   << "2026-01-01"
                                   << "2026-03-31";
    QTest::newRow("year") << "2026"
                          << "2026"
                          << "2026-01-01"
                          << "2026-12-31";
    QTest::newRow("range") << "2026-10-03~2026-10-09"
                           << "2026-10-03~2026-10-09"
                           << "2026-10-03"
                           << "2026-10-09";
    QTest::newRow("range dots") << "2026-10-03..2026-10-03"
                                << "2026-10-03~2026-10-03"
                                << "2026-10-03"
                                << "2026-10-03";
    QTest::newRow("month 13") << "2026-13"
                              << ""
                              << ""
                              << "";
    QTest::newRow("quarter 5") << "2026-Q5"
                               << ""
                               << ""
                               << "";
    QTest::newRow("reversed range") << "2026-10-09~2026-10-03"
                                    << ""
                                    << ""
                                    << "";
    QTest::newRow("garbage") << "October"
                             << ""
                             << ""
                             << "";
}

void TestRankingDomain::periodParse()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QFETCH(QString, first);
    QFETCH(QString, last);
    QString error;
    const auto p = Period::parse(text, &error);
    if (key.isEmpty()) {
        QVERIFY(!p);
        QVERIFY(!error.isEmpty());
        return;
    }
    QVERIFY2(p, qPrintable(error));
    QCOMPARE(p->key(), key);
    QCOMPARE(p->first().toString(u"yyyy-MM-dd"), first);
    QCOMPARE(p->last().toString(u"yyyy-MM-dd"), last);
}

void TestRankingDomain::periodPreviousAcrossYears()
{
    QCOMPARE(Period::month(2027, 1).previous().key(), QStringLiteral("2026-12"));
    QCOMPARE(Period::month(2026, 12).next().key(), QStringLiteral("2027-01"));
    QCOMPARE(Period::quarter(2027, 1).previous().key(), QStringLiteral("2026-Q4"));
    QCOMPARE(Period::year(2027).previous().key(), QStringLiteral("2026"));
    // A range: the same number of days just before (7 days: 10-03..10-09 → 09-26..10-02).
    QCOMPARE(Period::range(QDate(2026, 10, 3), QDate(2026, 10, 9)).previous().key(),
             QStringLiteral("2026-09-26~2026-10-02"));
    QCOMPARE(Period::month(2026, 10).sameTimeLastYear().key(), QStringLiteral("2025-10"));
    QCOMPARE(monthsBetween(QDate(2025, 11, 15), QDate(2026, 10, 1)).size(), 12);
    QCOMPARE(monthsBetween(QDate(2025, 11, 15), QDate(2026, 10, 1)).first().key(),
             QStringLiteral("2025-11"));
}

void TestRankingDomain::periodBounds()
{
    const Period p = Period::month(2026, 10);
    QCOMPARE(formatPlatformTime(p.start()), QStringLiteral("2026-10-01 00:00:00"));
    QCOMPARE(formatPlatformTime(p.end()), QStringLiteral("2026-10-31 23:59:59"));
    QVERIFY(p.contains(parsePlatformTime(QStringLiteral("2026-10-31 23:59:59"))));
    QVERIFY(!p.contains(parsePlatformTime(QStringLiteral("2026-11-01 00:00:00"))));
    QCOMPARE(p.dayCount(), 31);
    QVERIFY(!p.label().isEmpty());
}

void TestRankingDomain::unitLevelsAndAreas()
{
    QCOMPARE(unitLevelFromString(QStringLiteral("department")), UnitLevel::Department);
    QVERIFY(!unitLevelFromString(QStringLiteral("province")));
    QCOMPARE(areaTierOfCode(QStringLiteral("620000")), AreaTier::Province);
    QCOMPARE(areaTierOfCode(QStringLiteral("6208")), AreaTier::City);
    QCOMPARE(areaTierOfCode(QStringLiteral("620802")), AreaTier::County);
    QCOMPARE(areaTierOfCode(QStringLiteral("620802001")), AreaTier::Township);
    QCOMPARE(areaCodeAtTier(QStringLiteral("620802001"), AreaTier::City), QStringLiteral("620800"));
    QCOMPARE(areaCodeAtTier(QStringLiteral("620802001"), AreaTier::County),
             QStringLiteral("620802"));
    QCOMPARE(areaPrefix(QStringLiteral("620800")), QStringLiteral("6208"));
}

void TestRankingDomain::formulasByHand()
{
    // 5 valid (one of each level), 1 invalid, 3 defaults; 6 served, 3 evaluated.
    UnitCounts c = validOnly(1, 1, 1, 1, 1);
    c.evaluations = 6;
    c.invalidEvaluations = 1;
    c.defaultEvaluations = 3;
    c.servedCases = 6;
    c.evaluatedCases = 3;
    c.verifyDue = 2;
    c.verifiedByDeadline = 1;
    c.rectificationDue = 1;
    c.rectifiedByDeadline = 1;
    c.confirmedBadReviews = 2;
    c.rectifiedBadReviews = 1;
    c.followedUp = 1;
    c.followUpSatisfactionSum = 4;
    c.followUpSatisfactionCount = 1;
    QCOMPARE(*coverage(c), 0.5);
    QCOMPARE(*goodRate(c), 0.4);             // 2 / 5
    QCOMPARE(*badRate(c), 0.4);              // 2 / 5
    QCOMPARE(*satisfaction(c), 3.0);         // (1+2+3+4+5 + 3×3) / (5+3) = 24/8
    QCOMPARE(*satisfactionRate(c), 0.75);    // (3 + 3) / 8
    QCOMPARE(*verifiedOnTime(c), 0.5);       // 1 / 2
    QCOMPARE(*rectifiedOnTime(c), 1.0);      // 1 / 1
    QCOMPARE(*rectificationRate(c), 0.5);    // 1 / 2
    QCOMPARE(*followUpRate(c), 1.0);         // 1 / 1
    QCOMPARE(*followUpSatisfaction(c), 4.0); // 4 / 1
    QCOMPARE(c.badReviews(), 2);
    QCOMPARE(*indicatorValue(Indicator::Level3, c), 1.0);
    QCOMPARE(indicatorFormulas().size(), int(Indicator::Score) + 1);
    for (const IndicatorFormula &f : indicatorFormulas()) {
        QCOMPARE(indicatorFormula(f.indicator).key, f.key);
        QVERIFY(qstrlen(f.formulaZh) > 0 && qstrlen(f.formulaEn) > 0);
    }
}

void TestRankingDomain::zeroDenominatorsAreNull()
{
    const UnitCounts none;
    QVERIFY(!coverage(none));
    QVERIFY(!goodRate(none));
    QVERIFY(!badRate(none));
    QVERIFY(!satisfaction(none));
    QVERIFY(!satisfactionRate(none));
    QVERIFY(!verifiedOnTime(none));
    QVERIFY(!rectifiedOnTime(none));
    QVERIFY(!rectificationRate(none));
    QVERIFY(!followUpRate(none));
    QVERIFY(!followUpSatisfaction(none));
    QVERIFY(!compositeScore(none, {}));
    // Defaults alone define the satisfaction (3.0) but not the good rate.
    UnitCounts defaults;
    defaults.defaultEvaluations = 2;
    QCOMPARE(*satisfaction(defaults), 3.0);
    QVERIFY(!goodRate(defaults));
}

void TestRankingDomain::wilsonByHand()
{
    // 2 of 2 at z = 1.96: (1 + 1.9208/2 − 1.96·√(3.8416/16)) / (1 + 3.8416/2)
    //   = (1.9604 − 0.9604) / 2.9208 = 0.342372.
    QVERIFY(qAbs(wilsonLowerBound(2, 2) - 0.342372) < 1e-6);
    // 1000 of 1000: 1 / (1 + 3.8416/1000) = 0.996173.
    QVERIFY(qAbs(wilsonLowerBound(1000, 1000) - 0.996173) < 1e-6);
    // 0 of n is 0; 0 trials is 0.
    QCOMPARE(wilsonLowerBound(0, 10), 0.0);
    QCOMPARE(wilsonLowerBound(0, 0), 0.0);
    // 50 of 100: (0.5 + 0.019208 − 1.96·√(0.0025 + 0.00009604)) / 1.038416 = 0.403832.
    QVERIFY(qAbs(wilsonLowerBound(50, 100) - 0.403832) < 1e-5);
}

void TestRankingDomain::twoFiveStarReviewsCannotTopTheList()
{
    RankingSettings s;
    // Two level-5 reviews: three rate components at 0.342372, no cases, nothing due.
    const auto two = compositeScore(validOnly(0, 0, 0, 0, 2), s);
    QVERIFY(qAbs(*two - 34.2372) < 1e-3);
    // 980 level 5 and 20 level 4: all three components 1000/1000 → 99.6173.
    const auto many = compositeScore(validOnly(0, 0, 0, 20, 980), s);
    QVERIFY(qAbs(*many - 99.6173) < 1e-3);
    s.minimumSample = 0;
    QList<RankedUnit> units(2);
    units[0].unitCode = QStringLiteral("two");
    units[0].counts = validOnly(0, 0, 0, 0, 2);
    units[1].unitCode = QStringLiteral("many");
    units[1].counts = validOnly(0, 0, 0, 20, 980);
    Ranking::rank(units, Period::month(2026, 10), {}, s);
    QCOMPARE(units[0].unitCode, QStringLiteral("many"));
    QCOMPARE(units[0].rank, 1);
    QCOMPARE(units[1].rank, 2);
}

void TestRankingDomain::competitionRanksWithTies()
{
    const QList<std::optional<double>> scores{90.0, 80.004, 80.0, std::nullopt, 70.0};
    // 80.004 and 80.0 show as 80.00: tied at 2; the next is 4 ("1224"); null unranked.
    const QList<std::optional<int>> expected{1, 2, 2, std::nullopt, 4};
    QCOMPARE(competitionRanks(scores), expected);
    QCOMPARE(rankChange(2, 5), 3);
    QCOMPARE(rankChange(std::nullopt, 5), std::nullopt);
}

void TestRankingDomain::bottomKAndFlagAcrossTheYearEnd()
{
    const QList<std::optional<int>> ranks{1, 2, 3, 4, 5};
    QVERIFY(!inBottomK(2, ranks, 3));
    QVERIFY(inBottomK(3, ranks, 3));
    QVERIFY(inBottomK(5, ranks, 3));
    // Ties at the boundary are all in: 1,2,2,4 with K = 2 → ranks 2,2 have one lower (4).
    QVERIFY(inBottomK(2, {1, 2, 2, 4}, 2));
    // K ≥ ranked units: nobody.
    QVERIFY(!inBottomK(3, {1, 2, 3}, 3));

    // Four units scored the same way in Nov, Dec and Jan: "d" last each time → flagged in
    // January (M = 3 running back across the year end); "a" never.
    RankingSettings s;
    s.minimumSample = 0;
    s.bottomK = 1;
    auto counts = [](qint64 bad) { return validOnly(bad, 0, 0, 0, 100 - bad); };
    QHash<QString, UnitCounts> month{{QStringLiteral("a"), counts(0)},
                                     {QStringLiteral("b"), counts(5)},
                                     {QStringLiteral("c"), counts(10)},
                                     {QStringLiteral("d"), counts(30)}};
    QList<RankedUnit> units;
    for (const QString &code :
         {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}) {
        RankedUnit u;
        u.unitCode = code;
        u.counts = month.value(code);
        units << u;
    }
    QList<RankedUnit> january = units;
    Ranking::rank(january, Period::month(2027, 1), {month, month}, s);
    QCOMPARE(january.last().unitCode, QStringLiteral("d"));
    QVERIFY(january.last().flagged);
    QCOMPARE(january.last().flagHistory.size(), 3);
    QCOMPARE(january.last().flagHistory.first().period.key(), QStringLiteral("2026-11"));
    QCOMPARE(january.last().flagHistory.last().period.key(), QStringLiteral("2027-01"));
    QCOMPARE(january.last().rankChange, 0);
    QVERIFY(!january.first().flagged);
    // Only two periods of history in the bottom: not flagged.
    QHash<QString, UnitCounts> better = month;
    better[QStringLiteral("d")] = counts(0);
    better[QStringLiteral("a")] = counts(30);
    QList<RankedUnit> again = units;
    Ranking::rank(again, Period::month(2027, 1), {month, better}, s);
    QCOMPARE(again.last().unitCode, QStringLiteral("d"));
    QVERIFY(!again.last().flagged);
}

void TestRankingDomain::rankKeepsTheMinimumSample()
{
    RankingSettings s; // minimum 30
    QList<RankedUnit> units(3);
    units[0].unitCode = QStringLiteral("u29");
    units[0].counts = validOnly(0, 0, 0, 0, 29);
    units[1].unitCode = QStringLiteral("u30");
    units[1].counts = validOnly(0, 0, 0, 0, 30);
    units[2].unitCode = QStringLiteral("u0");
    Ranking::rank(units, Period::month(2026, 10), {}, s);
    QCOMPARE(units[0].unitCode, QStringLiteral("u30"));
    QCOMPARE(units[0].rank, 1);
    QVERIFY(!units[0].belowMinimumSample);
    QCOMPARE(units[1].unitCode, QStringLiteral("u0"));
    QVERIFY(units[1].belowMinimumSample);
    QVERIFY(!units[1].rank);
    QVERIFY(!units[1].score);
    QCOMPARE(units[2].unitCode, QStringLiteral("u29"));
    QVERIFY(units[2].belowMinimumSample);
    QVERIFY(units[2].score); // shown, not ranked
    QVERIFY(units[2].notRankedReason.contains(QLatin1String("29")));
}

void TestRankingDomain::settingsJson()
{
    RankingSettings s;
    s.minimumSample = 10;
    s.weights.coverage = 25;
    QCOMPARE(*RankingSettings::fromJson(s.toJson()), s);
    QString error;
    QVERIFY(!RankingSettings::fromJson(QJsonObject{{QStringLiteral("bottomK"), 0}}, &error));
    QVERIFY(error.contains(QLatin1String("bottomK")));
    QVERIFY(!RankingSettings::fromJson(QJsonObject{{QStringLiteral("minimumSample"), 2.5}}));
    QCOMPARE(*RankingSettings::fromJson({}), RankingSettings{});
}

void TestRankingDomain::timeliness()
{
    HandlingRecord r;
    r.state = HandlingState::Closed;
    r.verifyDeadline = parsePlatformTime(QStringLiteral("2026-10-21 09:00:00"));
    r.verifiedAt = r.verifyDeadline; // exactly at the deadline: on time
    QVERIFY(verifiedByDeadline(r));
    r.verifiedAt = r.verifyDeadline.addSecs(1);
    QVERIFY(!verifiedByDeadline(r));
    r.rectificationDeadline = parsePlatformTime(QStringLiteral("2026-10-31 23:59:59"));
    HistoryEntry complete;
    complete.type = ActionType::Complete;
    complete.at = parsePlatformTime(QStringLiteral("2026-11-02 10:00:00"));
    r.history << complete;
    QVERIFY(!rectifiedByDeadline(r)); // after the rectification deadline …
    r.delayDeadline = parsePlatformTime(QStringLiteral("2026-11-15 23:59:59"));
    QVERIFY(rectifiedByDeadline(r));    // … but within the approved delay
    r.state = HandlingState::Confirmed; // reopened: not done any more
    QVERIFY(!rectificationCompletedAt(r));
    QVERIFY(!rectifiedByDeadline(r));
}

QTEST_GUILESS_MAIN(TestRankingDomain)
#include "tst_rankingdomain.moc"
