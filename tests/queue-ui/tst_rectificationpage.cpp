// SPDX-License-Identifier: GPL-3.0-or-later
// The rectification tracker on a cache synced from the simulator: every number equals
// the queue's count for the filter behind it, and double-clicking it (or Enter) shows
// the queue filtered to exactly those rows. Ageing buckets add up to the open items,
// 双归零 is shown in words, the category rules are edited and saved in the local-work
// settings, and an action recorded in the queue moves the tracker's numbers. The numbers
// are counted on the page's worker thread: each step waits until the page is idle.
#include "SyncedHome.h"

#include "models/domain/Clock.h"
#include "models/itemmodels/AgeingModel.h"
#include "models/itemmodels/BadReviewQueueModel.h"
#include "models/itemmodels/CommonProblemModel.h"
#include "models/itemmodels/DoubleZeroModel.h"
#include "models/itemmodels/RectificationStatsModel.h"
#include "models/store/BadReviewQuery.h"
#include "models/store/LocalActionRecorder.h"
#include "models/store/LocalWorkStore.h"
#include "ui/queue/QueueFilterBar.h"
#include "ui/queue/QueuePage.h"
#include "ui/queue/QueueWorkspace.h"
#include "ui/rectification/CategoryRulesDialog.h"
#include "ui/rectification/RectificationPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace pingjia;
using namespace pingjia::queueui;

class TestRectificationPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void progressNumbersMatchTheQueue();
    void doubleClickFiltersTheQueue();
    void enterFiltersTheQueueToo();
    void centersAsWell();
    void ageingAddsUpToTheOpenItems();
    void commonProblemsDrillDown();
    void doubleZeroInWords();
    void categoryRulesSavedInLocalWork();
    void queueActionMovesTheNumbers();

private:
    // Waits until every number was counted (on the worker thread).
    void settle() { QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 60000); }
    void
    checkNumbersAgainstQueue(const QAbstractItemModel *model,
                             const std::function<BadReviewFilter(const QModelIndex &)> &filterAt,
                             int firstNumberColumn, int countRole);
    QModelIndex firstNonZero(const QAbstractItemModel *model, int firstColumn, int countRole);

    SyncedHome m_home;
    std::shared_ptr<QueueWorkspace> m_workspace;
    std::unique_ptr<QueuePage> m_queue;
    std::unique_ptr<RectificationPage> m_page;
    std::unique_ptr<BadReviewQuery> m_query;
    QString m_origin;
};

void TestRectificationPage::initTestCase()
{
    QString error;
    QVERIFY2(m_home.create(&error), qPrintable(error));
    m_query = std::make_unique<BadReviewQuery>(m_home.cache(), &m_home.work());
}

void TestRectificationPage::cleanupTestCase()
{
    m_query.reset();
}

void TestRectificationPage::init()
{
    m_workspace = std::make_shared<QueueWorkspace>(m_home.cache(), m_home.work(), nullptr,
                                                   [] { return QStringLiteral("supervisor1"); });
    m_queue = std::make_unique<QueuePage>(m_workspace);
    m_page = std::make_unique<RectificationPage>(m_workspace);
    // As the page assembly wires them.
    connect(m_page.get(), &RectificationPage::openInQueue, m_queue.get(),
            [this](const BadReviewFilter &filter, const QString &origin) {
                m_origin = origin;
                m_queue->setFilter(filter, origin);
            });
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_page->progressModel()),
                                      static_cast<QAbstractItemModel *>(m_page->ageingModel()),
                                      static_cast<QAbstractItemModel *>(m_page->problemModel()),
                                      static_cast<QAbstractItemModel *>(m_page->doubleZeroModel())})
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_page.get());
    m_page->resize(1200, 800);
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    settle();
}

void TestRectificationPage::cleanup()
{
    m_page.reset();
    m_queue.reset();
    m_workspace.reset();
}

