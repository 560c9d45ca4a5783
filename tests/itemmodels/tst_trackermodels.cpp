// SPDX-License-Identifier: GPL-3.0-or-later
// The rectification tracker's models (progress per unit, ageing, common problems,
// double zero) under QAbstractItemModelTester, with every number's drill-down filter
// listing exactly that many rows of the queue.

#include "tests/queue/QueueFixture.h"

#include "models/domain/Clock.h"
#include "models/itemmodels/AgeingModel.h"
#include "models/itemmodels/CommonProblemModel.h"
#include "models/itemmodels/DoubleZeroModel.h"
#include "models/itemmodels/QueryThread.h"
#include "models/itemmodels/RectificationStatsModel.h"
#include "models/store/BadReviewQuery.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
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
    void computedInTheBackground();

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
    QCOMPARE(model.rowCount(), 0); // nothing computed before the first refresh
    model.refresh();
    QCOMPARE(model.rowCount(), 6); // five buckets and the total
    QCOMPARE(model.columnCount(), 2);
    qint64 sum = 0;
    for (int r = 0; r < 5; ++r) {
        const QModelIndex i = model.index(r, AgeingModel::CountColumn);
        const qint64 n = i.data(AgeingModel::CountRole).toLongLong();
        QCOMPARE(m_query->count(filterOf(i, AgeingModel::FilterRole), kNow), n);
        QCOMPARE(i.data().toLongLong(), n);
        QCOMPARE(i.data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
        QVERIFY(!model.index(r, AgeingModel::BucketColumn).data().toString().isEmpty());
        sum += n;
    }
    QVERIFY(sum > 0);
    // The total row adds the buckets up and lists every open bad review.
    const QModelIndex total = model.index(5, AgeingModel::CountColumn);
    QVERIFY(total.data(AgeingModel::TotalRole).toBool());
    QCOMPARE(total.data().toLongLong(), sum);
    QCOMPARE(m_query->count(filterOf(total, AgeingModel::FilterRole), kNow), sum);
    BadReviewFilter scope;
    scope.centerCodes = {kCenterB};
    model.setScope(scope);
    const qint64 inB = model.index(5, AgeingModel::CountColumn).data().toLongLong();
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
    QCOMPARE(model.rowCount(), 6); // every category, even at zero, and the total
    auto check = [&] {
        const int total = model.rowCount() - 1;
        QVERIFY(model.index(total, 0).data(CommonProblemModel::TotalRole).toBool());
        QCOMPARE(model.index(total, 0).data().toString(), CommonProblemModel::tr("Total"));
        for (int c = 1; c <= 4; ++c) {
            qint64 column = 0;
            for (int r = 0; r < total; ++r)
                column += model.index(r, c).data().toLongLong();
            QCOMPARE(model.index(total, c).data().toLongLong(), column);
        }
        for (int r = 0; r < model.rowCount(); ++r) {
            qint64 sum = 0;
            for (int c = 1; c <= 3; ++c) {
                const QModelIndex i = model.index(r, c);
                const qint64 n = i.data(CommonProblemModel::CountRole).toLongLong();
                QCOMPARE(m_query->count(filterOf(i, CommonProblemModel::FilterRole), kNow), n);
                QCOMPARE(i.data(CommonProblemModel::RecurringRole).toBool(),
                         r != total && n >= RectificationStats::kRecurringThreshold &&
                             i.data(CommonProblemModel::KeyRole).toString() !=
                                 QStringLiteral("other"));
                QCOMPARE(i.data(Qt::TextAlignmentRole).toInt(),
                         int(Qt::AlignRight | Qt::AlignVCenter));
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
    QVERIFY(model.rowCount() > 1 && model.rowCount() <= 6);
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
    QVERIFY(model.rowCount() > 1);
    const int total = model.rowCount() - 1;
    qint64 open = 0, recurring = 0;
    int reachedUnits = 0;
    for (int r = 0; r < total; ++r) {
        const bool reached = model.index(r, 0).data(DoubleZeroModel::ReachedRole).toBool();
        const qint64 o = model.index(r, DoubleZeroModel::OpenCasesColumn).data().toLongLong();
        const qint64 p =
            model.index(r, DoubleZeroModel::RecurringProblemsColumn).data().toLongLong();
        QCOMPARE(reached, o == 0 && p == 0);
        QCOMPARE(model.index(r, DoubleZeroModel::ReachedColumn).data().toString(),
                 reached ? DoubleZeroModel::tr("Reached") : DoubleZeroModel::tr("Not reached"));
        QCOMPARE(
            model.index(r, DoubleZeroModel::OpenCasesColumn).data(Qt::TextAlignmentRole).toInt(),
            int(Qt::AlignRight | Qt::AlignVCenter));
        open += o;
        recurring += p;
        reachedUnits += reached;
    }
    // The total row: the sums, and how many units reached it.
    QVERIFY(model.index(total, 0).data(DoubleZeroModel::TotalRole).toBool());
    QCOMPARE(model.index(total, DoubleZeroModel::OpenCasesColumn).data().toLongLong(), open);
    QCOMPARE(model.index(total, DoubleZeroModel::RecurringProblemsColumn).data().toLongLong(),
             recurring);
    QCOMPARE(model.index(total, DoubleZeroModel::ReachedColumn).data().toString(),
             DoubleZeroModel::tr("%1 of %n reached", nullptr, total).arg(reachedUnits));
    model.setUnit(StatsUnit::Center);
    QCOMPARE(model.rowCount(), 3); // two centers and the total
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), DoubleZeroModel::tr("Center"));
}

void TestTrackerModels::computedInTheBackground()
{
    // The same numbers from the worker thread; the busy flag frames the computation and
    // a second refresh asked meanwhile supersedes the first (one answer arrives).
    RectificationStatsModel here(*m_stats);
    here.refresh();
    QueryThread thread(m_stores.cache, &m_stores.work);
    RectificationStatsModel model(*m_stats);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQueryThread(&thread);
    QSignalSpy busy(&model, &TrackerModel::busyChanged);
    QSignalSpy refreshed(&model, &TrackerModel::refreshed);
    model.refresh();
    QVERIFY(model.isBusy());
    QCOMPARE(model.rowCount(), 0); // nothing on this thread meanwhile
    model.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!model.isBusy(), 60000);
    QCOMPARE(busy.size(), 2);
    QCOMPARE(refreshed.size(), 1);
    QCOMPARE(model.rowCount(), here.rowCount());
    for (int r = 0; r < here.rowCount(); ++r)
        for (int c = 0; c < here.columnCount(); ++c)
            QCOMPARE(model.index(r, c).data(), here.index(r, c).data());
}

QTEST_GUILESS_MAIN(TestTrackerModels)
#include "tst_trackermodels.moc"
