// SPDX-License-Identifier: GPL-3.0-or-later
// IndicatorQuery on a hand-built cache (RankingsFixture.h): every indicator of one
// department worked out by hand from its rows, a rate with denominator 0, a unit without
// activity listed with zeros, the 7-day default one second before and after its boundary
// (and the same answer from DefaultEvaluation::countsAsDefault on the same rows), a late
// evaluation replacing a default (through an incremental rollup refresh), withdrawn
// evaluations and cases, ties, the minimum sample, the consecutive-bottom flag across
// December → January, areas one tier below the widest scope, scopes, channels, the
// dashboard and the chase list.

#include "RankingsFixture.h"

#include "models/domain/DefaultEvaluation.h"
#include "models/domain/PlatformTime.h"
#include "models/store/IndicatorQuery.h"

#include <QtTest>

using namespace pingjia;
using namespace pingjia::rankingstest;

namespace {

const QString kCenter = QStringLiteral("C620802");
const QString kOther = QStringLiteral("C620821");
const QString kDeptA = QStringLiteral("DEPT-A"), kDeptB = QStringLiteral("DEPT-B"),
              kDeptC = QStringLiteral("DEPT-C"), kDeptD = QStringLiteral("DEPT-D");
const QString kWindow = QStringLiteral("W620802-001");

QDateTime at(const char *text)
{
    return parsePlatformTime(QString::fromLatin1(text));
}

const RankedUnit *unit(const RankingTable &t, const QString &code)
{
    for (const RankedUnit &u : t.units) {
        if (u.unitCode == code)
            return &u;
    }
    return nullptr;
}

bool near(std::optional<double> v, double expected)
{
    return v && qAbs(*v - expected) < 1e-9;
}

} // namespace

class TestIndicatorQuery : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void everyIndicatorByHand();
    void zeroDenominatorsAndIdleUnits();
    void defaultBoundaryToTheSecond_data();
    void defaultBoundaryToTheSecond();
    void defaultsMirrorTheDomainRule();
    void lateEvaluationReplacesTheDefault();
    void tiesMinimumSampleAndFlagAcrossTheYearEnd();
    void areasOneTierBelowTheWidest();
    void scopesWindowsAndStaff();
    void dashboardChannelsAndTrend();
    void chaseList();
    void unknownScopeIsAnError();
    void unitsRenamedReachEveryQuery(); // last: it renames a department

private:
    void writeDepartmentA();
    void writeFlagCenter();

    FixtureCache m_fx;
};

void TestIndicatorQuery::initTestCase()
{
    QVERIFY(m_fx.open());
    QVERIFY(m_fx.org(QStringLiteral("C620800"), QStringLiteral("平凉市政务服务中心"),
                     QStringLiteral("center"), {}, QStringLiteral("620800"),
                     QStringLiteral("city")));
    QVERIFY(m_fx.org(kCenter, QStringLiteral("崆峒区政务服务中心"), QStringLiteral("center"), {},
                     QStringLiteral("620802")));
    QVERIFY(m_fx.org(kOther, QStringLiteral("泾川县政务服务中心"), QStringLiteral("center"), {},
                     QStringLiteral("620821")));
    for (const QString &d : {kDeptA, kDeptB, kDeptC, kDeptD}) {
        QVERIFY(m_fx.org(d, QStringLiteral("部门") + d.right(1), QStringLiteral("department"),
                         kCenter, QStringLiteral("620802")));
    }
    QVERIFY(m_fx.org(kWindow, QStringLiteral("一号窗口"), QStringLiteral("window"), kDeptA,
                     QStringLiteral("620802")));
    QVERIFY(m_fx.staff(QStringLiteral("S1"), QStringLiteral("张敏"), kWindow));
    writeDepartmentA();
    writeFlagCenter();
    // Department B: one case for the 7-day boundary (default at 2026-11-17 08:00:00).
    QVERIFY(m_fx.serviceCase(QStringLiteral("B-c1"), kCenter, kDeptB,
                             QStringLiteral("2026-11-10 08:00:00")));
    // Department D: a case whose default (2026-11-08 08:00:00) a late evaluation replaces.
    QVERIFY(m_fx.serviceCase(QStringLiteral("D-c1"), kCenter, kDeptD,
                             QStringLiteral("2026-11-01 08:00:00")));
}

