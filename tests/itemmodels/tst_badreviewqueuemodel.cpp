// SPDX-License-Identifier: GPL-3.0-or-later
// BadReviewQueueModel over a real cache: paging with fetchMore (never all rows), filter
// and sort equal to the SQL's, countdowns that move with the clock without any model
// signal, refresh keeping the current row, and QAbstractItemModelTester throughout.
// The roles' expected values, the counts and the order of every sort are worked out here
// from the samples and the reference data written (their platform records, or the derived
// state; the units' and staff names), not read back from the model's rows or asked of the
// store's query. Names and comments sort by their UTF-8 bytes, like SQLite's BINARY
// collation (models/store/README.md), which the test does with QByteArray's comparison.

#include "tests/queue/QueueFixture.h"

#include "models/domain/Clock.h"
#include "models/itemmodels/BadReviewQueueModel.h"
#include "models/store/LocalActionRecorder.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include <numeric>
#include <optional>

using namespace pingjia;
using namespace pingjia::queuetest;

namespace {
const QDateTime kNow = at("2026-10-20 10:00:00");

// What the queue must show for a sample, worked out by hand from the written data:
// the platform's record, else (no record synced) unverified with a deadline 24 hours
// after the evaluation, or invalid without text (000 art.6, art.7).
struct Expected {
    HandlingState state = HandlingState::Unverified;
    QDateTime verifyDeadline;
    QDateTime rectificationDeadline; // the delay deadline when one was approved
    bool overdue = false;
};

Expected expectedOf(const Sample &s, const QDateTime &now)
{
    Expected e;
    if (s.platform) {
        e.state = s.platform->state;
        e.verifyDeadline = s.platform->verifyDeadline;
        e.rectificationDeadline = s.platform->delayDeadline.isValid()
                                      ? s.platform->delayDeadline
                                      : s.platform->rectificationDeadline;
    } else if (s.evaluation.text.trimmed().isEmpty()) {
        e.state = HandlingState::Invalid;
    } else {
        e.verifyDeadline = s.evaluation.assessTime.addSecs(24 * 3600);
    }
    const bool verifying = e.state == HandlingState::Unverified;
    const bool rectifying =
        e.state == HandlingState::Confirmed || e.state == HandlingState::Rectifying;
    e.overdue = (verifying && e.verifyDeadline.isValid() && now > e.verifyDeadline) ||
                (rectifying && e.rectificationDeadline.isValid() && now > e.rectificationDeadline);
    return e;
}
} // namespace

class TestBadReviewQueueModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void pagesWithFetchMore();
    void filterResetsToTheFirstPage();
    void sortsAsWorkedOutHere_data();
    void sortsAsWorkedOutHere();
    void sortRunsInSql_data();
    void sortRunsInSql();
    void displayAndRoles();
    void countdownsMoveWithoutSignals();
    void refreshKeepsTheCurrentRow();
    void headers();
    void timeLeftText();

private:
    QueueStores m_stores;
    std::unique_ptr<BadReviewQuery> m_query;
    std::unique_ptr<BadReviewQueueModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QHash<QString, Sample> m_samples;
    QList<Sample> m_queue; // in the order written (the cache's row ids)
    qint64 m_all = 0;
};

void TestBadReviewQueueModel::initTestCase()
{
    QVERIFY(m_stores.open());
    QVERIFY(m_stores.savePolicy({}));
    QVERIFY(m_stores.writeReference());
    const QList<Sample> samples = randomSamples(2500, 4242, kNow, {});
    QVERIFY(m_stores.write(samples));
    for (const Sample &sample : samples)
        m_samples.insert(sample.evaluation.evalId, sample);
    m_query = std::make_unique<BadReviewQuery>(m_stores.cache, &m_stores.work);
    // The queue: every level 1–2 sample not withdrawn, counted here.
    for (const Sample &sample : samples) {
        if (sample.evaluation.level <= 2 && !sample.evaluation.withdrawn)
            m_queue << sample;
    }
    m_all = m_queue.size();
    QVERIFY(m_all > 2 * BadReviewQueueModel::kPageSize);
}

