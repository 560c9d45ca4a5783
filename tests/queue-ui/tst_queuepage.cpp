// SPDX-License-Identifier: GPL-3.0-or-later
// The work queue page driven like a supervisor would, offscreen, on a cache synced from
// the simulator: filter by state and a two-character search term, open a row, verify,
// request invalid and be refused approving one's own request, approve as someone else,
// plan, complete, follow up, assign several rows at once, reveal the evaluator with a
// reason — all by keyboard where a user would. Each action must leave its outbox and
// audit rows in localwork.sqlite and show as pending upload, also after a restart.
#include "SyncedHome.h"

#include "models/domain/Clock.h"
#include "models/itemmodels/BadReviewQueueModel.h"
#include "models/secrets/KeychainSecretStore.h"
#include "models/store/BadReviewQuery.h"
#include "models/store/CacheReader.h"
#include "models/store/LocalWorkStore.h"
#include "ui/queue/BadReviewDetailPanel.h"
#include "ui/queue/BulkAssignDialog.h"
#include "ui/queue/FollowUpDialog.h"
#include "ui/queue/HandlingActionDialog.h"
#include "ui/queue/PlanDialog.h"
#include "ui/queue/QueueActionController.h"
#include "ui/queue/QueueFilterBar.h"
#include "ui/queue/QueuePage.h"
#include "ui/queue/QueueRowDelegate.h"
#include "ui/queue/QueueWorkspace.h"
#include "ui/queue/RectificationPlanForm.h"
#include "ui/queue/RequestDelayDialog.h"
#include "ui/queue/RequestInvalidDialog.h"
#include "ui/queue/RevealReasonDialog.h"
#include "ui/queue/ReviewDecision.h"
#include "ui/queue/ReviewDelayDialog.h"
#include "ui/queue/ReviewInvalidDialog.h"
#include "ui/queue/SavedViewBar.h"
#include "ui/queue/TextActionDialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace pingjia;
using namespace pingjia::queueui;

namespace {
const QString kSupervisor = QStringLiteral("supervisor1");
const QString kReviewer = QStringLiteral("reviewer2");
} // namespace

class TestQueuePage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void showsEveryBadReviewOfTheCache();
    void filterByStateAndTwoCharacterTerm();
    void savedViewsCountAndFilter();
    void keyboardNavigatesOpensAndFilters();
    void sortHeaderSortsInSql();
    void verifyRecordsPendingAction();
    void requestInvalidRefusesOwnApproval();
    void approveAsAnotherUser();
    void planCompleteFollowUp();
    void bulkAssignReportsRowsThatCannotBePlanned();
    void delayRequestedAndApprovedByAnother();
    void reopenAClosedOne();
    void revealAsksReasonAndIsLogged();
    void countdownsRepaintWithoutModelSignals();
    void restartKeepsPendingActions();

private:
    void openPage();
    void closePage();
    HandlingActionDialog *press(Qt::Key key);
    void confirm(QDialog *dialog);
    QStringList evalIds(const BadReviewFilter &filter);
    void select(const QString &evalId);
    QList<OutboxEntry> outbox(const QString &evalId);
    int auditCount(const QString &evalId, const QString &event);
    HandlingState stateOf(const QString &evalId);

    SyncedHome m_home;
    QString m_user = kSupervisor;
    std::shared_ptr<QueueWorkspace> m_workspace;
    std::unique_ptr<QueuePage> m_page;
    std::unique_ptr<BadReviewQuery> m_query;
    // Carried between the workflow steps (slots run in order).
    QString m_verified;
    QString m_invalidRequested;
    QStringList m_acted;
};

void TestQueuePage::initTestCase()
{
    QString error;
    QVERIFY2(m_home.create(&error), qPrintable(error));
    m_query = std::make_unique<BadReviewQuery>(m_home.cache(), &m_home.work());
}

void TestQueuePage::cleanupTestCase()
{
    closePage();
    m_query.reset();
}

void TestQueuePage::init()
{
    m_user = kSupervisor;
    openPage();
}

void TestQueuePage::cleanup()
{
    closePage();
}