// Department A, October 2026 (rows and the figures they make):
//   cases (by finish): c1 10-05 e1(5) · c2 10-06 e2(4) · c3 10-10 none → default 10-17 ·
//   c4 10-28 none → default 11-04 (November) · c5 09-28 none → default 10-05 (served in
//   September) · c6 withdrawn · c7 open · c8 10-12 only a withdrawn e8 → default 10-19 ·
//   c9 10-15 e9(3) late on 10-25 → no default · c10 09-30 e10(1, text), e11(2, no text) ·
//   c13 10-30 e13(2, text); e12(2, text) withdrawn.
//   served 7 (c1 c2 c3 c4 c8 c9 c13), evaluated 4 (c1 c2 c9 c13), defaults 3 (c3 c5 c8),
//   evaluations 6 (e1 e2 e9 e10 e11 e13), valid 5, invalid 1 (e11), one of each level.
//   e10: verified 10-20 15:00 (deadline 10-21 09:00), rectified 10-28 (deadline 10-31),
//   closed, follow-up 4. e13: verified 11-01 09:00, after its deadline 10-31 10:00;
//   rectifying, delay to 11-30 (not due in October).
void TestIndicatorQuery::writeDepartmentA()
{
    struct C {
        const char *no, *finish;
        int status;
        bool withdrawn;
    };
    const C cases[] = {{"A-c1", "2026-10-05 10:00:00", 3, false},
                       {"A-c2", "2026-10-06 10:00:00", 3, false},
                       {"A-c3", "2026-10-10 10:00:00", 3, false},
                       {"A-c4", "2026-10-28 09:00:00", 3, false},
                       {"A-c5", "2026-09-28 12:00:00", 3, false},
                       {"A-c6", "2026-10-07 10:00:00", 3, true},
                       {"A-c7", "", 2, false},
                       {"A-c8", "2026-10-12 10:00:00", 3, false},
                       {"A-c9", "2026-10-15 10:00:00", 3, false},
                       {"A-c10", "2026-09-30 10:00:00", 3, false},
                       {"A-c13", "2026-10-30 09:00:00", 3, false}};
    for (const C &c : cases) {
        const bool first = qstrcmp(c.no, "A-c1") == 0;
        QVERIFY(m_fx.serviceCase(
            QString::fromLatin1(c.no), kCenter, kDeptA, QString::fromLatin1(c.finish), c.status,
            c.withdrawn, first ? kWindow : QString(), first ? QStringLiteral("S1") : QString()));
    }
    struct E {
        const char *id, *project;
        int level;
        const char *text, *assess;
        bool withdrawn;
        const char *channel;
    };
    const E evaluations[] = {
        {"e1", "A-c1", 5, "", "2026-10-05 11:00:00", false, "1"},
        {"e2", "A-c2", 4, "", "2026-10-06 12:00:00", false, "4"},
        {"e8", "A-c8", 5, "", "2026-10-12 11:00:00", true, "1"},
        {"e9", "A-c9", 3, "", "2026-10-25 10:00:00", false, "4"},
        {"e10", "A-c10", 1, "排队太久", "2026-10-20 09:00:00", false, "4"},
        {"e11", "A-c10", 2, "  ", "2026-10-21 09:00:00", false, "4"},
        {"e12", "A-c2", 2, "态度差", "2026-10-22 09:00:00", true, "4"},
        {"e13", "A-c13", 2, "态度差", "2026-10-30 10:00:00", false, "2"},
    };
    for (const E &e : evaluations) {
        const bool first = qstrcmp(e.id, "e1") == 0;
        QVERIFY(m_fx.evaluation(QString::fromLatin1(e.id), QString::fromLatin1(e.project), kCenter,
                                kDeptA, e.level, QString::fromUtf8(e.text),
                                QString::fromLatin1(e.assess), e.withdrawn,
                                QString::fromLatin1(e.channel), first ? kWindow : QString(),
                                first ? QStringLiteral("S1") : QString()));
    }
    QVERIFY(m_fx.badReview(QStringLiteral("e10"), {QStringLiteral("closed"),
                                                   QStringLiteral("confirmed"),
                                                   QStringLiteral("2026-10-20 15:00:00"),
                                                   QStringLiteral("2026-10-21 09:00:00"),
                                                   QStringLiteral("2026-10-31 23:59:59"),
                                                   {},
                                                   QStringLiteral("2026-10-28 10:00:00"),
                                                   4}));
    QVERIFY(m_fx.badReview(QStringLiteral("e13"), {QStringLiteral("rectifying"),
                                                   QStringLiteral("confirmed"),
                                                   QStringLiteral("2026-11-01 09:00:00"),
                                                   QStringLiteral("2026-10-31 10:00:00"),
                                                   QStringLiteral("2026-11-14 23:59:59"),
                                                   QStringLiteral("2026-11-30 23:59:59"),
                                                   {},
                                                   0}));
    QVERIFY(m_fx.badReview(QStringLiteral("e11"),
                           {QStringLiteral("invalid"), {}, {}, {}, {}, {}, {}, 0}));
}