void TestBadReviewQueueModel::init()
{
    Clock::setOverride(kNow);
    m_tester.reset();
    m_model = std::make_unique<BadReviewQueueModel>(*m_query);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestBadReviewQueueModel::cleanupTestCase()
{
    m_tester.reset();
    m_model.reset();
    Clock::clearOverride();
}

void TestBadReviewQueueModel::pagesWithFetchMore()
{
    // Without a view (or tester) asking for more, the model holds one page.
    {
        BadReviewQueueModel fresh(*m_query);
        QCOMPARE(fresh.totalCount(), m_all);
        QCOMPARE(fresh.rowCount(), BadReviewQueueModel::kPageSize);
    }
    // The tester has asked for more already; page on from wherever it stopped.
    QCOMPARE(m_model->totalCount(), m_all);
    QCOMPARE(m_model->rowCount() % BadReviewQueueModel::kPageSize, 0);
    const int before = m_model->rowCount();
    QCOMPARE(m_model->columnCount(), int(BadReviewQueueModel::ColumnCount));
    QVERIFY(m_model->canFetchMore({}));
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->fetchMore({});
    QCOMPARE(m_model->rowCount(), before + BadReviewQueueModel::kPageSize);
    QCOMPARE(inserted.size(), 1);
    while (m_model->canFetchMore({}))
        m_model->fetchMore({});
    QCOMPARE(qint64(m_model->rowCount()), m_all);
    // No duplicates across page boundaries.
    QSet<QString> ids;
    for (int r = 0; r < m_model->rowCount(); ++r)
        ids.insert(m_model->evalIdAt(r));
    QCOMPARE(qint64(ids.size()), m_all);
    QVERIFY(!m_model->canFetchMore({}));
    QVERIFY(!m_model->canFetchMore(m_model->index(0, 0)));
}

void TestBadReviewQueueModel::filterResetsToTheFirstPage()
{
    m_model->fetchMore({});
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy total(m_model.get(), &BadReviewQueueModel::totalCountChanged);
    BadReviewFilter f;
    f.text = QStringLiteral("排队");
    f.states = {HandlingState::Unverified, HandlingState::Confirmed};
    m_model->setFilter(f);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(total.size(), 1);
    // Worked out from the samples: the comment holds the term, the state is one of the two.
    qint64 expected = 0;
    for (const Sample &sample : std::as_const(m_queue)) {
        const HandlingState state = expectedOf(sample, kNow).state;
        if (sample.evaluation.text.contains(f.text) &&
            (state == HandlingState::Unverified || state == HandlingState::Confirmed))
            ++expected;
    }
    QVERIFY(expected > 0);
    QCOMPARE(m_model->totalCount(), expected);
    QCOMPARE(total.first().first().toLongLong(), expected);
    QCOMPARE(qint64(m_model->rowCount()),
             std::min<qint64>(expected, BadReviewQueueModel::kPageSize));
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const BadReviewRow *row = m_model->rowAt(r);
        QVERIFY(row->commentExcerpt.contains(QStringLiteral("排队")));
        QVERIFY(row->state == HandlingState::Unverified || row->state == HandlingState::Confirmed);
    }
    QCOMPARE(m_model->filter(), f);
    m_model->setFilter(savedViewFilter(SavedView::Overdue, QStringLiteral("bob")));
    for (int r = 0; r < m_model->rowCount(); ++r)
        QVERIFY(m_model->index(r, 0).data(BadReviewQueueModel::OverdueRole).toBool());
}