void TestQueuePage::openPage()
{
    m_workspace = std::make_shared<QueueWorkspace>(m_home.cache(), m_home.work(),
                                                   std::make_unique<KeychainSecretStore>(),
                                                   [this] { return m_user; });
    QVERIFY(m_workspace->isOpen());
    m_page = std::make_unique<QueuePage>(m_workspace);
    new QAbstractItemModelTester(
        m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_page.get());
    m_page->resize(1400, 900);
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestQueuePage::closePage()
{
    m_page.reset();
    m_workspace.reset();
}

HandlingActionDialog *TestQueuePage::press(Qt::Key key)
{
    // After a dialog closed the page becomes the active window again (asynchronously).
    m_page->activateWindow();
    if (!QTest::qWaitForWindowActive(m_page.get()))
        qWarning() << "the page is not the active window";
    m_page->table()->setFocus();
    if (QApplication::focusWidget() != m_page->table())
        qWarning() << "the table has no focus";
    QTest::keyClick(m_page->table(), key);
    return m_page->actions()->currentDialog();
}

void TestQueuePage::confirm(QDialog *dialog)
{
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_page->actions()->currentDialog() && !m_page->actions()->currentBulkDialog(), 60000);
}

QStringList TestQueuePage::evalIds(const BadReviewFilter &filter)
{
    StoreResult error;
    const QStringList ids = m_query->evalIds(filter, BadReviewSort::AssessTime, Qt::DescendingOrder,
                                             Clock::now(), &error);
    if (!error.ok())
        qWarning() << error.message;
    return ids;
}

void TestQueuePage::select(const QString &evalId)
{
    QVERIFY2(m_page->selectEvaluation(evalId), qPrintable(evalId));
    QCOMPARE(m_page->currentEvalId(), evalId);
    QCOMPARE(m_page->detailPanel()->evalId(), evalId);
}

QList<OutboxEntry> TestQueuePage::outbox(const QString &evalId)
{
    LocalWorkStore store(m_home.work());
    return store.actions(evalId);
}

int TestQueuePage::auditCount(const QString &evalId, const QString &event)
{
    LocalWorkStore store(m_home.work());
    int n = 0;
    for (const AuditEntry &a : store.audit(evalId))
        n += a.event == event;
    return n;
}

HandlingState TestQueuePage::stateOf(const QString &evalId)
{
    const auto row = m_query->row(evalId, Clock::now());
    return row ? row->state : HandlingState::Invalid;
}

void TestQueuePage::showsEveryBadReviewOfTheCache()
{
    const qint64 all = m_query->count({}, Clock::now());
    QVERIFY2(all > 20, "the simulator's small scale has bad reviews");
    QCOMPARE(m_page->model()->totalCount(), all);
    // Paged, never everything at once.
    QVERIFY(m_page->model()->rowCount() <= BadReviewQueueModel::kPageSize);
    QVERIFY(m_page->statusText().contains(QLocale().toString(all)) ||
            m_page->statusText().contains(QString::number(all)));
    // The detail of the current row is shown.
    QVERIFY(!m_page->currentEvalId().isEmpty());
    QCOMPARE(m_page->detailPanel()->evalId(), m_page->currentEvalId());
    // For people to look at (not compared).
    const QString artifacts = qEnvironmentVariable("PINGJIA_TEST_ARTIFACTS");
    if (!artifacts.isEmpty() && QDir().mkpath(artifacts))
        m_page->grab().save(artifacts + QStringLiteral("/queue-page.png"));
}

void TestQueuePage::filterByStateAndTwoCharacterTerm()
{
    // A two-character term (trigram FTS cannot find these) taken from the data itself.
    BadReviewFilter unverified;
    unverified.states = {HandlingState::Unverified};
    const QStringList candidates = evalIds(unverified);
    QVERIFY2(!candidates.isEmpty(), "the simulator has unverified bad reviews");
    QString term;
    for (const QString &id : candidates) {
        const QString comment = m_query->detail(id)->fullComment;
        for (const QString &word :
             {QStringLiteral("排队"), QStringLiteral("态度"), QStringLiteral("材料"),
              QStringLiteral("系统"), QStringLiteral("等待")}) {
            if (comment.contains(word)) {
                term = word;
                break;
            }
        }
        if (!term.isEmpty())
            break;
    }
    QVERIFY2(!term.isEmpty(), "no common two-character term in the unverified comments");

    QueueFilterBar *bar = m_page->filterBar();
    auto *state = bar->findChild<QComboBox *>("stateFilter");
    state->setCurrentIndex(state->findData(QStringLiteral("unverified")));
    QCOMPARE(m_page->model()->totalCount(), qint64(candidates.size()));

    // Typed, then applied after the pause (debounced) — Enter applies at once.
    QLineEdit *search = bar->searchEdit();
    // (QTest types Latin-1 only; an input method delivers Chinese as one edit like this.)
    search->setFocus();
    search->insert(term);
    QCOMPARE(m_page->filter().text, QString()); // not yet: the debounce is running
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_page->filter().text, term);
    QCOMPARE(m_page->filter().states, QList<HandlingState>{HandlingState::Unverified});

    BadReviewFilter expected = unverified;
    expected.text = term;
    const qint64 n = m_query->count(expected, Clock::now());
    QVERIFY(n > 0);
    QCOMPARE(m_page->model()->totalCount(), n);
    for (int row = 0; row < m_page->model()->rowCount(); ++row) {
        const QString id = m_page->model()->evalIdAt(row);
        QVERIFY(m_query->detail(id)->fullComment.contains(term));
        QCOMPARE(m_page->model()->index(row, 0).data(BadReviewQueueModel::StateRole).toInt(),
                 int(HandlingState::Unverified));
    }
    // The debounced path gets there too, without Enter.
    search->clear();
    search->insert(term.left(1) + term.right(1));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->filter().text, term.left(1) + term.right(1), 60000);

    bar->clear();
    QCOMPARE(m_page->filter(), BadReviewFilter{});
}

