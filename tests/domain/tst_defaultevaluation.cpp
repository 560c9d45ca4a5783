// SPDX-License-Identifier: GPL-3.0-or-later
// 000 art.6 / DESIGN.md §1: a case finished at T with no evaluation by T + 7×24 h counts
// one default 基本满意 (level 3) from then on; a later evaluation replaces the default.
#include "DomainTestSupport.h"
#include "models/domain/DefaultEvaluation.h"

#include <QTest>

using namespace pingjia;
using test::at;

class TestDefaultEvaluation : public QObject {
    Q_OBJECT
private slots:
    void boundary();
    void counts_data();
    void counts();
};

void TestDefaultEvaluation::boundary()
{
    QCOMPARE(kDefaultLevel, 3);
    // T = 2026-10-01 10:00:00 → T + 168 h = 2026-10-08 10:00:00 (national holiday or not:
    // the 7 days are natural days of 24 h).
    QCOMPARE(defaultEvaluationFrom(at("2026-10-01 10:00:00")), at("2026-10-08 10:00:00"));
    QVERIFY(!defaultEvaluationFrom(QDateTime()).isValid());
}

void TestDefaultEvaluation::counts_data()
{
    QTest::addColumn<QDateTime>("finish");
    QTest::addColumn<QDateTime>("firstEvaluation"); // invalid = none yet
    QTest::addColumn<QDateTime>("asOf");
    QTest::addColumn<bool>("expected");
    const QDateTime T = at("2026-10-01 10:00:00");
    const QDateTime none;
    QTest::newRow("one-second-before") << T << none << at("2026-10-08 09:59:59") << false;
    QTest::newRow("exactly-T+7d") << T << none << at("2026-10-08 10:00:00") << true;
    QTest::newRow("weeks-later") << T << none << at("2026-11-30 00:00:00") << true;
    QTest::newRow("evaluated-within-7d")
        << T << at("2026-10-03 12:00:00") << at("2026-10-20 00:00:00") << false;
    // Evaluated exactly at the boundary: "by T + 7×24 h", so no default.
    QTest::newRow("evaluated-at-boundary")
        << T << at("2026-10-08 10:00:00") << at("2026-10-08 10:00:00") << false;
    // Evaluated late: the default counts until the evaluation, which then replaces it.
    QTest::newRow("late-evaluation-not-yet")
        << T << at("2026-10-12 09:00:00") << at("2026-10-12 08:59:59") << true;
    QTest::newRow("late-evaluation-replaces")
        << T << at("2026-10-12 09:00:00") << at("2026-10-12 09:00:00") << false;
    QTest::newRow("unfinished-case") << QDateTime() << none << at("2026-12-01 00:00:00") << false;
}

void TestDefaultEvaluation::counts()
{
    QFETCH(QDateTime, finish);
    QFETCH(QDateTime, firstEvaluation);
    QFETCH(QDateTime, asOf);
    QFETCH(bool, expected);
    const std::optional<QDateTime> first =
        firstEvaluation.isValid() ? std::optional(firstEvaluation) : std::nullopt;
    QCOMPARE(countsAsDefault(finish, first, asOf), expected);
}

QTEST_GUILESS_MAIN(TestDefaultEvaluation)
#include "tst_defaultevaluation.moc"