// Center C620821, November 2026 to January 2027, each month: F1 and F2 30 × level 5
// (tied), F3 29 + one level 1, F4 28 + two, F5 27 + three, F6 29 × level 5 (below the
// minimum sample of 30). Ranks 1, 1, 3, 4, 5; F6 unranked. Bottom 3 of 5 ranked: F3–F5.
void TestIndicatorQuery::writeFlagCenter()
{
    const int bad[] = {0, 0, 1, 2, 3, 0};
    const int total[] = {30, 30, 30, 30, 30, 29};
    for (int f = 0; f < 6; ++f) {
        const QString dept = QStringLiteral("F%1").arg(f + 1);
        QVERIFY(m_fx.org(dept, QStringLiteral("测试部门") + dept, QStringLiteral("department"),
                         kOther, QStringLiteral("620821")));
    }
    QVERIFY(m_fx.exec(QStringLiteral("BEGIN")));
    const QDate months[] = {QDate(2026, 11, 1), QDate(2026, 12, 1), QDate(2027, 1, 1)};
    for (const QDate &month : months) {
        for (int f = 0; f < 6; ++f) {
            for (int i = 0; i < total[f]; ++i) {
                const QString id =
                    QStringLiteral("F%1-%2-%3").arg(f + 1).arg(month.toString(u"yyyyMM")).arg(i);
                const int level = i < bad[f] ? 1 : 5;
                QVERIFY(m_fx.evaluation(id, id, kOther, QStringLiteral("F%1").arg(f + 1), level,
                                        level == 1 ? QStringLiteral("太慢") : QString(),
                                        month.addDays(i % 28).toString(u"yyyy-MM-dd") +
                                            QStringLiteral(" 10:00:00")));
            }
        }
    }
    QVERIFY(m_fx.exec(QStringLiteral("COMMIT")));
}