void TestQueuePage::savedViewsCountAndFilter()
{
    SavedViewBar *views = m_page->savedViews();
    for (SavedView view : kAllSavedViews) {
        const BadReviewFilter f = savedViewFilter(view, m_user);
        const qint64 n = m_query->count(f, Clock::now());
        // Counted on a thread of its own, so the page never stalls on them.
        QTRY_COMPARE_WITH_TIMEOUT(views->count(view), n, 60000);
        QVERIFY(views->button(view)->text().contains(QString::number(n)) ||
                views->button(view)->text().contains(QLocale().toString(n)));
        QTest::mouseClick(views->button(view), Qt::LeftButton);
        QCOMPARE(m_page->filter(), f);
        QCOMPARE(m_page->model()->totalCount(), n);
        QVERIFY(views->button(view)->isChecked());
    }
    // 待我审批 cannot be shown by the combos: it is listed as an additional condition.
    m_page->showSavedView(SavedView::AwaitingMyApproval);
    QVERIFY(m_page->filterBar()->hasAdditionalConditions());
    QVERIFY(m_page->filterBar()->findChild<QWidget *>("additionalConditions")->isVisible());
    QTest::mouseClick(views->allButton(), Qt::LeftButton);
    QCOMPARE(m_page->filter(), BadReviewFilter{});
    QVERIFY(!m_page->filterBar()->findChild<QWidget *>("additionalConditions")->isVisible());
}

void TestQueuePage::keyboardNavigatesOpensAndFilters()
{
    QTableView *table = m_page->table();
    table->setFocus();
    QVERIFY(table->hasFocus());
    // Ctrl+F: the search box.
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), m_page->filterBar()->searchEdit());
    // Typing there types: the action letters are not stolen from text fields.
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("vip"));
    QCOMPARE(m_page->filterBar()->searchEdit()->text(), QStringLiteral("vip"));
    QVERIFY(!m_page->actions()->currentDialog());
    m_page->filterBar()->clear();

    // Alt+1 … Alt+5: the saved views.
    QTest::keyClick(table, Qt::Key_3, Qt::AltModifier);
    QCOMPARE(m_page->filter(), savedViewFilter(SavedView::Overdue, m_user));
    QVERIFY(m_page->savedViews()->button(SavedView::Overdue)->isChecked());
    QTest::keyClick(table, Qt::Key_0, Qt::AltModifier);
    QCOMPARE(m_page->filter(), BadReviewFilter{});

    // Arrows and PageDown move the current row; the detail follows.
    table->setFocus();
    table->setCurrentIndex(m_page->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 1);
    QCOMPARE(m_page->detailPanel()->evalId(), m_page->model()->evalIdAt(1));
    QTest::keyClick(table, Qt::Key_PageDown);
    QVERIFY(table->currentIndex().row() > 1);
    QCOMPARE(m_page->detailPanel()->evalId(), m_page->currentEvalId());
    // Enter opens the detail; Esc goes back to the table.
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), m_page->detailPanel());
    QTest::keyClick(m_page->detailPanel(), Qt::Key_Escape);
    QCOMPARE(QApplication::focusWidget(), table);

    // Tab walks from the search box through the filters to the table, then the detail
    // and the action buttons: every part is reachable without a mouse.
    BadReviewFilter actionable;
    actionable.states = {HandlingState::Unverified};
    actionable.validity = BadReviewFilter::Validity::Valid;
    QVERIFY(m_page->selectEvaluation(evalIds(actionable).value(0)));
    m_page->focusSearch();
    QStringList walk;
    for (int i = 0; i < 40 && QApplication::focusWidget() != table; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        walk << QApplication::focusWidget()->objectName();
    }
    QVERIFY2(QApplication::focusWidget() == table, qPrintable(walk.join(u' ')));
    QVERIFY(walk.contains(QStringLiteral("stateFilter")));
    QVERIFY(walk.contains(QStringLiteral("departmentFilter")) ||
            walk.contains(QString())); // the editable combo's line edit has no name
    QTest::keyClick(table, Qt::Key_Tab);
    QVERIFY(m_page->detailPanel()->isAncestorOf(QApplication::focusWidget()) ||
            QApplication::focusWidget() == m_page->detailPanel());
    bool reachedActions = false;
    walk.clear();
    for (int i = 0; i < 20 && !reachedActions; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        walk << QApplication::focusWidget()->objectName() + QLatin1Char(':') +
                    QLatin1String(QApplication::focusWidget()->metaObject()->className());
        reachedActions =
            QApplication::focusWidget()->objectName().startsWith(QStringLiteral("button-action-"));
    }
    QVERIFY2(reachedActions, qPrintable(walk.join(u' ')));
}

