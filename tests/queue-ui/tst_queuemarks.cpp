// SPDX-License-Identifier: GPL-3.0-or-later
// The queue's marks on a cache written directly (CacheWriter) at a fixed clock late in
// 2026, so that a rectification deadline falls into 2027, a year the holiday calendar
// does not cover: estimated deadlines say so in the table and the detail; overdue rows
// carry a tint, an icon and the word; pending uploads an icon; invalid (textless) bad
// reviews are listed with their mark. Nothing here depends on colour alone.
#include "models/domain/Clock.h"
#include "models/domain/HandlingStateMachine.h"
#include "models/domain/PlatformTime.h"
#include "models/itemmodels/BadReviewQueueModel.h"
#include "models/store/CacheDatabase.h"
#include "models/store/CacheWriter.h"
#include "models/store/LocalActionRecorder.h"
#include "models/store/LocalWorkDatabase.h"
#include "ui/queue/BadReviewDetailPanel.h"
#include "ui/queue/DeadlineText.h"
#include "ui/queue/QueueActionController.h"
#include "ui/queue/QueuePage.h"
#include "ui/queue/QueueRowDelegate.h"
#include "ui/queue/QueueWorkspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace pingjia;

namespace {

QDateTime at(const char *text)
{
    return parsePlatformTime(QString::fromLatin1(text));
}

const QString kDept = QStringLiteral("11620802MB0000001A");
const QString kCenter = QStringLiteral("C620802");

Evaluation evaluation(const QString &id, int level, const QString &text, const QDateTime &time)
{
    Evaluation e;
    e.evalId = id;
    e.projectNo = QStringLiteral("P") + id;
    e.taskCode = QStringLiteral("T1");
    e.deptCode = kDept;
    e.centerCode = kCenter;
    e.windowCode = QStringLiteral("W620802-001");
    e.staffId = QStringLiteral("S1");
    e.areaCode = QStringLiteral("620802");
    e.channelCode = QStringLiteral("4");
    e.rawSatisfaction = QString::number(6 - level);
    e.level = level;
    e.text = text;
    e.assessTime = time;
    e.updatedAt = time.addSecs(60);
    return e;
}

struct Probe : QueueRowDelegate {
    QStyleOptionViewItem option(const QModelIndex &index) const
    {
        QStyleOptionViewItem o;
        initStyleOption(&o, index);
        return o;
    }
};

} // namespace

class TestQueueMarks : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void estimatedDeadlineMarked();
    void overdueMarkedThreeWays();
    void onlyTheMissedDeadlineIsMarked();
    void pendingUploadMarked();
    void invalidListedWithItsMark();
    void noStoresNoPage();
    void emptyCacheSaysToSync();

private:
    int rowOf(const QString &evalId);

    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<LocalWorkDatabase> m_work;
    std::shared_ptr<QueueWorkspace> m_workspace;
    std::unique_ptr<QueuePage> m_page;
};