void TestBadReviewQueueModel::sortsAsWorkedOutHere_data()
{
    QTest::addColumn<int>("column");
    QTest::newRow("level") << int(BadReviewQueueModel::LevelColumn);
    QTest::newRow("assess time") << int(BadReviewQueueModel::AssessTimeColumn);
    QTest::newRow("urgency") << int(BadReviewQueueModel::OverdueColumn);
    QTest::newRow("state") << int(BadReviewQueueModel::StateColumn);
    QTest::newRow("verify deadline") << int(BadReviewQueueModel::VerifyTimeLeftColumn);
    QTest::newRow("rectification deadline")
        << int(BadReviewQueueModel::RectificationTimeLeftColumn);
    QTest::newRow("channel") << int(BadReviewQueueModel::ChannelColumn);
    QTest::newRow("center") << int(BadReviewQueueModel::CenterColumn);
    QTest::newRow("department") << int(BadReviewQueueModel::DepartmentColumn);
    QTest::newRow("window") << int(BadReviewQueueModel::WindowColumn);
    QTest::newRow("staff") << int(BadReviewQueueModel::StaffColumn);
    QTest::newRow("comment") << int(BadReviewQueueModel::CommentColumn);
}

namespace {

// The workflow order of the states, as a supervisor reads the queue (not alphabetical).
int workflowRank(HandlingState state)
{
    switch (state) {
    case HandlingState::Unverified:
        return 0;
    case HandlingState::InvalidRequested:
        return 1;
    case HandlingState::Confirmed:
        return 2;
    case HandlingState::Rectifying:
        return 3;
    case HandlingState::Rectified:
        return 4;
    case HandlingState::Closed:
        return 5;
    case HandlingState::NotAdopted:
        return 6;
    default:
        return 7;
    }
}

std::optional<qint64> secs(const QDateTime &t)
{
    return t.isValid() ? std::optional<qint64>(t.toSecsSinceEpoch()) : std::nullopt;
}

// The names QueueFixture::writeReference gives the units and staff, copied by hand; a code
// without a name (the never-synced department D, staff S4) shows, and sorts, as the code.
QString nameOf(const QString &code)
{
    static const QHash<QString, QString> names = {
        {kCenterA, QStringLiteral("崆峒区政务服务中心")},
        {kCenterB, QStringLiteral("华亭市政务服务中心")},
        {kDeptA, QStringLiteral("崆峒区公安分局")},
        {kDeptB, QStringLiteral("崆峒区人社局")},
        {kDeptC, QStringLiteral("华亭市不动产登记中心")},
        {QStringLiteral("W620802-001"), QStringLiteral("综合受理1号窗口")},
        {QStringLiteral("W620802-002"), QStringLiteral("社保窗口")},
        {QStringLiteral("S1"), QStringLiteral("李明")},
        {QStringLiteral("S2"), QStringLiteral("王芳")},
        {QStringLiteral("S3"), QStringLiteral("赵强")},
    };
    return names.value(code, code);
}

} // namespace