void TestQueuePage::sortHeaderSortsInSql()
{
    QSignalSpy reset(m_page->model(), &QAbstractItemModel::modelReset);
    m_page->table()->horizontalHeader()->setSortIndicator(BadReviewQueueModel::AssessTimeColumn,
                                                          Qt::DescendingOrder);
    QVERIFY(reset.count() >= 1);
    const QStringList expected = evalIds({}).mid(0, m_page->model()->rowCount());
    QStringList shown;
    for (int row = 0; row < m_page->model()->rowCount(); ++row)
        shown << m_page->model()->evalIdAt(row);
    // Same order as the SQL's (ties aside, assessment times descend).
    QDateTime previous;
    for (int row = 0; row < m_page->model()->rowCount(); ++row) {
        const QDateTime t = m_page->model()->rowAt(row)->assessTime;
        if (previous.isValid())
            QVERIFY(t <= previous);
        previous = t;
    }
    QCOMPARE(shown.size(), expected.size());
}

void TestQueuePage::verifyRecordsPendingAction()
{
    BadReviewFilter unverified;
    unverified.states = {HandlingState::Unverified};
    unverified.validity = BadReviewFilter::Validity::Valid;
    const QStringList ids = evalIds(unverified);
    QVERIFY(ids.size() >= 3);
    m_verified = ids.at(0);
    select(m_verified);
    QVERIFY(m_page->actions()->action(ActionType::Verify)->isEnabled());
    QVERIFY(!m_page->actions()->action(ActionType::Complete)->isEnabled());

    auto *dialog = qobject_cast<TextActionDialog *>(press(Qt::Key_V));
    QVERIFY(dialog);
    QCOMPARE(dialog->actionType(), ActionType::Verify);
    QVERIFY(!dialog->okButton()->isEnabled());
    dialog->textEdit()->setPlainText(QStringLiteral("调取大厅监控，排队无人引导属实"));
    confirm(dialog);

    // Outbox, audit and overlay: one transaction, all there.
    const QList<OutboxEntry> sent = outbox(m_verified);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(toString(sent.first().type), QStringLiteral("verify"));
    QCOMPARE(sent.first().actor, kSupervisor);
    QCOMPARE(toString(sent.first().status), QStringLiteral("pending"));
    QCOMPARE(sent.first().payload.value("evidence").toString(),
             QStringLiteral("调取大厅监控，排队无人引导属实"));
    QCOMPARE(auditCount(m_verified, QStringLiteral("action")), 1);
    QCOMPARE(stateOf(m_verified), HandlingState::Confirmed);
    m_acted << m_verified;
    // The saved-view counts follow (one fewer to verify).
    QTRY_COMPARE_WITH_TIMEOUT(
        m_page->savedViews()->count(SavedView::Unverified),
        m_query->count(savedViewFilter(SavedView::Unverified, m_user), Clock::now()), 60000);

    // The row stays current and shows the pending upload.
    QCOMPARE(m_page->currentEvalId(), m_verified);
    const int row = m_page->model()->rowOf(m_verified);
    QVERIFY(row >= 0);
    const QModelIndex state = m_page->model()->index(row, BadReviewQueueModel::StateColumn);
    QVERIFY(state.data(BadReviewQueueModel::PendingUploadRole).toBool());
    QCOMPARE(state.data(BadReviewQueueModel::StateRole).toInt(), int(HandlingState::Confirmed));
    QVERIFY(state.data().toString().contains(BadReviewQueueModel::tr(" · pending upload")));
    // The delegate marks it with an icon too, not only words.
    QStyleOptionViewItem option;
    option.initFrom(m_page->table());
    struct Probe : QueueRowDelegate {
        void init(QStyleOptionViewItem *o, const QModelIndex &i) const { initStyleOption(o, i); }
    } probe;
    probe.init(&option, state);
    QVERIFY(option.features & QStyleOptionViewItem::HasDecoration);

    // The timeline lists the local action with its upload status.
    QTreeWidget *timeline = m_page->detailPanel()->timeline();
    QVERIFY(timeline->topLevelItemCount() >= 1);
    QTreeWidgetItem *last = timeline->topLevelItem(timeline->topLevelItemCount() - 1);
    QCOMPARE(last->data(BadReviewDetailPanel::ActionColumn, Qt::UserRole).toString(),
             QStringLiteral("verify"));
    QCOMPARE(last->data(BadReviewDetailPanel::StatusColumn, Qt::UserRole).toString(),
             QStringLiteral("pending"));
    QCOMPARE(last->text(BadReviewDetailPanel::ActorColumn), kSupervisor);
    // Now the verify button is off and the plan is possible.
    QVERIFY(!m_page->actions()->action(ActionType::Verify)->isEnabled());
    QVERIFY(m_page->actions()->action(ActionType::Plan)->isEnabled());
}