void TestQueueMarks::initTestCase()
{
    m_cache = std::make_unique<CacheDatabase>(m_dir.filePath(QStringLiteral("cache.sqlite")));
    m_work =
        std::make_unique<LocalWorkDatabase>(m_dir.filePath(QStringLiteral("localwork.sqlite")));
    QVERIFY(m_cache->open().ok());
    QVERIFY(m_work->open().ok());

    const HandlingStateMachine machine; // 24 h, 10 working days (the defaults)
    const auto verified = [&machine](const Evaluation &e, const QDateTime &when) {
        HandlingRecord r = machine.initialRecord(e.evalId, e.level, e.text, e.assessTime);
        return machine
            .apply(r, {QUuid::createUuid().toString(QUuid::WithoutBraces),
                       ActionType::Verify,
                       QStringLiteral("platform-user"),
                       when,
                       {{QStringLiteral("evidence"), QStringLiteral("属实")}}})
            .record;
    };
    // Confirmed on 28 December: the 10th working day lies in January 2027.
    const Evaluation late = evaluation(QStringLiteral("E-LATE"), 1, QStringLiteral("排队太久"),
                                       at("2026-12-28 09:00:00"));
    const HandlingRecord lateRecord = verified(late, at("2026-12-28 10:00:00"));
    QVERIFY(lateRecord.deadlineEstimated);
    // Unverified since 20 December: overdue at the clock below.
    const Evaluation old =
        evaluation(QStringLiteral("E-OLD"), 2, QStringLiteral("态度差"), at("2026-12-20 09:00:00"));
    const HandlingRecord oldRecord =
        machine.initialRecord(old.evalId, old.level, old.text, old.assessTime);
    // Fresh, unverified, due tomorrow.
    const Evaluation fresh = evaluation(QStringLiteral("E-FRESH"), 2, QStringLiteral("系统故障"),
                                        at("2026-12-29 10:00:00"));
    // Verified 84 days after its deadline (27 Sep + 24 h → 21 Dec), rectification still in
    // time: only the verification line is marked.
    const Evaluation verifiedLate =
        evaluation(QStringLiteral("E-VLATE"), 2, QStringLiteral("推诿"), at("2026-09-27 10:00:00"));
    const HandlingRecord verifiedLateRecord = verified(verifiedLate, at("2026-12-21 10:00:00"));
    // Verified within 6 hours, rectification overdue since mid-November: only the
    // rectification line is marked.
    const Evaluation rectifyLate = evaluation(
        QStringLiteral("E-RLATE"), 2, QStringLiteral("窗口无人"), at("2026-11-02 09:00:00"));
    const HandlingRecord rectifyLateRecord = verified(rectifyLate, at("2026-11-02 15:00:00"));
    // A level 1 without text: invalid, no handling.
    const Evaluation silent =
        evaluation(QStringLiteral("E-SILENT"), 1, QString(), at("2026-12-29 08:00:00"));

    CacheWriter writer(*m_cache, nullptr);
    QVERIFY(
        writer
            .upsertOrgs({OrgUnit{kDept, QStringLiteral("崆峒区公安分局"), QStringLiteral("county"),
                                 QStringLiteral("department"), kCenter, QStringLiteral("620802"),
                                 kDept, false, at("2026-01-01 00:00:00")}})
            .ok());
    QVERIFY(writer.upsertEvaluations({late, old, fresh, silent, verifiedLate, rectifyLate}).ok());
    QVERIFY(writer.upsertBadReviews({lateRecord, oldRecord, verifiedLateRecord, rectifyLateRecord})
                .ok());

    Clock::setOverride(at("2026-12-29 12:00:00"));
    m_workspace = std::make_shared<QueueWorkspace>(*m_cache, *m_work, nullptr,
                                                   [] { return QStringLiteral("supervisor1"); });
    m_page = std::make_unique<QueuePage>(m_workspace);
    new QAbstractItemModelTester(
        m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_page.get());
    m_page->resize(1300, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get(), 60000));
    QCOMPARE(m_page->model()->totalCount(), qint64(6));
}

void TestQueueMarks::cleanupTestCase()
{
    m_page.reset();
    m_workspace.reset();
    Clock::clearOverride();
}

int TestQueueMarks::rowOf(const QString &evalId)
{
    m_page->selectEvaluation(evalId);
    return m_page->model()->rowOf(evalId);
}

void TestQueueMarks::estimatedDeadlineMarked()
{
    const int row = rowOf(QStringLiteral("E-LATE"));
    QVERIFY(row >= 0);
    const QModelIndex left =
        m_page->model()->index(row, BadReviewQueueModel::RectificationTimeLeftColumn);
    QVERIFY(left.data(BadReviewQueueModel::EstimatedRole).toBool());
    const QString text = left.data().toString();
    QVERIFY2(
        text.contains(BadReviewQueueModel::tr("≈ %1 (estimate)").arg(QString()).trimmed().left(1)),
        qPrintable(text));
    QVERIFY(!left.data(Qt::ToolTipRole).toString().isEmpty());
    // The detail panel says "(est.)" next to the date.
    auto *deadlines = m_page->detailPanel()->findChild<QLabel *>("deadlines");
    const QDateTime deadline = left.data(BadReviewQueueModel::DeadlineRole).toDateTime();
    QCOMPARE(platformDate(deadline).year(), 2027);
    QVERIFY2(deadlines->text().contains(deadlineText(deadline, true)),
             qPrintable(deadlines->text()));
    QVERIFY(deadlineText(deadline, true) != deadlineText(deadline, false));
}