void TestBadReviewQueueModel::sortsAsWorkedOutHere()
{
    // The order worked out from the samples: by the column's value, rows without one last,
    // ties in the order written; descending reverses both. Urgency (the overdue column's
    // sort, and the queue's default) is the running deadline: verify while unverified,
    // the rectification's while confirmed or rectifying, none otherwise.
    QFETCH(int, column);
    // A key is a number or a text's UTF-8 bytes (codes, names, comments); none sorts last.
    using Key = std::optional<std::pair<qint64, QByteArray>>;
    const auto number = [](std::optional<qint64> n) -> Key {
        return n ? Key(std::pair<qint64, QByteArray>(*n, QByteArray())) : std::nullopt;
    };
    const auto text = [](const QString &t) {
        return Key(std::pair<qint64, QByteArray>(0, t.toUtf8()));
    };
    const auto key = [column, number, text](const Sample &s) -> Key {
        const Expected x = expectedOf(s, kNow);
        switch (column) {
        case BadReviewQueueModel::LevelColumn:
            return number(s.evaluation.level);
        case BadReviewQueueModel::AssessTimeColumn:
            return number(s.evaluation.assessTime.toSecsSinceEpoch());
        case BadReviewQueueModel::StateColumn:
            return number(workflowRank(x.state));
        case BadReviewQueueModel::VerifyTimeLeftColumn:
            return number(secs(x.verifyDeadline));
        case BadReviewQueueModel::RectificationTimeLeftColumn:
            return number(secs(x.rectificationDeadline));
        case BadReviewQueueModel::ChannelColumn:
            return text(s.evaluation.channelCode);
        case BadReviewQueueModel::CenterColumn:
            return text(nameOf(s.evaluation.centerCode));
        case BadReviewQueueModel::DepartmentColumn:
            return text(nameOf(s.evaluation.deptCode));
        case BadReviewQueueModel::WindowColumn:
            return text(nameOf(s.evaluation.windowCode));
        case BadReviewQueueModel::StaffColumn:
            return text(nameOf(s.evaluation.staffId));
        case BadReviewQueueModel::CommentColumn:
            return text(s.evaluation.text);
        default:
            break;
        }
        QDateTime running;
        if (x.state == HandlingState::Unverified)
            running = x.verifyDeadline;
        else if (x.state == HandlingState::Confirmed || x.state == HandlingState::Rectifying)
            running = x.rectificationDeadline;
        return number(secs(running));
    };
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        QList<qsizetype> positions(m_queue.size());
        std::iota(positions.begin(), positions.end(), 0);
        std::stable_sort(positions.begin(), positions.end(), [&](qsizetype a, qsizetype b) {
            const auto ka = key(m_queue.at(a)), kb = key(m_queue.at(b));
            if (ka.has_value() != kb.has_value())
                return ka.has_value(); // none last, either way
            const bool descending = order == Qt::DescendingOrder;
            if (ka != kb)
                return descending ? *ka > *kb : *ka < *kb;
            return descending ? a > b : a < b;
        });
        m_model->sort(column, order);
        while (m_model->canFetchMore({}))
            m_model->fetchMore({});
        QCOMPARE(qint64(m_model->rowCount()), m_all);
        for (int r = 0; r < m_model->rowCount(); ++r)
            QCOMPARE(m_model->evalIdAt(r), m_queue.at(positions.at(r)).evaluation.evalId);
    }
}

void TestBadReviewQueueModel::sortRunsInSql_data()
{
    QTest::addColumn<int>("column");
    for (int c = 0; c < BadReviewQueueModel::ColumnCount; ++c)
        QTest::newRow(qPrintable(QString::number(c))) << c;
}

void TestBadReviewQueueModel::sortRunsInSql()
{
    // The model pages the store's order (the sort runs in SQL, never over rows in memory):
    // its first page is the query's first page, for every column and both directions.
    // The columns are declared in the order of the sorts they ask for.
    static_assert(std::size(kEveryBadReviewSort) == BadReviewQueueModel::ColumnCount);
    QFETCH(int, column);
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        m_model->sort(column, order);
        const QList<BadReviewRow> expected = m_query->page({}, kEveryBadReviewSort[column], order,
                                                           0, BadReviewQueueModel::kPageSize, kNow);
        QCOMPARE(m_model->rowCount(), int(expected.size()));
        for (int r = 0; r < m_model->rowCount(); ++r)
            QCOMPARE(m_model->evalIdAt(r), expected.at(r).evalId);
    }
}