void TestQueuePage::requestInvalidRefusesOwnApproval()
{
    BadReviewFilter unverified;
    unverified.states = {HandlingState::Unverified};
    unverified.validity = BadReviewFilter::Validity::Valid;
    const QStringList ids = evalIds(unverified);
    QVERIFY(!ids.isEmpty());
    m_invalidRequested = ids.first();
    select(m_invalidRequested);

    auto *request = qobject_cast<RequestInvalidDialog *>(press(Qt::Key_I));
    QVERIFY(request);
    request->evidenceEdit()->setPlainText(QStringLiteral("评价人来电称误点了非常不满意"));
    QVERIFY(!request->okButton()->isEnabled()); // result not chosen
    request->mistakenButton()->click();
    confirm(request);
    QCOMPARE(stateOf(m_invalidRequested), HandlingState::InvalidRequested);
    m_acted << m_invalidRequested;

    // The same user opens the review and approves: the state machine refuses.
    QVERIFY(m_page->actions()->action(ActionType::ApproveInvalid)->isEnabled());
    auto *review = qobject_cast<ReviewInvalidDialog *>(press(Qt::Key_A));
    QVERIFY(review);
    QVERIFY(review->findChild<QLabel *>("intro")->text().contains(kSupervisor));
    review->decision()->approveButton()->click();
    confirm(review);
    QMessageBox *refused = m_page->actions()->currentMessage();
    QVERIFY(refused);
    QCOMPARE(refused->objectName(), QStringLiteral("actionRefusedMessage"));
    QVERIFY(refused->isVisible());
    QVERIFY2(refused->text().contains(kSupervisor), qPrintable(refused->text()));
    // The rule in words (translated), not the platform's code.
    QVERIFY2(refused->informativeText().contains(QLatin1String("cannot also approve")),
             qPrintable(refused->informativeText()));
    // Nothing was written for the refused approval.
    const QList<OutboxEntry> entries = outbox(m_invalidRequested);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(toString(entries.first().type), QStringLiteral("request_invalid"));
    QCOMPARE(stateOf(m_invalidRequested), HandlingState::InvalidRequested);
    // Esc closes the message.
    QTest::keyClick(refused, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->actions()->currentMessage(), 60000);
}

void TestQueuePage::approveAsAnotherUser()
{
    QVERIFY(!m_invalidRequested.isEmpty());
    m_user = kReviewer;
    select(m_invalidRequested);
    // 待我审批 lists it for the reviewer, not for the requester.
    m_page->showSavedView(SavedView::AwaitingMyApproval);
    QVERIFY(m_page->selectEvaluation(m_invalidRequested));
    QVERIFY(!m_query
                 ->evalIds(savedViewFilter(SavedView::AwaitingMyApproval, kSupervisor),
                           BadReviewSort::AssessTime, Qt::AscendingOrder, Clock::now())
                 .contains(m_invalidRequested));
    select(m_invalidRequested);
    auto *review = qobject_cast<ReviewInvalidDialog *>(press(Qt::Key_A));
    QVERIFY(review);
    review->decision()->approveButton()->click();
    review->decision()->noteEdit()->setPlainText(QStringLiteral("证据充分，同意"));
    confirm(review);
    QVERIFY(!m_page->actions()->currentMessage());
    QCOMPARE(stateOf(m_invalidRequested), HandlingState::NotAdopted);
    const QList<OutboxEntry> entries = outbox(m_invalidRequested);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(toString(entries.last().type), QStringLiteral("approve_invalid"));
    QCOMPARE(entries.last().actor, kReviewer);
    QCOMPARE(auditCount(m_invalidRequested, QStringLiteral("action")), 2);
    m_page->filterBar()->clear();
}

