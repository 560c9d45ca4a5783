// SPDX-License-Identifier: GPL-3.0-or-later
// The rectification tracker's models (progress per unit, ageing, common problems,
// double zero) under QAbstractItemModelTester, with every number's drill-down filter
// listing exactly that many rows of the queue.

#include "tests/queue/QueueFixture.h"

#include "models/domain/Clock.h"
#include "models/itemmodels/AgeingModel.h"
#include "models/itemmodels/CommonProblemModel.h"
#include "models/itemmodels/DoubleZeroModel.h"
#include "models/itemmodels/RectificationStatsModel.h"
#include "models/store/BadReviewQuery.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace pingjia;
using namespace pingjia::queuetest;

namespace {
const QDateTime kNow = at("2026-10-20 10:00:00");

BadReviewFilter filterOf(const QModelIndex &index, int role)
{
    return index.data(role).value<BadReviewFilter>();
}
} // namespace

class TestTrackerModels : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void progressModel();
    void ageingModel();
    void commonProblemModel();
    void doubleZeroModel();

private:
    QueueStores m_stores;
    std::unique_ptr<BadReviewQuery> m_query;
    std::unique_ptr<RectificationStats> m_stats;
};

void TestTrackerModels::initTestCase()
{
    Clock::setOverride(kNow);
    QVERIFY(m_stores.open());
    QVERIFY(m_stores.savePolicy({}));
    QVERIFY(m_stores.writeReference());
    QVERIFY(m_stores.write(randomSamples(800, 99, kNow, {})));
    m_query = std::make_unique<BadReviewQuery>(m_stores.cache, &m_stores.work);
    m_stats = std::make_unique<RectificationStats>(*m_query);
}

void TestTrackerModels::cleanupTestCase()
{
    Clock::clearOverride();
}

void TestTrackerModels::progressModel()
{
    RectificationStatsModel model(*m_stats);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (StatsUnit unit : {StatsUnit::Department, StatsUnit::Center}) {
        model.setUnit(unit);
        QVERIFY(model.lastError().ok());
        QVERIFY(model.rowCount() >= 2);
        const int total = model.rowCount() - 1;
        QCOMPARE(model.index(total, 0).data().toString(), RectificationStatsModel::tr("Total"));
        for (int c = RectificationStatsModel::FirstMeasureColumn; c < model.columnCount(); ++c) {
            qint64 sum = 0;
            for (int r = 0; r < total; ++r) {
                const QModelIndex i = model.index(r, c);
                const qint64 n = i.data(RectificationStatsModel::CountRole).toLongLong();
                QCOMPARE(i.data().toLongLong(), n);
                QCOMPARE(m_query->count(filterOf(i, RectificationStatsModel::FilterRole), kNow), n);
                sum += n;
            }
            const QModelIndex t = model.index(total, c);
            QCOMPARE(t.data().toLongLong(), sum);
            QCOMPARE(m_query->count(filterOf(t, RectificationStatsModel::FilterRole), kNow), sum);
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
        }
    }
    BadReviewFilter scope;
    scope.deptCodes = {kDeptA};
    model.setUnit(StatsUnit::Department);
    model.setScope(scope);
    QCOMPARE(model.rowCount(), 2); // kDeptA and the total
    QCOMPARE(model.index(0, 0).data(RectificationStatsModel::UnitCodeRole).toString(), kDeptA);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("崆峒区公安分局"));
}

void TestTrackerModels::ageingModel()
{
    AgeingModel model(*m_stats);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 5);
    qint64 sum = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex i = model.index(r, 0);
        const qint64 n = i.data(AgeingModel::CountRole).toLongLong();
        QCOMPARE(m_query->count(filterOf(i, AgeingModel::FilterRole), kNow), n);
        QVERIFY(i.data().toString().contains(QString::number(n)));
        sum += n;
    }
    QVERIFY(sum > 0);
    BadReviewFilter scope;
    scope.centerCodes = {kCenterB};
    model.setScope(scope);
    qint64 inB = 0;
    for (int r = 0; r < model.rowCount(); ++r)
        inB += model.index(r, 0).data(AgeingModel::CountRole).toLongLong();
    QVERIFY(inB < sum);
}

void TestTrackerModels::commonProblemModel()
{
    CommonProblemModel model(*m_stats);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0); // no range yet
    model.setRange(QDate(2026, 8, 1), QDate(2026, 10, 31));
    QCOMPARE(model.months(), (QStringList{QStringLiteral("2026-08"), QStringLiteral("2026-09"),
                                          QStringLiteral("2026-10")}));
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.rowCount(), 5); // every category, even at zero
    auto check = [&] {
        for (int r = 0; r < model.rowCount(); ++r) {
            qint64 sum = 0;
            for (int c = 1; c <= 3; ++c) {
                const QModelIndex i = model.index(r, c);
                const qint64 n = i.data(CommonProblemModel::CountRole).toLongLong();
                QCOMPARE(m_query->count(filterOf(i, CommonProblemModel::FilterRole), kNow), n);
                QCOMPARE(i.data(CommonProblemModel::RecurringRole).toBool(),
                         n >= RectificationStats::kRecurringThreshold &&
                             i.data(CommonProblemModel::KeyRole).toString() !=
                                 QStringLiteral("other"));
                sum += n;
            }
            QCOMPARE(model.index(r, 4).data().toLongLong(), sum);
            QCOMPARE(
                m_query->count(filterOf(model.index(r, 0), CommonProblemModel::FilterRole), kNow),
                sum);
        }
    };
    check();
    QCOMPARE(model.index(0, 0).data(CommonProblemModel::KeyRole).toString(),
             QStringLiteral("waiting_time"));
    model.setGrouping(CommonProblemModel::Grouping::ServiceItem);
    QVERIFY(model.rowCount() > 0 && model.rowCount() <= 5);
    check();
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(),
             CommonProblemModel::tr("Service item"));
    // Editing the rules moves comments between categories.
    model.setGrouping(CommonProblemModel::Grouping::Category);
    CommonProblemRules rules;
    rules.setKeywords(ProblemCategory::Attitude, {QStringLiteral("排队")});
    model.setRules(rules);
    check();
    // A range longer than three years is cut to its last 36 months.
    model.setRange(QDate(2020, 1, 1), QDate(2026, 10, 1));
    QCOMPARE(model.months().size(), qsizetype(36));
    QCOMPARE(model.months().last(), QStringLiteral("2026-10"));
}

void TestTrackerModels::doubleZeroModel()
{
    DoubleZeroModel model(*m_stats);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setMonth(QDate(2026, 10, 1));
    QVERIFY(model.rowCount() > 0);
    for (int r = 0; r < model.rowCount(); ++r) {
        const bool reached = model.index(r, 0).data(DoubleZeroModel::ReachedRole).toBool();
        QCOMPARE(reached,
                 model.index(r, DoubleZeroModel::OpenCasesColumn).data().toLongLong() == 0 &&
                     model.index(r, DoubleZeroModel::RecurringProblemsColumn).data().toLongLong() ==
                         0);
        QCOMPARE(model.index(r, DoubleZeroModel::ReachedColumn).data().toString(),
                 reached ? DoubleZeroModel::tr("Reached") : DoubleZeroModel::tr("Not reached"));
    }
    model.setUnit(StatsUnit::Center);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), DoubleZeroModel::tr("Center"));
}

QTEST_GUILESS_MAIN(TestTrackerModels)
#include "tst_trackermodels.moc"