void TestIndicatorQuery::everyIndicatorByHand()
{
    IndicatorQuery q(m_fx.cache);
    StoreResult error;
    const auto t = q.ranking(UnitLevel::Department, Period::month(2026, 10), kCenter,
                             at("2026-11-20 12:00:00"), &error);
    QVERIFY2(t, qPrintable(error.message));
    const RankedUnit *a = unit(*t, kDeptA);
    QVERIFY(a);
    QCOMPARE(a->unitName, QStringLiteral("部门A"));
    const UnitCounts &c = a->counts;
    QCOMPARE(c.servedCases, 7);
    QCOMPARE(c.evaluatedCases, 4);
    QCOMPARE(c.evaluations, 6);
    QCOMPARE(c.validEvaluations, 5);
    QCOMPARE(c.invalidEvaluations, 1);
    QCOMPARE(c.defaultEvaluations, 3);
    for (int l = 1; l <= 5; ++l)
        QCOMPARE(c.level(l), 1);
    QCOMPARE(c.badReviews(), 2);
    QCOMPARE(c.verifyDue, 2);
    QCOMPARE(c.verifiedByDeadline, 1);
    QCOMPARE(c.rectificationDue, 1);
    QCOMPARE(c.rectifiedByDeadline, 1);
    QCOMPARE(c.confirmedBadReviews, 2);
    QCOMPARE(c.rectifiedBadReviews, 1);
    QCOMPARE(c.followedUp, 1);
    QVERIFY(near(coverage(c), 4.0 / 7));
    QVERIFY(near(goodRate(c), 0.4));
    QVERIFY(near(badRate(c), 0.4));
    QVERIFY(near(satisfaction(c), 3.0));      // (1+2+3+4+5 + 3×3) / (5 + 3)
    QVERIFY(near(satisfactionRate(c), 0.75)); // (3 + 3) / 8
    QVERIFY(near(verifiedOnTime(c), 0.5));
    QVERIFY(near(rectifiedOnTime(c), 1.0));
    QVERIFY(near(rectificationRate(c), 0.5));
    QVERIFY(near(followUpRate(c), 1.0));
    QVERIFY(near(followUpSatisfaction(c), 4.0));
    // 5 valid < 30: listed with its score, not ranked, and says why.
    QVERIFY(a->belowMinimumSample);
    QVERIFY(!a->rank);
    QVERIFY(a->score);
    QVERIFY(a->notRankedReason.contains(QLatin1String("5")));

    // November: c4's default (11-04) and nothing else of A.
    const auto nov = q.counts(kDeptA, Period::month(2026, 11), at("2026-11-20 12:00:00"), &error);
    QVERIFY2(nov, qPrintable(error.message));
    QCOMPARE(nov->defaultEvaluations, 1);
    QCOMPARE(nov->servedCases, 0);
    QCOMPARE(nov->evaluations, 0);
    QVERIFY(!coverage(*nov));
    QVERIFY(near(satisfaction(*nov), 3.0));
}

void TestIndicatorQuery::zeroDenominatorsAndIdleUnits()
{
    IndicatorQuery q(m_fx.cache);
    const auto t = q.ranking(UnitLevel::Department, Period::month(2026, 10), kCenter,
                             at("2026-11-20 12:00:00"));
    QVERIFY(t);
    QStringList codes;
    for (const RankedUnit &u : t->units)
        codes << u.unitCode;
    codes.sort();
    QCOMPARE(codes, (QStringList{kDeptA, kDeptB, kDeptC, kDeptD}));
    const RankedUnit *idle = unit(*t, kDeptC);
    QCOMPARE(idle->counts, UnitCounts{});
    QVERIFY(!coverage(idle->counts));
    QVERIFY(!satisfaction(idle->counts));
    QVERIFY(!verifiedOnTime(idle->counts));
    QVERIFY(!idle->score);
    QVERIFY(!idle->rank);
    QVERIFY(idle->belowMinimumSample);
}

void TestIndicatorQuery::defaultBoundaryToTheSecond_data()
{
    QTest::addColumn<QString>("now");
    QTest::addColumn<int>("defaults");
    // B-c1 finished 2026-11-10 08:00:00: its default is due at 2026-11-17 08:00:00.
    QTest::newRow("one second before") << "2026-11-17 07:59:59" << 0;
    QTest::newRow("at the boundary") << "2026-11-17 08:00:00" << 1;
    QTest::newRow("one second after") << "2026-11-17 08:00:01" << 1;
    QTest::newRow("next day (whole-day rollup)") << "2026-11-18 09:00:00" << 1;
    QTest::newRow("a day before (whole-day rollup)") << "2026-11-16 09:00:00" << 0;
}