void TestQueuePage::planCompleteFollowUp()
{
    QVERIFY(!m_verified.isEmpty());
    select(m_verified);
    const QString deptCode = m_query->row(m_verified, Clock::now())->deptCode;

    auto *plan = qobject_cast<PlanDialog *>(press(Qt::Key_P));
    QVERIFY(plan);
    RectificationPlanForm *form = plan->planForm();
    QVERIFY(form->departmentCombo()->count() > 0); // departments from the cache
    if (form->deptCode().isEmpty())
        form->departmentCombo()->setCurrentIndex(0);
    else
        QCOMPARE(form->deptCode(), deptCode); // the evaluation's own, preselected
    form->personEdit()->setText(QStringLiteral("李明"));
    form->measuresEdit()->setPlainText(QStringLiteral("增设导办员，高峰期加开窗口"));
    confirm(plan);
    QCOMPARE(stateOf(m_verified), HandlingState::Rectifying);

    auto *complete = qobject_cast<TextActionDialog *>(press(Qt::Key_C));
    QVERIFY(complete);
    QCOMPARE(complete->actionType(), ActionType::Complete);
    complete->textEdit()->setPlainText(QStringLiteral("已增设导办员2名"));
    confirm(complete);
    QCOMPARE(stateOf(m_verified), HandlingState::Rectified);

    auto *followUp = qobject_cast<FollowUpDialog *>(press(Qt::Key_F));
    QVERIFY(followUp);
    followUp->satisfactionCombo()->setCurrentIndex(followUp->satisfactionCombo()->findData(4));
    followUp->methodCombo()->setCurrentIndex(
        followUp->methodCombo()->findData(QStringLiteral("phone")));
    confirm(followUp);
    QCOMPARE(stateOf(m_verified), HandlingState::Closed);

    QStringList types;
    for (const OutboxEntry &e : outbox(m_verified)) {
        types << toString(e.type);
        QCOMPARE(toString(e.status), QStringLiteral("pending"));
    }
    QCOMPARE(types, (QStringList{"verify", "plan", "complete", "follow_up"}));
    QCOMPARE(auditCount(m_verified, QStringLiteral("action")), 4);
    // Closed: only reopen is left.
    QVERIFY(m_page->actions()->action(ActionType::Reopen)->isEnabled());
    QVERIFY(!m_page->actions()->action(ActionType::FollowUp)->isEnabled());
}

void TestQueuePage::bulkAssignReportsRowsThatCannotBePlanned()
{
    BadReviewFilter confirmed;
    confirmed.states = {HandlingState::Confirmed};
    const QStringList ready = evalIds(confirmed);
    BadReviewFilter unverified;
    unverified.states = {HandlingState::Unverified};
    unverified.validity = BadReviewFilter::Validity::Valid;
    const QStringList notReady = evalIds(unverified);
    QVERIFY2(ready.size() >= 2 && !notReady.isEmpty(), "confirmed and unverified rows exist");
    const QStringList chosen = {ready.at(0), ready.at(1), notReady.first()};

    // The three rows, selected with the keyboard's Ctrl+click equivalent.
    m_page->filterBar()->clear();
    QItemSelection selection;
    for (const QString &id : chosen) {
        QVERIFY2(m_page->selectEvaluation(id), qPrintable(id)); // fetched into the model
        const int row = m_page->model()->rowOf(id);
        QVERIFY2(row >= 0, qPrintable(id));
        selection.select(m_page->model()->index(row, 0),
                         m_page->model()->index(row, BadReviewQueueModel::ColumnCount - 1));
    }
    m_page->table()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    QVERIFY(m_page->actions()->bulkAssignAction()->isEnabled());

    m_page->table()->setFocus();
    QTest::keyClick(m_page->table(), Qt::Key_B);
    BulkAssignDialog *dialog = m_page->actions()->currentBulkDialog();
    QVERIFY(dialog);
    dialog->planForm()->departmentCombo()->setCurrentIndex(0);
    dialog->planForm()->personEdit()->setText(QStringLiteral("王芳"));
    dialog->planForm()->measuresEdit()->setPlainText(QStringLiteral("集中整改"));
    const QString dept = dialog->planForm()->deptCode();
    confirm(dialog);

    QMessageBox *report = m_page->actions()->currentMessage();
    QVERIFY(report);
    QCOMPARE(report->objectName(), QStringLiteral("bulkAssignReport"));
    QVERIFY2(report->informativeText().contains(notReady.first()),
             qPrintable(report->informativeText()));
    QVERIFY(!report->informativeText().contains(ready.at(0)));
    for (const QString &id : {ready.at(0), ready.at(1)}) {
        QCOMPARE(stateOf(id), HandlingState::Rectifying);
        const QList<OutboxEntry> entries = outbox(id);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(toString(entries.first().type), QStringLiteral("plan"));
        QCOMPARE(entries.first().payload.value("deptCode").toString(), dept);
        m_acted << id;
    }
    QVERIFY(outbox(notReady.first()).isEmpty());
    QTest::keyClick(report, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->actions()->currentMessage(), 60000);
}

