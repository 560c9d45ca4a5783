// SPDX-License-Identifier: GPL-3.0-or-later
// The models of the rankings, dashboard and chase list on hand-built values, under
// QAbstractItemModelTester: what each cell shows (worked out by hand), sorting with
// undefined values last, greyed units, the flag's history, header formulas, exports.

#include "models/domain/Clock.h"
#include "models/domain/PlatformTime.h"
#include "models/itemmodels/ChaseListModel.h"
#include "models/itemmodels/KeyFiguresModel.h"
#include "models/itemmodels/RankingModel.h"
#include "ui/rankings/RankingExport.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace pingjia;

namespace {

RankedUnit unit(const QString &code, const QString &name, qint64 l5, qint64 l4, qint64 l1,
                std::optional<double> score, std::optional<int> rank)
{
    RankedUnit u;
    u.unitCode = code;
    u.unitName = name;
    u.counts.levels[4] = l5;
    u.counts.levels[3] = l4;
    u.counts.levels[0] = l1;
    u.counts.validEvaluations = l5 + l4 + l1;
    u.counts.evaluations = u.counts.validEvaluations;
    u.score = score;
    u.rank = rank;
    return u;
}

RankingTable table()
{
    RankingTable t;
    t.level = UnitLevel::Department;
    t.period = Period::month(2026, 10);
    RankedUnit a = unit(QStringLiteral("D1"), QStringLiteral("公安局"), 40, 0, 0, 90.5, 1);
    a.previousRank = 2;
    a.rankChange = 1;
    RankedUnit b = unit(QStringLiteral("D2"), QStringLiteral("人社局"), 30, 8, 2, 80.25, 2);
    b.previousRank = 1;
    b.rankChange = -1;
    b.flagged = true;
    b.flagHistory = {{Period::month(2026, 8), 3, 3, true},
                     {Period::month(2026, 9), 3, 3, true},
                     {Period::month(2026, 10), 2, 2, true}};
    RankedUnit c = unit(QStringLiteral("D3"), QString(), 5, 0, 0, 60.0, std::nullopt);
    c.belowMinimumSample = true;
    c.notRankedReason = QStringLiteral("5 valid evaluations, fewer than 30");
    t.units = {a, b, c};
    return t;
}

} // namespace

class TestRankingModels : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void rankingCells();
    void rankingSortsUndefinedLast();
    void rankingHeadersNameFormulas();
    void rankingExport();
    void keyFigures();
    void chaseList();
};