void TestIndicatorQuery::defaultBoundaryToTheSecond()
{
    QFETCH(QString, now);
    QFETCH(int, defaults);
    IndicatorQuery q(m_fx.cache);
    StoreResult error;
    const auto c = q.counts(kDeptB, Period::month(2026, 11), parsePlatformTime(now), &error);
    QVERIFY2(c, qPrintable(error.message));
    QCOMPARE(c->defaultEvaluations, defaults);
    QCOMPARE(c->servedCases, 1);
    // The domain rule on the same row says the same.
    QCOMPARE(countsAsDefault(at("2026-11-10 08:00:00"), std::nullopt, parsePlatformTime(now)),
             defaults == 1);
}

void TestIndicatorQuery::defaultsMirrorTheDomainRule()
{
    // Every served case of the fixture through countsAsDefault (first evaluation read
    // here with plain SQL), per default month, against the query's defaults.
    const QDateTime now = at("2026-11-05 10:00:00");
    QSqlQuery rows(m_fx.cache.connection().database());
    QVERIFY(rows.exec(QStringLiteral(
        "SELECT c.dept_code, c.finish_date, (SELECT min(assess_time) FROM evaluations e WHERE "
        "e.project_no = c.project_no AND e.withdrawn = 0) FROM cases c WHERE c.withdrawn = 0 AND "
        "c.pro_status = 3")));
    QHash<QString, int> expected; // dept|month → defaults
    while (rows.next()) {
        const QDateTime finish = parsePlatformTime(rows.value(1).toString());
        std::optional<QDateTime> first;
        if (!rows.value(2).isNull())
            first = parsePlatformTime(rows.value(2).toString());
        if (countsAsDefault(finish, first, now)) {
            expected[rows.value(0).toString() + QLatin1Char('|') +
                     defaultEvaluationFrom(finish).toString(u"yyyy-MM")] += 1;
        }
    }
    QVERIFY(!expected.isEmpty());
    IndicatorQuery q(m_fx.cache);
    for (const QString &dept : {kDeptA, kDeptB, kDeptD}) {
        for (const Period &month :
             {Period::month(2026, 9), Period::month(2026, 10), Period::month(2026, 11)}) {
            const auto c = q.counts(dept, month, now);
            QVERIFY(c);
            QCOMPARE(c->defaultEvaluations, expected.value(dept + QLatin1Char('|') + month.key()));
        }
    }
}

void TestIndicatorQuery::lateEvaluationReplacesTheDefault()
{
    IndicatorQuery q(m_fx.cache);
    const Period nov = Period::month(2026, 11);
    // D-c1 finished 11-01 08:00: default from 11-08 08:00.
    auto c = q.counts(kDeptD, nov, at("2026-11-09 00:00:00"));
    QVERIFY(c);
    QCOMPARE(c->defaultEvaluations, 1);
    QCOMPARE(c->evaluatedCases, 0);
    // The evaluation arrives late (11-09 10:00): the default is gone, the evaluation counts.
    QVERIFY(m_fx.evaluation(QStringLiteral("eD1"), QStringLiteral("D-c1"), kCenter, kDeptD, 5, {},
                            QStringLiteral("2026-11-09 10:00:00")));
    c = q.counts(kDeptD, nov, at("2026-11-12 00:00:00"));
    QVERIFY(c);
    QCOMPARE(c->defaultEvaluations, 0);
    QCOMPARE(c->evaluatedCases, 1);
    QCOMPARE(c->evaluations, 1);
    QCOMPARE(c->level(5), 1);
    // Withdrawn later: the default comes back (nothing non-withdrawn remains).
    QVERIFY(m_fx.evaluation(QStringLiteral("eD1"), QStringLiteral("D-c1"), kCenter, kDeptD, 5, {},
                            QStringLiteral("2026-11-09 10:00:00"), true));
    c = q.counts(kDeptD, nov, at("2026-11-12 00:00:00"));
    QVERIFY(c);
    QCOMPARE(c->defaultEvaluations, 1);
    QCOMPARE(c->evaluations, 0);
}