void TestQueuePage::delayRequestedAndApprovedByAnother()
{
    BadReviewFilter confirmed;
    confirmed.states = {HandlingState::Confirmed};
    QStringList ids = evalIds(confirmed);
    QString target;
    for (const QString &id : ids) {
        const auto row = m_query->row(id, Clock::now());
        if (row && !row->delayPending && outbox(id).isEmpty()) {
            target = id;
            break;
        }
    }
    QVERIFY2(!target.isEmpty(), "a confirmed bad review without a pending delay");
    select(target);
    const QDateTime current = m_query->row(target, Clock::now())->effectiveRectificationDeadline;

    auto *request = qobject_cast<RequestDelayDialog *>(press(Qt::Key_D));
    QVERIFY(request);
    request->reasonEdit()->setPlainText(QStringLiteral("需采购叫号设备，预计下月到货"));
    request->deadlineEdit()->setDate(platformDate(current)); // not later: refused by the dialog
    QVERIFY(!request->okButton()->isEnabled());
    const QDate proposed = platformDate(current).addDays(20);
    request->deadlineEdit()->setDate(proposed);
    request->cannotRectifyBox()->setChecked(false);
    confirm(request);
    QVERIFY(m_query->row(target, Clock::now())->delayPending);
    QVERIFY(m_page->model()
                ->index(m_page->model()->rowOf(target), BadReviewQueueModel::StateColumn)
                .data()
                .toString()
                .contains(BadReviewQueueModel::tr(" · delay requested")));

    // The requester is refused; another user approves with a date of their own.
    auto *own = qobject_cast<ReviewDelayDialog *>(press(Qt::Key_A));
    QVERIFY(own);
    own->decision()->approveButton()->click();
    confirm(own);
    QMessageBox *refused = m_page->actions()->currentMessage();
    QVERIFY(refused && refused->informativeText().contains(QLatin1String("cannot also approve")));
    QTest::keyClick(refused, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->actions()->currentMessage(), 60000);

    m_user = kReviewer;
    auto *review = qobject_cast<ReviewDelayDialog *>(press(Qt::Key_A));
    QVERIFY(review);
    QCOMPARE(review->deadlineEdit()->date(), proposed); // the proposal is offered
    review->decision()->approveButton()->click();
    review->deadlineEdit()->setDate(proposed.addDays(-5));
    confirm(review);
    const auto row = m_query->row(target, Clock::now());
    QVERIFY(!row->delayPending);
    QCOMPARE(row->effectiveRectificationDeadline,
             platformDateTime(proposed.addDays(-5), QTime(23, 59, 59)));
    QStringList types;
    for (const OutboxEntry &e : outbox(target))
        types << toString(e.type);
    QCOMPARE(types, (QStringList{"request_delay", "approve_delay"}));
    m_acted << target;
    m_user = kSupervisor;
}

void TestQueuePage::reopenAClosedOne()
{
    QVERIFY(!m_verified.isEmpty());
    QCOMPARE(stateOf(m_verified), HandlingState::Closed);
    select(m_verified);
    auto *reopen = qobject_cast<TextActionDialog *>(press(Qt::Key_R));
    QVERIFY(reopen);
    QCOMPARE(reopen->actionType(), ActionType::Reopen);
    QVERIFY(!reopen->okButton()->isEnabled());
    reopen->textEdit()->setPlainText(QStringLiteral("评价人回访时表示问题复现"));
    confirm(reopen);
    QCOMPARE(stateOf(m_verified), HandlingState::Confirmed);
    QCOMPARE(toString(outbox(m_verified).last().type), QStringLiteral("reopen"));
}