void TestBadReviewQueueModel::displayAndRoles()
{
    while (m_model->canFetchMore({}))
        m_model->fetchMore({});
    bool sawInvalid = false, sawUnverified = false, sawRectifying = false, sawUnsynced = false;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        auto text = [&](int c) { return m_model->index(r, c).data().toString(); };
        auto role = [&](int c, int role) { return m_model->index(r, c).data(role); };
        const QString evalId = role(0, BadReviewQueueModel::EvalIdRole).toString();
        QVERIFY(m_samples.contains(evalId));
        const Sample &sample = m_samples[evalId];
        const Evaluation &e = sample.evaluation;
        const Expected x = expectedOf(sample, kNow);
        QVERIFY(e.level <= 2 && !e.withdrawn);
        QCOMPARE(role(0, BadReviewQueueModel::StateRole).toInt(), int(x.state));
        QCOMPARE(role(0, BadReviewQueueModel::OverdueRole).toBool(), x.overdue);
        QVERIFY(!role(0, BadReviewQueueModel::PendingUploadRole).toBool()); // nothing recorded
        QCOMPARE(role(0, BadReviewQueueModel::EstimatedRole).toBool(),
                 sample.platform && sample.platform->deadlineEstimated);
        QCOMPARE(role(BadReviewQueueModel::VerifyTimeLeftColumn, BadReviewQueueModel::DeadlineRole)
                     .toDateTime(),
                 x.verifyDeadline);
        QCOMPARE(role(BadReviewQueueModel::RectificationTimeLeftColumn,
                      BadReviewQueueModel::DeadlineRole)
                     .toDateTime(),
                 x.rectificationDeadline);
        QVERIFY(text(BadReviewQueueModel::StateColumn).startsWith(handlingStateName(x.state)));
        QCOMPARE(text(BadReviewQueueModel::OverdueColumn),
                 x.overdue ? BadReviewQueueModel::tr("Overdue") : QString());
        // "yyyy-MM-dd HH:mm:ss" at UTC+8, written out by hand.
        QCOMPARE(text(BadReviewQueueModel::AssessTimeColumn),
                 e.assessTime.toOffsetFromUtc(8 * 3600).toString(u"yyyy-MM-dd HH:mm:ss"));
        if (e.text.trimmed().isEmpty()) {
            sawInvalid = true;
            QCOMPARE(text(BadReviewQueueModel::CommentColumn),
                     BadReviewQueueModel::tr("(no text: invalid)"));
        } else {
            QCOMPARE(text(BadReviewQueueModel::CommentColumn), e.text.left(60));
        }
        if (x.state == HandlingState::Unverified) {
            sawUnverified = true;
            QVERIFY(!text(BadReviewQueueModel::VerifyTimeLeftColumn).isEmpty());
            QVERIFY(text(BadReviewQueueModel::RectificationTimeLeftColumn).isEmpty());
        }
        if (x.state == HandlingState::Rectifying) {
            sawRectifying = true;
            QVERIFY(text(BadReviewQueueModel::VerifyTimeLeftColumn).isEmpty());
            QVERIFY(!text(BadReviewQueueModel::RectificationTimeLeftColumn).isEmpty());
        }
        if (e.deptCode == kDeptD) {
            sawUnsynced = true;
            QCOMPARE(text(BadReviewQueueModel::DepartmentColumn), kDeptD);
        } else if (e.deptCode == kDeptA) {
            QCOMPARE(text(BadReviewQueueModel::DepartmentColumn), QStringLiteral("崆峒区公安分局"));
        }
        QCOMPARE(role(0, BadReviewQueueModel::RowRole).value<BadReviewRow>().evalId, evalId);
    }
    QVERIFY(sawInvalid && sawUnverified && sawRectifying && sawUnsynced);
    QVERIFY(!m_model->data({}, Qt::DisplayRole).isValid());
    QVERIFY(m_model->roleNames().contains(BadReviewQueueModel::EvalIdRole));
}