void TestRectificationPage::checkNumbersAgainstQueue(
    const QAbstractItemModel *model,
    const std::function<BadReviewFilter(const QModelIndex &)> &filterAt, int firstNumberColumn,
    int countRole)
{
    QVERIFY(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = firstNumberColumn; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            const qint64 shown = index.data(countRole).toLongLong();
            QCOMPARE(m_query->count(filterAt(index), Clock::now()), shown);
            QCOMPARE(index.data().toString().remove(QLatin1Char(',')).toLongLong(), shown);
        }
    }
}

QModelIndex TestRectificationPage::firstNonZero(const QAbstractItemModel *model, int firstColumn,
                                                int countRole)
{
    for (int row = 0; row < model->rowCount(); ++row)
        for (int column = firstColumn; column < model->columnCount(); ++column)
            if (model->index(row, column).data(countRole).toLongLong() > 0)
                return model->index(row, column);
    return {};
}

void TestRectificationPage::progressNumbersMatchTheQueue()
{
    RectificationStatsModel *model = m_page->progressModel();
    checkNumbersAgainstQueue(
        model, [model](const QModelIndex &i) { return model->filterAt(i); },
        RectificationStatsModel::FirstMeasureColumn, RectificationStatsModel::CountRole);
    // The last row is the total: the whole queue's open items.
    const int total = model->rowCount() - 1;
    BadReviewFilter open;
    for (HandlingState s : kAllHandlingStates)
        if (isOpenState(s))
            open.states << s;
    const QString artifacts = qEnvironmentVariable("PINGJIA_TEST_ARTIFACTS");
    if (!artifacts.isEmpty() && QDir().mkpath(artifacts))
        m_page->grab().save(artifacts + QStringLiteral("/rectification-page.png"));
    QCOMPARE(model->index(total, RectificationStatsModel::FirstMeasureColumn)
                 .data(RectificationStatsModel::CountRole)
                 .toLongLong(),
             m_query->count(open, Clock::now()));
}

void TestRectificationPage::doubleClickFiltersTheQueue()
{
    RectificationStatsModel *model = m_page->progressModel();
    QTableView *view = m_page->progressView();
    const QModelIndex index =
        firstNonZero(model, RectificationStatsModel::FirstMeasureColumn + 2, // overdue onwards
                     RectificationStatsModel::CountRole);
    QVERIFY2(index.isValid(), "some unit has overdue, delayed or finished items");
    const qint64 number = index.data(RectificationStatsModel::CountRole).toLongLong();
    QSignalSpy opened(m_page.get(), &RectificationPage::openInQueue);
    view->scrollTo(index);
    const QPoint centre = view->visualRect(index).center();
    // A double-click is a press, release and a double-click event on the viewport.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(m_queue->filter(), model->filterAt(index));
    QCOMPARE(m_queue->model()->totalCount(), number);
    // The origin names the unit and the measure, shown above the queue.
    const QString unit = model->index(index.row(), 0).data().toString();
    QVERIFY2(m_origin.contains(unit), qPrintable(m_origin));
    QVERIFY(m_origin.contains(model->headerData(index.column(), Qt::Horizontal).toString()));
    QVERIFY(m_queue->filterBar()->additionalConditionsText().contains(unit) ||
            !m_queue->filterBar()->hasAdditionalConditions());
}

void TestRectificationPage::enterFiltersTheQueueToo()
{
    RectificationStatsModel *model = m_page->progressModel();
    QTableView *view = m_page->progressView();
    const QModelIndex index = firstNonZero(model, RectificationStatsModel::FirstMeasureColumn,
                                           RectificationStatsModel::CountRole);
    QVERIFY(index.isValid());
    view->setFocus();
    view->setCurrentIndex(index);
    QSignalSpy opened(m_page.get(), &RectificationPage::openInQueue);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(m_queue->model()->totalCount(),
             index.data(RectificationStatsModel::CountRole).toLongLong());
}

void TestRectificationPage::centersAsWell()
{
    auto *kind = m_page->findChild<QComboBox *>("unitKind");
    kind->setCurrentIndex(kind->findData(int(StatsUnit::Center)));
    QCOMPARE(m_page->progressModel()->unit(), StatsUnit::Center);
    settle();
    RectificationStatsModel *model = m_page->progressModel();
    checkNumbersAgainstQueue(
        model, [model](const QModelIndex &i) { return model->filterAt(i); },
        RectificationStatsModel::FirstMeasureColumn, RectificationStatsModel::CountRole);
    for (int row = 0; row + 1 < model->rowCount(); ++row) {
        const BadReviewFilter f = model->filterAt(model->index(row, 1));
        QCOMPARE(f.centerCodes.size(), 1);
    }
}