void TestQueuePage::revealAsksReasonAndIsLogged()
{
    // A named evaluator whose data the sync stored encrypted.
    QString target;
    for (const QString &id : evalIds({})) {
        const auto detail = m_query->detail(id);
        if (detail && detail->revealable && !detail->anonymous) {
            target = id;
            break;
        }
    }
    QVERIFY2(!target.isEmpty(), "a revealable evaluation exists");
    select(target);
    BadReviewDetailPanel *panel = m_page->detailPanel();
    auto *evaluator = panel->findChild<QLabel *>("evaluator");
    const auto plain = CacheReader(m_home.cache()).decryptPersonalData(target, m_home.cipher());
    QVERIFY(plain);
    QVERIFY(!plain->userName.isEmpty());
    QVERIFY2(!evaluator->text().contains(plain->userName) || plain->userName.size() < 2,
             "masked until revealed");

    QVERIFY(panel->revealButton()->isEnabled());
    QTest::mouseClick(panel->revealButton(), Qt::LeftButton);
    RevealReasonDialog *dialog = m_page->revealDialog();
    QVERIFY(dialog);
    dialog->reasonEdit()->setPlainText(QStringLiteral("回访前核对联系方式"));
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->revealDialog(), 60000);

    auto *revealed = panel->findChild<QLabel *>("revealed");
    QVERIFY(revealed->isVisible());
    QVERIFY2(revealed->text().contains(plain->userName), qPrintable(revealed->text()));
    QVERIFY(revealed->text().contains(plain->mobile));
    LocalWorkStore store(m_home.work());
    const QList<RevealEntry> reveals = store.reveals(target);
    QCOMPARE(reveals.size(), 1);
    QCOMPARE(reveals.first().actor, kSupervisor);
    QCOMPARE(reveals.first().reason, QStringLiteral("回访前核对联系方式"));
    QCOMPARE(auditCount(target, QStringLiteral("reveal")), 1);
    // Another row: the plaintext is gone from the panel.
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_page->table()->setFocus();
    QTest::keyClick(m_page->table(),
                    m_page->table()->currentIndex().row() > 0 ? Qt::Key_Up : Qt::Key_Down);
    QVERIFY(panel->evalId() != target);
    QVERIFY(!panel->findChild<QLabel *>("revealed")->text().contains(plain->userName));
}

void TestQueuePage::countdownsRepaintWithoutModelSignals()
{
    BadReviewQueueModel *model = m_page->model();
    // A row whose running deadline lies ahead, so moving the clock makes it overdue.
    BadReviewFilter running;
    running.states = {HandlingState::Unverified, HandlingState::Confirmed,
                      HandlingState::Rectifying};
    m_page->setFilter(running);
    int row = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r) {
        if (model->rowAt(r)->runningDeadline() > Clock::now())
            row = r;
    }
    QVERIFY2(row >= 0, "a bad review with a running deadline ahead");
    const BadReviewRow *b = model->rowAt(row);
    const int column = b->state == HandlingState::Unverified
                           ? BadReviewQueueModel::VerifyTimeLeftColumn
                           : BadReviewQueueModel::RectificationTimeLeftColumn;
    const QModelIndex countdown = model->index(row, column);
    QCOMPARE(countdown.data(BadReviewQueueModel::DeadlineRole).toDateTime(), b->runningDeadline());
    const QModelIndex overdue = model->index(row, BadReviewQueueModel::OverdueColumn);
    const QString before = countdown.data().toString();
    QVERIFY(!before.isEmpty());
    QVERIFY(!overdue.data(BadReviewQueueModel::OverdueRole).toBool());
    const QDateTime deadline = b->runningDeadline();

    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(model, &QAbstractItemModel::layoutChanged);
    const QDateTime now = Clock::now();
    Clock::setOverride(deadline.addSecs(3600));
    m_page->repaintCountdowns();
    QVERIFY(overdue.data(BadReviewQueueModel::OverdueRole).toBool());
    QVERIFY(countdown.data().toString() != before);
    QVERIFY(countdown.data().toString().contains(
        BadReviewQueueModel::tr("overdue %1").arg(QString()).trimmed()));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(layout.count(), 0);
    Clock::setOverride(now);
}

void TestQueuePage::restartKeepsPendingActions()
{
    QVERIFY(!m_acted.isEmpty());
    closePage();
    QString error;
    QVERIFY2(m_home.reopen(&error), qPrintable(error));
    m_query = std::make_unique<BadReviewQuery>(m_home.cache(), &m_home.work());
    openPage();

    BadReviewFilter pending;
    pending.pendingUploadOnly = true;
    m_page->setFilter(pending, QStringLiteral("test"));
    QCOMPARE(m_page->model()->totalCount(), qint64(m_acted.size()));
    for (const QString &id : m_acted) {
        const int row = m_page->model()->rowOf(id);
        QVERIFY2(row >= 0, qPrintable(id));
        QVERIFY(
            m_page->model()->index(row, 0).data(BadReviewQueueModel::PendingUploadRole).toBool());
    }
    QCOMPARE(stateOf(m_verified), HandlingState::Confirmed); // reopened
    QCOMPARE(stateOf(m_invalidRequested), HandlingState::NotAdopted);
    LocalWorkStore store(m_home.work());
    // verify…follow-up and reopen, invalid request and approval, 2 plans, delay and approval
    QCOMPARE(store.pendingActions().size(), 5 + 2 + 2 + 2);
}

QTEST_MAIN(TestQueuePage)
#include "tst_queuepage.moc"