void TestIndicatorQuery::tiesMinimumSampleAndFlagAcrossTheYearEnd()
{
    IndicatorQuery q(m_fx.cache);
    StoreResult error;
    const auto jan = q.ranking(UnitLevel::Department, Period::month(2027, 1), kOther,
                               at("2027-02-10 09:00:00"), &error);
    QVERIFY2(jan, qPrintable(error.message));
    QCOMPARE(jan->units.size(), 6);
    const QStringList order{QStringLiteral("F1"), QStringLiteral("F2"), QStringLiteral("F3"),
                            QStringLiteral("F4"), QStringLiteral("F5"), QStringLiteral("F6")};
    const QList<std::optional<int>> ranks{1, 1, 3, 4, 5, std::nullopt};
    const bool flagged[] = {false, false, true, true, true, false};
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(jan->units[i].unitCode, order[i]);
        QCOMPARE(jan->units[i].rank, ranks[i]);
        QCOMPARE(jan->units[i].flagged, flagged[i]);
    }
    // F1: three components at wilson(30, 30) = 1 / (1 + 3.8416/30) = 0.886483.
    QVERIFY(qAbs(*jan->units[0].score - 88.6483) < 1e-3);
    QCOMPARE(jan->units[0].rankChange, 0);
    QVERIFY(jan->units[5].belowMinimumSample);
    QVERIFY(jan->units[5].notRankedReason.contains(QLatin1String("29")));
    // The history behind F5's flag: November, December, January, bottom each time.
    const auto &history = jan->units[4].flagHistory;
    QCOMPARE(history.size(), 3);
    QCOMPARE(history[0].period.key(), QStringLiteral("2026-11"));
    QCOMPARE(history[2].period.key(), QStringLiteral("2027-01"));
    for (const FlagHistoryEntry &e : history) {
        QVERIFY(e.inBottom);
        QCOMPARE(e.rankedUnits, 5);
    }
    // December: only November before it (October had no activity): nobody flagged yet.
    const auto dec = q.ranking(UnitLevel::Department, Period::month(2026, 12), kOther,
                               at("2027-02-10 09:00:00"));
    QVERIFY(dec);
    for (const RankedUnit &u : dec->units)
        QVERIFY(!u.flagged);
    QCOMPARE(dec->units[0].rankChange, 0);
    // With M = 2 December is enough.
    RankingSettings two;
    two.consecutiveM = 2;
    q.setSettings(two);
    const auto dec2 = q.ranking(UnitLevel::Department, Period::month(2026, 12), kOther,
                                at("2027-02-10 09:00:00"));
    QVERIFY(dec2);
    QVERIFY(unit(*dec2, QStringLiteral("F5"))->flagged);
    QVERIFY(!unit(*dec2, QStringLiteral("F2"))->flagged);
}

void TestIndicatorQuery::areasOneTierBelowTheWidest()
{
    IndicatorQuery q(m_fx.cache);
    // The widest center is the city's (620800): its counties are the areas.
    const auto t =
        q.ranking(UnitLevel::Area, Period::month(2026, 10), {}, at("2026-11-20 12:00:00"));
    QVERIFY(t);
    QCOMPARE(t->units.size(), 2);
    const RankedUnit *kongtong = unit(*t, QStringLiteral("620802"));
    QVERIFY(kongtong);
    QCOMPARE(kongtong->unitName, QStringLiteral("崆峒区"));
    QCOMPARE(kongtong->counts.servedCases, 7); // department A's
    QCOMPARE(kongtong->counts.defaultEvaluations, 3);
    QVERIFY(unit(*t, QStringLiteral("620821")));
    const auto units = q.units(UnitLevel::Area, QStringLiteral("6208"));
    QVERIFY(units);
    QCOMPARE(units->size(), 2);
    const auto tree = q.scopeTree();
    QVERIFY(tree);
    QCOMPARE(tree->size(), 1);
    QCOMPARE(tree->first().code, QStringLiteral("620800"));
    QCOMPARE(tree->first().children.size(), 3); // its center, then the two counties
}

