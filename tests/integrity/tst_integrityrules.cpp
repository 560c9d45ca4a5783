// SPDX-License-Identifier: GPL-3.0-or-later
// The review-integrity rules (models/domain/IntegrityRules.h) on hand-made rows; every
// expected flag is worked out by hand in the comments.

#include "models/domain/IntegrityRules.h"

#include <QtTest>

using namespace pingjia;

namespace {

QDateTime at(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), u"yyyy-MM-dd HH:mm:ss");
}

IntegrityEvaluation eval(const char *id, const char *project, int level, const char *time,
                         std::optional<qint64> mobile = {}, std::optional<qint64> cert = {},
                         const char *window = "W1")
{
    IntegrityEvaluation e;
    e.evalId = QString::fromLatin1(id);
    e.projectNo = QString::fromLatin1(project);
    e.centerCode = QStringLiteral("C1");
    e.deptCode = QStringLiteral("D1");
    e.windowCode = QString::fromLatin1(window);
    e.level = level;
    e.valid = true;
    e.assessTime = at(time);
    e.mobileHash = mobile;
    e.certHash = cert;
    return e;
}

QStringList ids(const QList<IntegrityFlag> &flags)
{
    QStringList out;
    for (const IntegrityFlag &f : flags)
        out << (f.evalId.isEmpty() ? f.unitCode : f.evalId);
    out.sort();
    return out;
}

} // namespace

class TestIntegrityRules : public QObject {
    Q_OBJECT

private slots:
    void ruleNamesRoundTrip();
    void settingsDefaultsAndBadValues();
    void staffEvaluatorNeedsTheSameCenter();
    void repeatEvaluatorCountsDistinctCases();
    void burstNeedsEnoughTopRatingsWithinTheSpan();
    void followUpOnAStaffPhone();
    void ceilingNeedsHighGoodRateAndCrediblyLowCoverage();
    void evaluatedBeforeFinish();
    void noFlagCarriesAHash();
};

void TestIntegrityRules::ruleNamesRoundTrip()
{
    QCOMPARE(allIntegrityRules().size(), 6);
    for (IntegrityRule r : allIntegrityRules())
        QCOMPARE(integrityRuleFromString(toString(r)), std::optional<IntegrityRule>(r));
    QCOMPARE(toString(IntegrityRule::LevelFiveBurst), QStringLiteral("levelFiveBurst"));
    QVERIFY(!integrityRuleFromString(QStringLiteral("nonsense")));
}

void TestIntegrityRules::settingsDefaultsAndBadValues()
{
    const IntegritySettings d = IntegritySettings::fromMap({});
    QCOMPARE(d.repeatMinCases, 5);
    QCOMPARE(d.burstMinCount, 6);
    QCOMPARE(d.burstMinutes, 10);
    const IntegritySettings s = IntegritySettings::fromMap(
        {{QStringLiteral("burstMinCount"), 3}, {QStringLiteral("repeatMinCases"), 0}});
    QCOMPARE(s.burstMinCount, 3);
    QCOMPARE(s.repeatMinCases, 5); // 0 would flag everyone: the default stays
}

void TestIntegrityRules::staffEvaluatorNeedsTheSameCenter()
{
    // Phone 42 belongs to staff of C1, phone 43 to staff of C2.
    const QList<StaffPhone> staff = {{42, QStringLiteral("C1"), QStringLiteral("W1")},
                                     {43, QStringLiteral("C2"), QStringLiteral("W9")}};
    const QList<IntegrityEvaluation> rows = {
        eval("E1", "P1", 5, "2026-09-01 10:00:00", 42), // C1 staff phone: flagged
        eval("E2", "P2", 5, "2026-09-01 10:00:00", 43), // another center's staff: not
        eval("E3", "P3", 5, "2026-09-01 10:00:00", 44), // nobody's
        eval("E4", "P4", 5, "2026-09-01 10:00:00"),     // anonymous
    };
    const auto flags = staffEvaluatorFlags(rows, staff);
    QCOMPARE(ids(flags), QStringList{"E1"});
    QCOMPARE(flags.first().unitCode, QStringLiteral("D1"));
    QCOMPARE(flags.first().evidence.value("staffOrgCode").toString(), QStringLiteral("W1"));
}