void TestRectificationPage::ageingAddsUpToTheOpenItems()
{
    AgeingModel *ageing = m_page->ageingModel();
    QCOMPARE(ageing->rowCount(), 6); // five buckets and the total
    qint64 sum = 0;
    for (int row = 0; row < 5; ++row) {
        const QModelIndex index = ageing->index(row, AgeingModel::CountColumn);
        const qint64 n = index.data(AgeingModel::CountRole).toLongLong();
        QCOMPARE(m_query->count(ageing->filterAt(index), Clock::now()), n);
        sum += n;
    }
    RectificationStatsModel *progress = m_page->progressModel();
    QCOMPARE(sum,
             progress->index(progress->rowCount() - 1, RectificationStatsModel::FirstMeasureColumn)
                 .data(RectificationStatsModel::CountRole)
                 .toLongLong());
    QCOMPARE(ageing->index(5, AgeingModel::CountColumn).data().toLongLong(), sum);
    // A bucket opens the queue too.
    const QModelIndex bucket =
        firstNonZero(ageing, AgeingModel::CountColumn, AgeingModel::CountRole);
    QVERIFY(bucket.isValid());
    m_page->openNumber(bucket);
    QCOMPARE(m_queue->model()->totalCount(), bucket.data(AgeingModel::CountRole).toLongLong());
}

void TestRectificationPage::commonProblemsDrillDown()
{
    m_page->tabs()->setCurrentIndex(1);
    CommonProblemModel *problems = m_page->problemModel();
    const QString artifacts = qEnvironmentVariable("PINGJIA_TEST_ARTIFACTS");
    if (!artifacts.isEmpty() && QDir().mkpath(artifacts))
        m_page->grab().save(artifacts + QStringLiteral("/rectification-problems.png"));
    QCOMPARE(problems->months().size(), RectificationPage::kDefaultProblemMonths);
    QCOMPARE(problems->months().last(), QStringLiteral("2026-10"));
    QVERIFY(problems->rowCount() > 0);
    checkNumbersAgainstQueue(
        problems, [problems](const QModelIndex &i) { return problems->filterAt(i); }, 1,
        CommonProblemModel::CountRole);
    const QModelIndex cell = firstNonZero(problems, 1, CommonProblemModel::CountRole);
    QVERIFY(cell.isValid());
    m_page->openNumber(cell);
    QCOMPARE(m_queue->model()->totalCount(), cell.data(CommonProblemModel::CountRole).toLongLong());
    // By service item as well.
    auto *grouping = m_page->findChild<QComboBox *>("problemGrouping");
    grouping->setCurrentIndex(grouping->findData(int(CommonProblemModel::Grouping::ServiceItem)));
    settle();
    QVERIFY(problems->rowCount() > 0);
    checkNumbersAgainstQueue(
        problems, [problems](const QModelIndex &i) { return problems->filterAt(i); }, 1,
        CommonProblemModel::CountRole);
}

void TestRectificationPage::doubleZeroInWords()
{
    DoubleZeroModel *model = m_page->doubleZeroModel();
    QVERIFY(model->rowCount() > 0);
    m_page->tabs()->setCurrentIndex(2);
    const QString artifacts = qEnvironmentVariable("PINGJIA_TEST_ARTIFACTS");
    if (!artifacts.isEmpty() && QDir().mkpath(artifacts))
        m_page->grab().save(artifacts + QStringLiteral("/rectification-double-zero.png"));
    int reached = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex r = model->index(row, DoubleZeroModel::ReachedColumn);
        const bool isReached = r.data(DoubleZeroModel::ReachedRole).toBool();
        reached += isReached;
        const qint64 open = model->index(row, DoubleZeroModel::OpenCasesColumn).data().toLongLong();
        const qint64 recurring =
            model->index(row, DoubleZeroModel::RecurringProblemsColumn).data().toLongLong();
        QCOMPARE(isReached, open == 0 && recurring == 0);
        QVERIFY(!r.data().toString().isEmpty()); // said in words, not only a colour
    }
    auto *summary = m_page->findChild<QLabel *>("doubleZeroSummary");
    QVERIFY2(summary->text().contains(QString::number(reached)), qPrintable(summary->text()));
    // The open cases of a unit open in the queue.
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex open = model->index(row, DoubleZeroModel::OpenCasesColumn);
        if (open.data().toLongLong() > 0) {
            m_page->openNumber(open);
            QCOMPARE(m_queue->model()->totalCount(), open.data().toLongLong());
            break;
        }
    }
}