void TestBadReviewQueueModel::countdownsMoveWithoutSignals()
{
    // An unverified sample of the written data: its deadline is 24 hours after it.
    QString evalId;
    for (const Sample &s : std::as_const(m_samples)) {
        if (s.evaluation.level <= 2 && !s.evaluation.withdrawn && !s.platform &&
            !s.evaluation.text.trimmed().isEmpty()) {
            evalId = s.evaluation.evalId;
            break;
        }
    }
    QVERIFY(!evalId.isEmpty());
    const QDateTime deadline = m_samples[evalId].evaluation.assessTime.addSecs(24 * 3600);
    // 3 h 12 min before the deadline.
    Clock::setOverride(deadline.addSecs(-(3 * 3600 + 12 * 60)));
    BadReviewFilter f;
    f.evalIds = QStringList{evalId};
    m_model->setFilter(f);
    QCOMPARE(m_model->rowCount(), 1);
    const QModelIndex cell = m_model->index(0, BadReviewQueueModel::VerifyTimeLeftColumn);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QCOMPARE(cell.data().toString(), BadReviewQueueModel::tr("%1 h %2 min").arg(3).arg(12));
    QVERIFY(!cell.data(BadReviewQueueModel::OverdueRole).toBool());
    // The clock passes the deadline by an hour: the same cell now says overdue, and the
    // model sent nothing (the view repaints its viewport on its own timer).
    Clock::setOverride(deadline.addSecs(3600));
    QCOMPARE(cell.data().toString(),
             BadReviewQueueModel::tr("overdue %1")
                 .arg(BadReviewQueueModel::tr("%1 h %2 min").arg(1).arg(0)));
    QVERIFY(cell.data(BadReviewQueueModel::OverdueRole).toBool());
    QCOMPARE(cell.siblingAtColumn(BadReviewQueueModel::OverdueColumn).data().toString(),
             BadReviewQueueModel::tr("Overdue"));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(reset.size(), 0);
}

void TestBadReviewQueueModel::refreshKeepsTheCurrentRow()
{
    // Pick an unverified row on the second page and verify it locally.
    m_model->fetchMore({});
    int row = -1;
    for (int r = BadReviewQueueModel::kPageSize; r < m_model->rowCount(); ++r) {
        if (m_model->rowAt(r)->state == HandlingState::Unverified) {
            row = r;
            break;
        }
    }
    QVERIFY(row >= 0);
    const QString evalId = m_model->evalIdAt(row);
    LocalActionRecorder recorder(m_stores.cache, m_stores.work);
    QVERIFY(recorder
                .record(evalId, ActionType::Verify, payloadFor(ActionType::Verify, {}),
                        QStringLiteral("alice"))
                .ok());
    const int now = m_model->refresh(evalId);
    QVERIFY(now >= 0);
    QCOMPARE(m_model->evalIdAt(now), evalId);
    QCOMPARE(m_model->rowAt(now)->state, HandlingState::Confirmed);
    QVERIFY(m_model->index(now, 0).data(BadReviewQueueModel::PendingUploadRole).toBool());
    QVERIFY(m_model->index(now, BadReviewQueueModel::StateColumn)
                .data()
                .toString()
                .endsWith(BadReviewQueueModel::tr(" · pending upload")));
    QCOMPARE(m_model->refresh(QStringLiteral("no such row")), -1);
    QCOMPARE(m_model->rowOf(QStringLiteral("no such row")), -1);
}

void TestBadReviewQueueModel::headers()
{
    for (int c = 0; c < BadReviewQueueModel::ColumnCount; ++c)
        QVERIFY(!m_model->headerData(c, Qt::Horizontal).toString().isEmpty());
}

void TestBadReviewQueueModel::timeLeftText()
{
    const QDateTime d = kNow.addSecs(2 * 86400 + 4 * 3600);
    QCOMPARE(BadReviewQueueModel::timeLeftText(d, kNow),
             BadReviewQueueModel::tr("%1 d %2 h").arg(2).arg(4));
    QCOMPARE(BadReviewQueueModel::timeLeftText(kNow.addSecs(3 * 3600 + 12 * 60), kNow),
             BadReviewQueueModel::tr("%1 h %2 min").arg(3).arg(12));
    QVERIFY(BadReviewQueueModel::timeLeftText(kNow.addSecs(-90), kNow)
                .startsWith(BadReviewQueueModel::tr("overdue %1").arg(QString()).trimmed()));
    QVERIFY(BadReviewQueueModel::timeLeftText({}, kNow).isEmpty());
}

QTEST_GUILESS_MAIN(TestBadReviewQueueModel)
#include "tst_badreviewqueuemodel.moc"