void TestIntegrityRules::repeatEvaluatorCountsDistinctCases()
{
    QList<IntegrityEvaluation> rows;
    // Evaluator 7 (by ID number) on 5 different cases: flagged, all 5.
    for (int i = 0; i < 5; ++i)
        rows << eval(qPrintable(QStringLiteral("A%1").arg(i)),
                     qPrintable(QStringLiteral("PA%1").arg(i)), 5, "2026-09-02 10:00:00", 100 + i,
                     7);
    // Evaluator 8: 4 cases, one of them evaluated twice (5 rows, 4 cases): not flagged.
    for (int i = 0; i < 4; ++i)
        rows << eval(qPrintable(QStringLiteral("B%1").arg(i)),
                     qPrintable(QStringLiteral("PB%1").arg(i)), 5, "2026-09-02 10:00:00", {}, 8);
    rows << eval("B9", "PB0", 5, "2026-09-03 10:00:00", {}, 8);
    // No ID number, the same mobile 9 on 5 cases: flagged through the mobile.
    for (int i = 0; i < 5; ++i)
        rows << eval(qPrintable(QStringLiteral("C%1").arg(i)),
                     qPrintable(QStringLiteral("PC%1").arg(i)), 4, "2026-09-02 10:00:00", 9);
    const auto flags = repeatEvaluatorFlags(rows, {});
    QCOMPARE(ids(flags), (QStringList{"A0", "A1", "A2", "A3", "A4", "C0", "C1", "C2", "C3", "C4"}));
    for (const IntegrityFlag &f : flags)
        QCOMPARE(f.evidence.value("cases").toInt(), 5);
}

void TestIntegrityRules::burstNeedsEnoughTopRatingsWithinTheSpan()
{
    QList<IntegrityEvaluation> rows;
    // W1: six level-5 from 10:00 to 10:09:00 (span 9 min ≤ 10): all six flagged.
    for (int i = 0; i < 6; ++i)
        rows << eval(qPrintable(QStringLiteral("W1-%1").arg(i)), "P", 5,
                     qPrintable(QStringLiteral("2026-09-04 10:0%1:00").arg(i * 9 / 5)));
    // W2: six level-5 but 11 minutes from first to last: no 6 within 10 minutes.
    const char *w2[] = {"10:00:00", "10:02:00", "10:04:00", "10:06:00", "10:08:00", "10:11:00"};
    for (int i = 0; i < 6; ++i)
        rows << eval(qPrintable(QStringLiteral("W2-%1").arg(i)), "P", 5,
                     qPrintable(QStringLiteral("2026-09-04 ") + QLatin1String(w2[i])), {}, {},
                     "W2");
    // W3: six within a minute, one of them level 4: five level-5 only, not flagged.
    for (int i = 0; i < 6; ++i)
        rows << eval(qPrintable(QStringLiteral("W3-%1").arg(i)), "P", i == 3 ? 4 : 5,
                     qPrintable(QStringLiteral("2026-09-04 10:00:0%1").arg(i)), {}, {}, "W3");
    const auto flags = levelFiveBurstFlags(rows, {});
    QCOMPARE(ids(flags), (QStringList{"W1-0", "W1-1", "W1-2", "W1-3", "W1-4", "W1-5"}));
    QCOMPARE(flags.first().evidence.value("count").toInt(), 6);
    QCOMPARE(flags.first().evidence.value("from").toString(),
             QStringLiteral("2026-09-04 10:00:00"));
    QCOMPARE(flags.first().evidence.value("to").toString(), QStringLiteral("2026-09-04 10:09:00"));
    // With a 12-minute span W2 is a burst too.
    IntegritySettings wide;
    wide.burstMinutes = 12;
    QCOMPARE(levelFiveBurstFlags(rows, wide).size(), 12);
}