void TestQueueMarks::overdueMarkedThreeWays()
{
    Probe probe;
    const int overdueRow = rowOf(QStringLiteral("E-OLD"));
    const int freshRow = rowOf(QStringLiteral("E-FRESH"));
    QVERIFY(overdueRow >= 0 && freshRow >= 0);
    BadReviewQueueModel *model = m_page->model();
    const QModelIndex mark = model->index(overdueRow, BadReviewQueueModel::OverdueColumn);
    QVERIFY(mark.data(BadReviewQueueModel::OverdueRole).toBool());
    // Text…
    QVERIFY(!mark.data().toString().isEmpty());
    // …icon and weight…
    const QStyleOptionViewItem o = probe.option(mark);
    QVERIFY(o.features & QStyleOptionViewItem::HasDecoration);
    QVERIFY(!o.icon.isNull());
    QVERIFY(o.font.bold());
    // …and the tint over the whole row.
    const QStyleOptionViewItem other =
        probe.option(model->index(overdueRow, BadReviewQueueModel::CommentColumn));
    QCOMPARE(other.backgroundBrush.style(), Qt::SolidPattern);
    // A row in time has none of it.
    const QModelIndex fine = model->index(freshRow, BadReviewQueueModel::OverdueColumn);
    QVERIFY(fine.data().toString().isEmpty());
    QVERIFY(!(probe.option(fine).features & QStyleOptionViewItem::HasDecoration));
    QCOMPARE(probe.option(model->index(freshRow, BadReviewQueueModel::CommentColumn))
                 .backgroundBrush.style(),
             Qt::NoBrush);
    // The detail says it in words.
    rowOf(QStringLiteral("E-OLD"));
    auto *deadlines = m_page->detailPanel()->findChild<QLabel *>("deadlines");
    QVERIFY(deadlines->text().contains(BadReviewDetailPanel::tr("⚠ Overdue")));
}

void TestQueueMarks::onlyTheMissedDeadlineIsMarked()
{
    auto *deadlines = m_page->detailPanel()->findChild<QLabel *>("deadlines");
    const auto lines = [deadlines] { return deadlines->text().split(QStringLiteral("<br>")); };
    const QString red = QStringLiteral("b3261e");

    QVERIFY(rowOf(QStringLiteral("E-VLATE")) >= 0);
    QStringList l = lines();
    QVERIFY2(l.size() >= 2, qPrintable(deadlines->text()));
    // 28 Sep 10:00 → 21 Dec 10:00 is 84 days: the verification keeps its mark once done.
    QVERIFY2(l.at(0).contains(red) && l.at(0).contains(QLatin1String("84 day")),
             qPrintable(l.at(0)));
    QVERIFY2(!l.at(1).contains(red), qPrintable(l.at(1)));

    QVERIFY(rowOf(QStringLiteral("E-RLATE")) >= 0);
    l = lines();
    QVERIFY2(l.size() >= 2, qPrintable(deadlines->text()));
    QVERIFY2(!l.at(0).contains(red), qPrintable(l.at(0))); // verified in 6 hours
    QVERIFY2(l.at(1).contains(red), qPrintable(l.at(1)));  // rectification overdue
}