void TestIndicatorQuery::scopesWindowsAndStaff()
{
    IndicatorQuery q(m_fx.cache);
    const QDateTime now = at("2026-11-20 12:00:00");
    const Period oct = Period::month(2026, 10);
    const auto windows = q.ranking(UnitLevel::Window, oct, kDeptA, now);
    QVERIFY(windows);
    QCOMPARE(windows->units.size(), 1);
    QCOMPARE(windows->units[0].counts.servedCases, 1);
    QCOMPARE(windows->units[0].counts.evaluations, 1);
    const auto staff = q.ranking(UnitLevel::Staff, oct, kCenter, now);
    QVERIFY(staff);
    QCOMPARE(staff->units.size(), 1);
    QCOMPARE(staff->units[0].unitName, QStringLiteral("张敏"));
    QCOMPARE(staff->units[0].counts.level(5), 1);
    // The whole county as a division equals the sum of its center.
    const auto county = q.counts(QStringLiteral("620802"), oct, now);
    const auto center = q.counts(kCenter, oct, now);
    QVERIFY(county && center);
    QCOMPARE(*county, *center);
    QCOMPARE(center->servedCases, 7);
    const auto everything = q.counts({}, oct, now);
    QVERIFY(everything);
    QCOMPARE(everything->servedCases, 7);
    QCOMPARE(q.scopeName(QStringLiteral("620802")).value_or(QString()), QStringLiteral("崆峒区"));
}

void TestIndicatorQuery::dashboardChannelsAndTrend()
{
    IndicatorQuery q(m_fx.cache);
    const QDateTime now = at("2026-11-20 12:00:00");
    const auto channels = q.evaluationsByChannel(kCenter, Period::month(2026, 10));
    QVERIFY(channels);
    // e1 on channel 1; e2 e9 e10 e11 on 4; e13 on 2 (withdrawn e8, e12 not counted).
    QCOMPARE(channels->size(), 3);
    QCOMPARE(channels->at(0).channelCode, QStringLiteral("4"));
    QCOMPARE(channels->at(0).evaluations, 4);
    QCOMPARE(channels->at(0).validEvaluations, 3);
    QVERIFY(!channels->at(0).channelName.isEmpty());

    const auto d = q.dashboard(kCenter, Period::month(2026, 10), now);
    QVERIFY(d);
    QCOMPARE(d->current.counts.evaluations, 6);
    QCOMPARE(d->previous.period.key(), QStringLiteral("2026-09"));
    QCOMPARE(d->previous.counts.servedCases, 2); // c5, c10
    // Open: e13 (rectifying) — e10 is closed, e11 invalid. Overdue at 11-20: no (delay 11-30).
    QCOMPARE(d->openBadReviews, 1);
    QCOMPARE(d->overdueBadReviews, 0);
    const auto late = q.dashboard(kCenter, Period::month(2026, 10), at("2026-12-01 00:00:00"));
    QCOMPARE(late->overdueBadReviews, 1);
    // Chase list at 11-20 12:00: B-c1 (finished 11-10 08:00) is past its default; none left.
    QCOMPARE(d->chaseCases, 0);

    const auto trend = q.monthlyCounts(kCenter, QDate(2025, 12, 1), QDate(2026, 11, 1), now);
    QVERIFY(trend);
    QCOMPARE(trend->size(), 12);
    QCOMPARE(trend->at(10).period.key(), QStringLiteral("2026-10"));
    // The trend carries cases, evaluations, levels and defaults; its handling counts are 0.
    const UnitCounts &month = trend->at(10).counts;
    QCOMPARE(month.servedCases, d->current.counts.servedCases);
    QCOMPARE(month.evaluatedCases, d->current.counts.evaluatedCases);
    QCOMPARE(month.evaluations, d->current.counts.evaluations);
    QCOMPARE(month.validEvaluations, d->current.counts.validEvaluations);
    QCOMPARE(month.invalidEvaluations, d->current.counts.invalidEvaluations);
    QCOMPARE(month.defaultEvaluations, d->current.counts.defaultEvaluations);
    for (int l = 1; l <= 5; ++l)
        QCOMPARE(month.level(l), d->current.counts.level(l));
    QCOMPARE(month.verifyDue, 0);
    QCOMPARE(month.confirmedBadReviews, 0);
}