void TestRankingModels::rankingCells()
{
    RankingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTable(table());
    QCOMPARE(model.rowCount(), 3);
    const auto cell = [&model](int row, int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(cell(0, RankingModel::RankColumn), QStringLiteral("1"));
    QCOMPARE(cell(0, RankingModel::ChangeColumn), QStringLiteral("↑1"));
    QCOMPARE(cell(1, RankingModel::ChangeColumn), QStringLiteral("↓1"));
    QCOMPARE(cell(2, RankingModel::RankColumn), QStringLiteral("—"));
    QCOMPARE(cell(2, RankingModel::UnitColumn), QStringLiteral("D3")); // no name synced yet
    QCOMPARE(cell(0, RankingModel::ScoreColumn), QStringLiteral("90.50"));
    // 人社局: satisfaction (30×5 + 8×4 + 2×1) ÷ 40 = 4.60; bad rate 2 ÷ 40 = 5.0 %.
    const int satisfactionColumn =
        RankingModel::FirstIndicator +
        int(RankingModel::tableIndicators().indexOf(Indicator::Satisfaction));
    const int badRateColumn = RankingModel::FirstIndicator +
                              int(RankingModel::tableIndicators().indexOf(Indicator::BadRate));
    const int coverageColumn = RankingModel::FirstIndicator +
                               int(RankingModel::tableIndicators().indexOf(Indicator::Coverage));
    QCOMPARE(cell(1, satisfactionColumn), QStringLiteral("4.60"));
    QCOMPARE(cell(1, badRateColumn), QStringLiteral("5.0%"));
    QCOMPARE(cell(1, coverageColumn), QStringLiteral("—")); // no served cases: undefined
    QVERIFY(model.index(2, 0).data(RankingModel::BelowMinimumRole).toBool());
    QCOMPARE(model.index(2, badRateColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("5 valid evaluations, fewer than 30"));
    QVERIFY(model.index(1, RankingModel::FlagColumn).data(RankingModel::FlaggedRole).toBool());
    const QString history =
        model.index(1, RankingModel::FlagColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(history.contains(Period::month(2026, 8).label()), qPrintable(history));
    QVERIFY2(history.contains(QStringLiteral("rank 3 of 3")), qPrintable(history));
    QCOMPARE(history.count(QStringLiteral("(bottom)")), 3);
}

void TestRankingModels::rankingSortsUndefinedLast()
{
    RankingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTable(table());
    const QPersistentModelIndex d2(model.index(1, RankingModel::UnitColumn));
    const auto order = [&model] {
        QStringList codes;
        for (int r = 0; r < model.rowCount(); ++r)
            codes << model.index(r, 0).data(RankingModel::UnitCodeRole).toString();
        return codes;
    };
    model.sort(RankingModel::RankColumn, Qt::DescendingOrder);
    QCOMPARE(order(), (QStringList{"D2", "D1", "D3"})); // unranked D3 stays last
    QCOMPARE(d2.row(), 0);
    model.sort(RankingModel::RankColumn, Qt::AscendingOrder);
    QCOMPARE(order(), (QStringList{"D1", "D2", "D3"}));
    model.sort(RankingModel::ScoreColumn, Qt::AscendingOrder);
    QCOMPARE(order(), (QStringList{"D3", "D2", "D1"}));
    const int valid = RankingModel::FirstIndicator +
                      int(RankingModel::tableIndicators().indexOf(Indicator::ValidEvaluations));
    model.sort(valid, Qt::DescendingOrder);
    QCOMPARE(order(), (QStringList{"D1", "D2", "D3"})); // 40, 40 (tie keeps rank order), 5
    QCOMPARE(d2.row(), 1);
}

void TestRankingModels::rankingHeadersNameFormulas()
{
    RankingModel model;
    const int coverage = RankingModel::FirstIndicator +
                         int(RankingModel::tableIndicators().indexOf(Indicator::Coverage));
    const QString tip = model.headerData(coverage, Qt::Horizontal, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QString::fromUtf8(indicatorFormula(Indicator::Coverage).formulaEn)),
             qPrintable(tip));
    QVERIFY(!model.headerData(RankingModel::FlagColumn, Qt::Horizontal, Qt::ToolTipRole)
                 .toString()
                 .isEmpty());
    // Every indicator of the domain is a column, and only once; then the flags' count.
    QCOMPARE(model.columnCount(),
             RankingModel::FirstIndicator + int(indicatorFormulas().size()) - 1 + 1);
    QCOMPARE(RankingModel::flaggedEvaluationsColumn(), model.columnCount() - 1);
}

void TestRankingModels::rankingExport()
{
    RankingModel model;
    model.setTable(table());
    const ExportTable t = rankingExportTable(model, QStringLiteral("部门排名"));
    QCOMPARE(t.headers.size(), model.columnCount() + 2);
    QCOMPARE(t.columnFormulas.size(), t.headers.size());
    QCOMPARE(t.rows.size(), 3);
    const int badRateColumn = RankingModel::FirstIndicator +
                              int(RankingModel::tableIndicators().indexOf(Indicator::BadRate));
    QCOMPARE(t.rows.at(1).at(badRateColumn).toDouble(), 0.05);   // a fraction
    QVERIFY(t.rows.at(2).at(RankingModel::RankColumn).isNull()); // not ranked
    QCOMPARE(t.rows.at(1).at(RankingModel::FlagColumn).toBool(), true);
    QCOMPARE(t.rows.at(2).last().toString(), QStringLiteral("5 valid evaluations, fewer than 30"));
    QCOMPARE(t.rows.at(0).at(t.headers.size() - 2).toString(), QStringLiteral("D1"));
    QVERIFY(t.columnFormulas.at(badRateColumn)
                .contains(QString::fromUtf8(indicatorFormula(Indicator::BadRate).formulaEn)));
}

void TestRankingModels::keyFigures()
{
    DashboardSnapshot s;
    s.figures.current.period = Period::month(2026, 10);
    s.figures.previous.period = Period::month(2026, 9);
    UnitCounts now;
    now.evaluations = 120;
    now.validEvaluations = 100;
    now.levels[4] = 90;
    now.levels[0] = 10; // bad rate 10 %
    now.servedCases = 200;
    now.evaluatedCases = 100; // coverage 50 %
    UnitCounts before;
    before.evaluations = 100;
    before.validEvaluations = 50;
    before.levels[4] = 48;
    before.levels[0] = 2; // bad rate 4 %
    before.servedCases = 100;
    before.evaluatedCases = 40; // coverage 40 %
    s.figures.current.counts = now;
    s.figures.previous.counts = before;
    s.figures.openBadReviews = 7;
    s.figures.overdueBadReviews = 2;
    s.chase = {{QStringLiteral("D1"), QStringLiteral("公安局"), 3},
               {QStringLiteral("D2"), QStringLiteral("人社局"), 4}};
    KeyFiguresModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(s);
    const auto cell = [&model](int row, int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(cell(KeyFiguresModel::Evaluations, KeyFiguresModel::CurrentColumn),
             QStringLiteral("120"));
    QCOMPARE(cell(KeyFiguresModel::Evaluations, KeyFiguresModel::ChangeColumn),
             QStringLiteral("+20"));
    QCOMPARE(cell(KeyFiguresModel::Coverage, KeyFiguresModel::CurrentColumn),
             QStringLiteral("50.0%"));
    QCOMPARE(cell(KeyFiguresModel::Coverage, KeyFiguresModel::ChangeColumn),
             QStringLiteral("+10.0 pp"));
    QCOMPARE(cell(KeyFiguresModel::BadRate, KeyFiguresModel::PreviousColumn),
             QStringLiteral("4.0%"));
    QCOMPARE(model.index(KeyFiguresModel::BadRate, KeyFiguresModel::ChangeColumn)
                 .data(KeyFiguresModel::BetterRole)
                 .toInt(),
             -1); // the bad rate rose: bad news
    // Satisfaction (no defaults): (90×5 + 10×1) ÷ 100 = 4.60 against (48×5 + 2×1) ÷ 50 = 4.84.
    QCOMPARE(cell(KeyFiguresModel::Satisfaction, KeyFiguresModel::CurrentColumn),
             QStringLiteral("4.60"));
    QCOMPARE(cell(KeyFiguresModel::Satisfaction, KeyFiguresModel::ChangeColumn),
             QStringLiteral("-0.24"));
    QCOMPARE(cell(KeyFiguresModel::OpenBadReviews, KeyFiguresModel::CurrentColumn),
             QStringLiteral("7"));
    QCOMPARE(cell(KeyFiguresModel::OpenBadReviews, KeyFiguresModel::PreviousColumn),
             QStringLiteral("—"));
    QCOMPARE(cell(KeyFiguresModel::AwaitingEvaluation, KeyFiguresModel::CurrentColumn),
             QStringLiteral("7"));
    QVERIFY(model.headerData(KeyFiguresModel::CurrentColumn, Qt::Horizontal)
                .toString()
                .contains(QStringLiteral("2026")));
}

void TestRankingModels::chaseList()
{
    Clock::setOverride(parsePlatformTime(QStringLiteral("2026-10-31 18:00:00")));
    const auto item = [](const QString &no, const QString &finished, const QString &dept) {
        ChaseItem i;
        i.projectNo = no;
        i.deptCode = dept;
        i.deptName = dept == u"D1" ? QStringLiteral("公安局") : QString();
        i.windowCode = QStringLiteral("W620802-001");
        i.staffId = QStringLiteral("S1");
        i.staffName = QStringLiteral("李四");
        i.taskName = QStringLiteral("居民身份证换领");
        i.finishDate = parsePlatformTime(finished);
        i.defaultAt = i.finishDate.addSecs(7 * 24 * 3600);
        return i;
    };
    ChaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems({item(QStringLiteral("P1"), QStringLiteral("2026-10-25 09:00:00"), "D1"),
                    item(QStringLiteral("P2"), QStringLiteral("2026-10-30 10:00:00"), "D2")},
                   5);
    QCOMPARE(model.total(), 5);
    const auto cell = [&model](int row, int column) {
        return model.index(row, column).data().toString();
    };
    // P1: default 2026-11-01 09:00, 15 h 0 min after 2026-10-31 18:00.
    QCOMPARE(cell(0, ChaseListModel::TimeLeftColumn), QStringLiteral("15 h 0 min"));
    // P2: default 2026-11-06 10:00: 5 d 16 h.
    QCOMPARE(cell(1, ChaseListModel::TimeLeftColumn), QStringLiteral("5 d 16 h"));
    QCOMPARE(cell(1, ChaseListModel::DepartmentColumn), QStringLiteral("D2"));
    QCOMPARE(cell(0, ChaseListModel::DefaultAtColumn), QStringLiteral("2026-11-01 09:00"));
    model.sort(ChaseListModel::TimeLeftColumn, Qt::DescendingOrder);
    QCOMPARE(cell(0, ChaseListModel::CaseColumn), QStringLiteral("P2"));
    Clock::setOverride(parsePlatformTime(QStringLiteral("2026-11-01 09:00:00")));
    QCOMPARE(cell(1, ChaseListModel::TimeLeftColumn), QStringLiteral("due"));
    Clock::clearOverride();
}

QTEST_MAIN(TestRankingModels)
#include "tst_rankingmodels.moc"