void TestIntegrityRules::followUpOnAStaffPhone()
{
    const QList<StaffPhone> staff = {{42, QStringLiteral("C1"), QStringLiteral("W1")}};
    const QList<FollowUpCall> calls = {
        {QStringLiteral("E1"), QStringLiteral("C1"), QStringLiteral("D1"), 42},
        {QStringLiteral("E2"), QStringLiteral("C1"), QStringLiteral("D1"), 41}};
    QCOMPARE(ids(followUpStaffPhoneFlags(calls, staff)), QStringList{"E1"});
}

void TestIntegrityRules::ceilingNeedsHighGoodRateAndCrediblyLowCoverage()
{
    auto unit = [](const char *code, qint64 served, qint64 evaluated, qint64 good, qint64 other) {
        IntegrityUnit u;
        u.unitCode = QString::fromLatin1(code);
        u.counts.servedCases = served;
        u.counts.evaluatedCases = evaluated;
        u.counts.levels[4] = good;
        u.counts.levels[2] = other;
        u.counts.validEvaluations = good + other;
        return u;
    };
    // Wilson 95 % upper bounds (by hand, z = 1.96): 8/200 → 0.0769; 8/40 → 0.3476;
    // 3/100 → 0.0845.
    const QList<IntegrityUnit> units = {
        unit("U1", 200, 8, 8, 0), // 100 % good, coverage credibly ≤ 15 %: flagged
        unit("U2", 40, 8, 8, 0),  // 20 % of only 40 cases: could be 35 %: not flagged
        unit("U3", 200, 8, 7, 1), // 87.5 % good: not at the ceiling
        unit("U4", 100, 3, 3, 0), // 3 evaluations: too few to judge
    };
    const auto flags = ceilingLowCoverageFlags(units, {});
    QCOMPARE(ids(flags), QStringList{"U1"});
    QVERIFY(qAbs(flags.first().evidence.value("coverageUpperBound").toDouble() - 0.0769) < 0.001);
    QVERIFY(qAbs(wilsonUpperBound(8, 40) - 0.3476) < 0.001);
    QVERIFY(qAbs(wilsonUpperBound(3, 100) - 0.0845) < 0.001);
}

void TestIntegrityRules::evaluatedBeforeFinish()
{
    QList<IntegrityEvaluation> rows = {eval("E1", "P1", 5, "2026-09-05 09:00:00"),
                                       eval("E2", "P2", 5, "2026-09-05 09:00:00"),
                                       eval("E3", "P3", 5, "2026-09-05 09:00:00")};
    rows[0].caseFinish = at("2026-09-05 11:30:00"); // 150 minutes early: flagged
    rows[1].caseFinish = at("2026-09-05 09:00:00"); // at the finish: fine
    // rows[2]: the case is open or unknown: not judged
    const auto flags = evaluatedBeforeFinishFlags(rows);
    QCOMPARE(ids(flags), QStringList{"E1"});
    QCOMPARE(flags.first().evidence.value("minutesBefore").toInt(), 150);
    QVERIFY(IntegrityText::explanation(flags.first()).contains(QStringLiteral("150")));
}

void TestIntegrityRules::noFlagCarriesAHash()
{
    const QList<StaffPhone> staff = {{424242, QStringLiteral("C1"), QStringLiteral("W1")}};
    QList<IntegrityEvaluation> rows;
    for (int i = 0; i < 6; ++i)
        rows << eval(qPrintable(QStringLiteral("E%1").arg(i)),
                     qPrintable(QStringLiteral("P%1").arg(i)), 5, "2026-09-06 10:00:00", 424242,
                     777777);
    QList<IntegrityFlag> all = staffEvaluatorFlags(rows, staff) + repeatEvaluatorFlags(rows, {}) +
                               levelFiveBurstFlags(rows, {});
    QCOMPARE(all.size(), 18);
    for (const IntegrityFlag &f : all) {
        for (const QVariant &v : f.evidence) {
            QVERIFY(!v.toString().contains(QStringLiteral("424242")));
            QVERIFY(!v.toString().contains(QStringLiteral("777777")));
        }
    }
}

QTEST_GUILESS_MAIN(TestIntegrityRules)
#include "tst_integrityrules.moc"