void TestIndicatorQuery::chaseList()
{
    IndicatorQuery q(m_fx.cache);
    // At 11-17 07:59:59 B-c1's default is one second away; at 08:00:00 it is due.
    auto list = q.chaseList(kCenter, {}, at("2026-11-17 07:59:59"), 0, 100);
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().projectNo, QStringLiteral("B-c1"));
    QCOMPARE(list->first().deptName, QStringLiteral("部门B"));
    QCOMPARE(list->first().secondsLeft(at("2026-11-17 07:59:59")), 1);
    const auto counts = q.chaseCounts(kCenter, at("2026-11-17 07:59:59"));
    QVERIFY(counts);
    QCOMPARE(counts->size(), 1);
    QCOMPARE(counts->first().cases, 1);
    list = q.chaseList(kCenter, {}, at("2026-11-17 08:00:00"), 0, 100);
    QVERIFY(list);
    QVERIFY(list->isEmpty());
    // On 11-07 D-c1 (finished 11-01 08:00, its evaluation withdrawn) waits; B-c1 is not
    // finished yet. Narrowed to department B: nothing.
    list = q.chaseList({}, {}, at("2026-11-07 09:00:00"), 0, 100);
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->at(0).projectNo, QStringLiteral("D-c1"));
    QCOMPARE(list->at(0).defaultAt, at("2026-11-08 08:00:00"));
    list = q.chaseList({}, kDeptB, at("2026-11-07 09:00:00"), 0, 100);
    QVERIFY(list);
    QVERIFY(list->isEmpty());
}

void TestIndicatorQuery::unknownScopeIsAnError()
{
    IndicatorQuery q(m_fx.cache);
    StoreResult error;
    QVERIFY(!q.ranking(UnitLevel::Department, Period::month(2026, 10), QStringLiteral("C999999"),
                       at("2026-11-20 12:00:00"), &error));
    QCOMPARE(error.kind, StoreErrorKind::Data);
    QVERIFY(error.message.contains(QLatin1String("C999999")));
}

// The units' directory is shared by the queries of one cache file (IndicatorQuery.cpp)
// while org units and staff are unchanged: a rename the sync writes reaches a query
// already open and a new one alike.
void TestIndicatorQuery::unitsRenamedReachEveryQuery()
{
    IndicatorQuery open(m_fx.cache);
    QCOMPARE(open.scopeName(kDeptA).value_or(QString()), QStringLiteral("部门A"));
    IndicatorQuery second(m_fx.cache);
    QCOMPARE(second.scopeName(kDeptA).value_or(QString()), QStringLiteral("部门A"));
    QVERIFY(m_fx.exec(QStringLiteral("UPDATE org_units SET name = '部门甲', updated_at = ? WHERE "
                                     "org_code = ?"),
                      {m_fx.nextUpdate(), kDeptA}));
    QCOMPARE(open.scopeName(kDeptA).value_or(QString()), QStringLiteral("部门甲"));
    IndicatorQuery fresh(m_fx.cache);
    QCOMPARE(fresh.scopeName(kDeptA).value_or(QString()), QStringLiteral("部门甲"));
    QCOMPARE(second.scopeName(kDeptA).value_or(QString()), QStringLiteral("部门甲"));
}

QTEST_GUILESS_MAIN(TestIndicatorQuery)
#include "tst_indicatorquery.moc"