void TestQueueMarks::pendingUploadMarked()
{
    Probe probe;
    const QString id = QStringLiteral("E-FRESH");
    const int before = rowOf(id);
    const QModelIndex state = m_page->model()->index(before, BadReviewQueueModel::StateColumn);
    QVERIFY(!(probe.option(state).features & QStyleOptionViewItem::HasDecoration));
    const RecordedAction r = m_workspace->recorder().record(
        id, ActionType::Verify, {{QStringLiteral("evidence"), QStringLiteral("属实")}},
        QStringLiteral("supervisor1"));
    QVERIFY2(r.ok(), qPrintable(r.message()));
    m_workspace->notifyChanged();
    const int row = m_page->model()->rowOf(id);
    QVERIFY(row >= 0);
    QCOMPARE(m_page->currentEvalId(), id); // the row stays current across the refresh
    const QModelIndex after = m_page->model()->index(row, BadReviewQueueModel::StateColumn);
    QVERIFY(after.data(BadReviewQueueModel::PendingUploadRole).toBool());
    const QStyleOptionViewItem o = probe.option(after);
    QVERIFY(o.features & QStyleOptionViewItem::HasDecoration);
    QVERIFY(o.font.italic());
    QVERIFY(m_page->detailPanel()
                ->findChild<QLabel *>("detailTitle")
                ->text()
                .contains(BadReviewDetailPanel::tr(" · pending upload")));
}

void TestQueueMarks::invalidListedWithItsMark()
{
    const int row = rowOf(QStringLiteral("E-SILENT"));
    QVERIFY(row >= 0);
    BadReviewQueueModel *model = m_page->model();
    QCOMPARE(model->index(row, 0).data(BadReviewQueueModel::StateRole).toInt(),
             int(HandlingState::Invalid));
    QVERIFY(!model->index(row, BadReviewQueueModel::CommentColumn).data().toString().isEmpty());
    // The title says it once, with the reason, not the state and then "invalid" again.
    const QString title = m_page->detailPanel()->findChild<QLabel *>("detailTitle")->text();
    QVERIFY2(title.contains(QLatin1String("invalid: no text")), qPrintable(title));
    QVERIFY2(!title.contains(handlingStateName(HandlingState::Invalid)), qPrintable(title));
    // No action is possible on an invalid bad review.
    for (ActionType type : QueueActionController::barActions())
        QVERIFY(!m_page->actions()->action(type)->isEnabled());
}

void TestQueueMarks::noStoresNoPage()
{
    // Files not open: the page says why and offers nothing that could write.
    CacheDatabase cache(m_dir.filePath(QStringLiteral("never.sqlite")));
    LocalWorkDatabase work(m_dir.filePath(QStringLiteral("never-work.sqlite")));
    auto workspace =
        std::make_shared<QueueWorkspace>(cache, work, nullptr, [] { return QString(); });
    QVERIFY(!workspace->isOpen());
    QueuePage page(workspace);
    auto *label = page.findChild<QLabel *>("queueUnavailable");
    QVERIFY(label);
    QVERIFY(label->text().contains(workspace->problem()));
    QVERIFY(!page.model());
    QVERIFY(!page.findChild<QTableView *>());
}

void TestQueueMarks::emptyCacheSaysToSync()
{
    QTemporaryDir dir;
    CacheDatabase cache(dir.filePath(QStringLiteral("cache.sqlite")));
    LocalWorkDatabase work(dir.filePath(QStringLiteral("localwork.sqlite")));
    QVERIFY(cache.open().ok() && work.open().ok());
    auto workspace =
        std::make_shared<QueueWorkspace>(cache, work, nullptr, [] { return QString(); });
    QueuePage page(workspace);
    QCOMPARE(page.model()->totalCount(), qint64(0));
    auto *placeholder = page.detailPanel()->findChild<QLabel *>("detailPlaceholder");
    QVERIFY2(placeholder->text().contains(QueuePage::tr("Sign in and sync").left(7)),
             qPrintable(placeholder->text()));
    for (ActionType type : QueueActionController::barActions())
        QVERIFY(!page.actions()->action(type)->isEnabled());
}

QTEST_MAIN(TestQueueMarks)
#include "tst_queuemarks.moc"