void TestRectificationPage::categoryRulesSavedInLocalWork()
{
    m_page->tabs()->setCurrentIndex(1);
    auto *edit = m_page->findChild<QPushButton *>("editCategoryRules");
    QTest::mouseClick(edit, Qt::LeftButton);
    CategoryRulesDialog *dialog = m_page->rulesDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->rules(), CommonProblemRules::defaults());
    dialog->keywordsEdit(ProblemCategory::Attitude)
        ->setText(QStringLiteral("态度, 脸色, 不耐烦, 爱答不理"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->rulesDialog(), 60000);
    settle();

    const CommonProblemRules saved = m_workspace->categoryRules();
    QCOMPARE(saved.keywords(ProblemCategory::Attitude),
             (QStringList{"态度", "脸色", "不耐烦", "爱答不理"}));
    LocalWorkStore store(m_home.work());
    const auto json = store.setting(QString::fromLatin1(kCommonProblemRulesSetting));
    QVERIFY(json && json->contains(QStringLiteral("爱答不理")));

    // A new page (a restart) reads them back.
    cleanup();
    init();
    QCOMPARE(m_workspace->categoryRules(), saved);

    // Unreadable saved rules: the defaults, and the page says why.
    QVERIFY(store
                .setSetting(QString::fromLatin1(kCommonProblemRulesSetting),
                            QStringLiteral("{not json"))
                .ok());
    cleanup();
    init();
    auto *error = m_page->findChild<QLabel *>("rulesError");
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(m_workspace->categoryRules(), CommonProblemRules::defaults());
    QVERIFY(store.removeSetting(QString::fromLatin1(kCommonProblemRulesSetting)).ok());
}

void TestRectificationPage::queueActionMovesTheNumbers()
{
    BadReviewFilter confirmed;
    confirmed.states = {HandlingState::Confirmed};
    const QStringList ids =
        m_query->evalIds(confirmed, BadReviewSort::AssessTime, Qt::AscendingOrder, Clock::now());
    QVERIFY(!ids.isEmpty());
    const QString evalId = ids.first();
    const QString dept = m_query->row(evalId, Clock::now())->deptCode;

    RectificationStatsModel *model = m_page->progressModel();
    const auto inProgressOf = [model, &dept]() -> qint64 {
        for (int row = 0; row + 1 < model->rowCount(); ++row)
            if (model->index(row, 0).data(RectificationStatsModel::UnitCodeRole).toString() == dept)
                return model->index(row, RectificationStatsModel::FirstMeasureColumn + 1)
                    .data(RectificationStatsModel::CountRole)
                    .toLongLong();
        return -1;
    };
    const qint64 before = inProgressOf();
    QVERIFY(before >= 0);
    const RecordedAction planned =
        m_workspace->recorder().record(evalId, ActionType::Plan,
                                       {{"deptCode", dept},
                                        {"person", QStringLiteral("李明")},
                                        {"measures", QStringLiteral("整改")}},
                                       QStringLiteral("supervisor1"));
    QVERIFY2(planned.ok(), qPrintable(planned.message()));
    m_workspace->notifyChanged(); // what the queue page does after recording
    QVERIFY(m_page->isBusy());    // counted again on the worker thread
    settle();
    QCOMPARE(inProgressOf(), before + 1);
}

QTEST_MAIN(TestRectificationPage)
#include "tst_rectificationpage.moc"
