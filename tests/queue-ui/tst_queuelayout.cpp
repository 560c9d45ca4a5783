// SPDX-License-Identifier: GPL-3.0-or-later
// The queue as a supervisor sees it on a 1280×800 screen and (a second CTest run,
// PINGJIA_XVFB_SCREEN) on 1440×900 (a real X server, Xvfb), in Chinese and in English, on
// a home synced from the simulator: the window opens within the screen, no button, label,
// choice, tab or column header of the queue and of the tracker is cut (each text's width
// is measured against its widget's; a test proves the measure catches a cut label), the actions sit
// in a toolbar with full labels and in the rows' context menu, the detail panel's history has
// room for eight rows, the detail panel collapses (F6) and comes back, Alt+1…5 work right after
// Ctrl+2, dialogs open with the cursor in their first field, F1 lists the shortcuts, and bulk
// assignment is enabled only when a selected row can be planned. Screenshots go to
// $PINGJIA_TEST_ARTIFACTS.
#include "SyncedHome.h"

#include "app/HomeStores.h"
#include "app/UserHome.h"
#include "app/WindowSession.h"
#include "models/itemmodels/BadReviewQueueModel.h"
#include "models/store/BadReviewQuery.h"
#include "models/store/SavedViewCounter.h"
#include "ui/MainWindow.h"
#include "ui/ShortcutOverview.h"
#include "ui/queue/BadReviewDetailPanel.h"
#include "ui/queue/BulkAssignDialog.h"
#include "ui/queue/CurrentUser.h"
#include "ui/queue/HandlingActionDialog.h"
#include "ui/queue/QueueActionController.h"
#include "ui/queue/QueuePage.h"
#include "ui/queue/RectificationPlanForm.h"
#include "ui/queue/SavedViewBar.h"
#include "ui/rectification/RectificationPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>

using namespace pingjia;
using namespace pingjia::queueui;

namespace {
const QString kSupervisor = QStringLiteral("supervisor1");
}

class TestQueueLayout : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cutTextsAreCaught();
    void nothingIsCutOnThisScreen_data();
    void nothingIsCutOnThisScreen();
    void savedViewKeysWorkRightAfterCtrl2();
    void detailPanelCollapsesAndReturns();
    void dialogsOpenInTheirFirstField();
    void f1ListsTheShortcuts();
    void bulkAssignOnlyWhenItCanAct();

private:
    void openWindow();
    QueuePage *queue() { return qobject_cast<QueuePage *>(window().page(PageId::BadReviews)); }
    MainWindow &window() { return m_session->window(); }
    void saveScreenshot(const QString &name);
    QString reviewWithHistory();
    // Every visible text under `root` that does not fit its widget.
    static QStringList cutTexts(QWidget *root);
    // The columns and cells of a tree view (the detail panel's history) that are cut.
    static QStringList cutColumns(QTreeView *view);

    SyncedHome m_home;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<HomeStores> m_stores;
    std::unique_ptr<WindowSession> m_session;
    std::unique_ptr<QTranslator> m_translator;
};

void TestQueueLayout::initTestCase()
{
    QString error;
    QVERIFY2(m_home.create(&error), qPrintable(error));
    const UserHome home = UserHome::inDirectory(m_home.path());
    m_settings = home.openSettings();
    m_settings->setValue(QLatin1String(kAccountUserKey), kSupervisor);
    m_stores = std::make_unique<HomeStores>(home);
    QVERIFY(m_stores->open({}).ok());
}

void TestQueueLayout::openWindow()
{
    const UserHome home = UserHome::inDirectory(m_home.path());
    m_session = std::make_unique<WindowSession>(home, *m_settings, *m_stores);
    window().show();
    window().activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window(), 60000));
    window().showPage(PageId::BadReviews);
    QVERIFY(queue());
}

void TestQueueLayout::cleanup()
{
    m_session.reset();
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }
}

void TestQueueLayout::saveScreenshot(const QString &name)
{
    const QString dir = qEnvironmentVariable("PINGJIA_TEST_ARTIFACTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    window().grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

QStringList TestQueueLayout::cutTexts(QWidget *root)
{
    QStringList cut;
    for (QAbstractButton *b : root->findChildren<QAbstractButton *>()) {
        if (!b->isVisible() || b->text().isEmpty())
            continue;
        // A button narrower than it asks for shows its label cut or elided.
        if (b->width() < b->sizeHint().width())
            cut << QStringLiteral("button \"%1\" %2 < %3")
                       .arg(b->text())
                       .arg(b->width())
                       .arg(b->sizeHint().width());
    }
    for (QLabel *l : root->findChildren<QLabel *>()) {
        if (!l->isVisible() || l->wordWrap() || l->text().isEmpty() ||
            Qt::mightBeRichText(l->text()))
            continue;
        // "&Units:" shows as "Units:" (the & marks the shortcut letter).
        QString shown = l->text();
        shown.remove(QRegularExpression(QStringLiteral("&(?!&)")));
        const int needed = l->fontMetrics().horizontalAdvance(shown);
        if (needed > l->contentsRect().width())
            cut << QStringLiteral("label \"%1\" %2 < %3")
                       .arg(l->text())
                       .arg(l->contentsRect().width())
                       .arg(needed);
    }
    for (QComboBox *c : root->findChildren<QComboBox *>()) {
        if (!c->isVisible() || c->isEditable() || c->currentText().isEmpty())
            continue;
        // The shown choice plus the arrow's room.
        const int needed = c->fontMetrics().horizontalAdvance(c->currentText()) + 28;
        if (c->width() < needed)
            cut << QStringLiteral("choice \"%1\" %2 < %3")
                       .arg(c->currentText())
                       .arg(c->width())
                       .arg(needed);
    }
    for (QTabBar *bar : root->findChildren<QTabBar *>()) {
        if (!bar->isVisible())
            continue;
        for (int tab = 0; tab < bar->count(); ++tab) {
            // The tab's text plus its margins (an elided tab is narrower than its hint).
            QString shown = bar->tabText(tab);
            shown.remove(QRegularExpression(QStringLiteral("&(?!&)")));
            const int needed = bar->fontMetrics().horizontalAdvance(shown) + 16;
            if (bar->tabRect(tab).width() < needed)
                cut << QStringLiteral("tab \"%1\" %2 < %3")
                           .arg(bar->tabText(tab))
                           .arg(bar->tabRect(tab).width())
                           .arg(needed);
        }
    }
    for (QTableView *view : root->findChildren<QTableView *>()) {
        if (!view->isVisible())
            continue;
        QHeaderView *header = view->horizontalHeader();
        const QAbstractItemModel *model = view->model();
        for (int column = 0; column < header->count(); ++column) {
            if (header->isSectionHidden(column))
                continue;
            const QString text = model->headerData(column, Qt::Horizontal).toString();
            // Text plus the section's margins (as Qt sizes a section to fit its text), and
            // the sort indicator's room where the header sorts.
            const int margins =
                2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
            const int needed = header->fontMetrics().horizontalAdvance(text) +
                               (header->isSortIndicatorShown() ? 24 : margins);
            if (header->sectionSize(column) < needed)
                cut << QStringLiteral("header \"%1\" %2 < %3")
                           .arg(text)
                           .arg(header->sectionSize(column))
                           .arg(needed);
        }
    }
    for (QTreeView *view : root->findChildren<QTreeView *>())
        cut += cutColumns(view);
    return cut;
}

QStringList TestQueueLayout::cutColumns(QTreeView *view)
{
    QStringList cut;
    if (!view->isVisible() || view->isHeaderHidden())
        return cut;
    // Every column within the view's width (none pushed out to the right, where only a
    // horizontal scroll would reach it), its header text whole, and each cell's text
    // either whole or elided with all of it in the cell's tooltip.
    QHeaderView *header = view->header();
    const QAbstractItemModel *model = view->model();
    const int margins = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        const QString text = model->headerData(column, Qt::Horizontal).toString();
        const int right = header->sectionViewportPosition(column) + header->sectionSize(column);
        if (right > view->viewport()->width())
            cut << QStringLiteral("column \"%1\" ends at %2, beyond the view's %3")
                       .arg(text)
                       .arg(right)
                       .arg(view->viewport()->width());
        const int needed = header->fontMetrics().horizontalAdvance(text) + margins;
        if (header->sectionSize(column) < needed)
            cut << QStringLiteral("column header \"%1\" %2 < %3")
                       .arg(text)
                       .arg(header->sectionSize(column))
                       .arg(needed);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, column);
            const QString value = index.data().toString();
            if (value.isEmpty())
                continue;
            // The cell less its text margins (QCommonStyle: the focus frame's margin + 1).
            const int room =
                view->visualRect(index).width() -
                2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
            if (view->fontMetrics().horizontalAdvance(value) > room &&
                !index.data(Qt::ToolTipRole).toString().contains(value))
                cut << QStringLiteral("cell \"%1\" of column \"%2\" %3 < %4, no tooltip")
                           .arg(value, text)
                           .arg(room)
                           .arg(view->fontMetrics().horizontalAdvance(value));
        }
    }
    return cut;
}

QString TestQueueLayout::reviewWithHistory()
{
    // A rectified one: verified, planned and completed, so its history has several rows.
    BadReviewQuery query(m_home.cache(), &m_home.work());
    BadReviewFilter rectified;
    rectified.states = {HandlingState::Rectified, HandlingState::Closed};
    const QStringList ids =
        query.evalIds(rectified, BadReviewSort::AssessTime, Qt::DescendingOrder, Clock::now());
    return ids.value(0);
}

void TestQueueLayout::cutTextsAreCaught()
{
    // The measure itself can fail: a label, a button and a header section made too
    // narrow for their texts are all reported.
    QWidget root;
    auto *label = new QLabel(QStringLiteral("待核实差评（逾期）"), &root);
    auto *button = new QToolButton(&root);
    button->setText(QStringLiteral("Review invalid request"));
    label->setGeometry(0, 0, 30, 20);
    button->setGeometry(0, 30, 30, 20);
    root.show();
    QVERIFY(QTest::qWaitForWindowExposed(&root));
    const QStringList cut = cutTexts(&root);
    QCOMPARE(cut.size(), 2);
    QVERIFY(cut.at(0).startsWith(QLatin1String("button")) ||
            cut.at(1).startsWith(QLatin1String("button")));
    label->setGeometry(0, 0, label->sizeHint().width(), 20);
    button->setGeometry(0, 30, button->sizeHint().width(), 20);
    QVERIFY2(cutTexts(&root).isEmpty(), qPrintable(cutTexts(&root).join(u'\n')));

    // A history-like table too narrow for its columns: the last ones are pushed out to the
    // right; a long cell without a tooltip is cut.
    auto *tree = new QTreeWidget(&root);
    tree->setHeaderLabels({QStringLiteral("Time"), QStringLiteral("By"), QStringLiteral("Action"),
                           QStringLiteral("Upload status")});
    auto *item = new QTreeWidgetItem(tree);
    item->setText(1, QStringLiteral("demo"));
    item->setText(3, QStringLiteral("Waiting to upload (offline)"));
    tree->header()->setStretchLastSection(false);
    for (int column = 0; column < 4; ++column)
        tree->header()->resizeSection(column, 120);
    tree->setGeometry(0, 60, 300, 100);
    tree->show();
    QVERIFY(QTest::qWaitForWindowExposed(&root));
    const QStringList treeCut = cutColumns(tree);
    QVERIFY2(treeCut.filter(QStringLiteral("beyond the view")).size() >= 2,
             qPrintable(treeCut.join(u'\n')));
    tree->header()->resizeSection(3, 40);
    tree->setGeometry(0, 60, 400, 100);
    QVERIFY2(!cutColumns(tree).filter(QStringLiteral("no tooltip")).isEmpty(),
             qPrintable(cutColumns(tree).join(u'\n')));
    item->setToolTip(3, item->text(3));
    QVERIFY2(cutColumns(tree).filter(QStringLiteral("no tooltip")).isEmpty(),
             qPrintable(cutColumns(tree).join(u'\n')));
}

void TestQueueLayout::nothingIsCutOnThisScreen_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestQueueLayout::nothingIsCutOnThisScreen()
{
    QFETCH(QString, language);
    m_translator = std::make_unique<QTranslator>();
    QVERIFY(m_translator->load(QStringLiteral(":/i18n/pingjia_") + language));
    QCoreApplication::installTranslator(m_translator.get());
    m_settings->remove(QStringLiteral("window/geometry")); // the first start
    openWindow();

    // Opened within the screen, and at a size that uses it.
    const QRect available = window().screen()->availableGeometry();
    QVERIFY2(available.contains(window().frameGeometry()),
             qPrintable(QStringLiteral("%1x%2").arg(window().width()).arg(window().height())));
    QVERIFY(window().width() >= available.width() * 3 / 4);

    QTRY_VERIFY_WITH_TIMEOUT(queue()->model()->rowCount() > 0, 60000);
    queue()->table()->setCurrentIndex(queue()->model()->index(0, 0));
    // The saved views' counts arrive from a worker and widen their buttons: measure after.
    QTRY_VERIFY_WITH_TIMEOUT(!queue()->savedViewCounter()->isBusy(), 60000);
    QAbstractButton *unverified = queue()->savedViews()->button(SavedView::Unverified);
    QTRY_VERIFY_WITH_TIMEOUT(unverified->text() != savedViewName(SavedView::Unverified), 60000);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QApplication::processEvents();
    const QSize screen = window().screen()->size();
    const QString size = QStringLiteral("%1x%2-").arg(screen.width()).arg(screen.height());
    saveScreenshot(QStringLiteral("queue-") + size + language);
    QStringList cut = cutTexts(queue());
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));

    // A bad review with a history: every column of the detail panel's history table is
    // in view, with the window at its default size.
    const QString worked = reviewWithHistory();
    QVERIFY(!worked.isEmpty());
    QVERIFY(queue()->selectEvaluation(worked));
    QTreeWidget *history = queue()->detailPanel()->timeline();
    QTRY_VERIFY_WITH_TIMEOUT(history->topLevelItemCount() > 1, 60000);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QApplication::processEvents();
    saveScreenshot(QStringLiteral("queue-history-") + size + language);
    cut = cutTexts(queue());
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
    // ... and room for it: at least eight rows in view below the facts (it once had two
    // and a half at 1280×800, squeezed by the form above it).
    const int rowHeight = history->visualItemRect(history->topLevelItem(0)).height();
    QVERIFY(rowHeight > 0);
    QVERIFY2(history->viewport()->height() >= 8 * rowHeight,
             qPrintable(QStringLiteral("%1 px for rows of %2 px")
                            .arg(history->viewport()->height())
                            .arg(rowHeight)));

    // The tracker, every tab, once its numbers are in.
    window().showPage(PageId::Rectification);
    auto *tracker = qobject_cast<RectificationPage *>(window().page(PageId::Rectification));
    QVERIFY(tracker);
    QTRY_VERIFY_WITH_TIMEOUT(tracker->findChild<QTabWidget *>(QStringLiteral("trackerTabs")),
                             60000);
    QTRY_VERIFY_WITH_TIMEOUT(!tracker->isBusy(), 60000);
    QTabWidget *tabs = tracker->findChild<QTabWidget *>(QStringLiteral("trackerTabs"));
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QTRY_VERIFY_WITH_TIMEOUT(!tracker->isBusy(), 60000);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QApplication::processEvents();
        saveScreenshot(QStringLiteral("tracker-%1-").arg(tab) + size + language);
        cut = cutTexts(tracker);
        QVERIFY2(cut.isEmpty(), qPrintable(tabs->tabText(tab) + u'\n' + cut.join(u'\n')));
    }
    window().showPage(PageId::BadReviews);

    // Every action is in the toolbar (or its » menu) with its full label, and on the
    // rows' context menu.
    QToolBar *bar = queue()->toolBar();
    QCOMPARE(queue()->table()->contextMenuPolicy(), Qt::ActionsContextMenu);
    for (QAction *action : queue()->actions()->allActions()) {
        QVERIFY(bar->actions().contains(action));
        QVERIFY(queue()->table()->actions().contains(action));
        QVERIFY(!action->text().isEmpty());
        QVERIFY2(!action->icon().isNull(), qPrintable(action->text()));
    }
    // Remembered for the next start.
    window().close();
    m_session.reset();
    QVERIFY(!m_settings->value(QStringLiteral("window/geometry")).toByteArray().isEmpty());
}

void TestQueueLayout::savedViewKeysWorkRightAfterCtrl2()
{
    openWindow();
    window().showPage(PageId::Dashboard);
    QTest::keyClick(&window(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window().currentPage(), PageId::BadReviews);
    QVERIFY2(queue()->isAncestorOf(QApplication::focusWidget()),
             qPrintable(QApplication::focusWidget() ? QApplication::focusWidget()->objectName()
                                                    : QStringLiteral("(none)")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_3, Qt::AltModifier);
    QCOMPARE(queue()->filter(), savedViewFilter(SavedView::Overdue, kSupervisor));
}

void TestQueueLayout::detailPanelCollapsesAndReturns()
{
    openWindow();
    QTRY_VERIFY_WITH_TIMEOUT(queue()->model()->rowCount() > 0, 60000);
    queue()->table()->setFocus();
    QVERIFY(queue()->isDetailVisible());
    const int before = queue()->table()->width();
    QTest::keyClick(queue()->table(), Qt::Key_F6);
    QVERIFY(!queue()->isDetailVisible());
    QVERIFY(queue()->table()->width() > before);
    QVERIFY(!queue()->toggleDetailAction()->isChecked());
    QTest::keyClick(queue()->table(), Qt::Key_F6);
    QVERIFY(queue()->isDetailVisible());
}

void TestQueueLayout::dialogsOpenInTheirFirstField()
{
    openWindow();
    BadReviewFilter unverified;
    unverified.states = {HandlingState::Unverified};
    unverified.validity = BadReviewFilter::Validity::Valid;
    queue()->setFilter(unverified);
    QTRY_VERIFY_WITH_TIMEOUT(queue()->model()->rowCount() > 0, 60000);
    QVERIFY(queue()->selectEvaluation(queue()->model()->evalIdAt(0)));
    HandlingActionDialog *dialog = queue()->actions()->open(ActionType::Verify);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QWidget *focus = dialog->focusWidget();
    QVERIFY(focus);
    QVERIFY2(focus->inherits("QPlainTextEdit") || focus->inherits("QLineEdit"),
             focus->metaObject()->className());
    dialog->reject();
}

void TestQueueLayout::f1ListsTheShortcuts()
{
    openWindow();
    QTest::keyClick(&window(), Qt::Key_F1);
    ShortcutOverview *overview = window().shortcutOverview();
    QVERIFY(overview);
    QVERIFY(overview->isVisible());
    const QStringList keys = overview->keys();
    // The keys the window and the queue really have are all listed.
    for (QAction *action : queue()->actions()->allActions())
        QVERIFY2(keys.contains(action->shortcut().toString(QKeySequence::PortableText)),
                 qPrintable(action->shortcut().toString()));
    for (const char *key : {"Ctrl+2", "Alt+1", "Alt+5", "F1", "F6", "Ctrl+P", "Ctrl+F"})
        QVERIFY2(keys.contains(QLatin1String(key)), key);
    overview->close();
}

void TestQueueLayout::bulkAssignOnlyWhenItCanAct()
{
    openWindow();
    QAction *bulk = queue()->actions()->bulkAssignAction();
    // Two rows that cannot be planned (closed): disabled.
    BadReviewFilter closed;
    closed.states = {HandlingState::Closed, HandlingState::NotAdopted};
    queue()->setFilter(closed);
    QTRY_VERIFY_WITH_TIMEOUT(queue()->model()->rowCount() >= 2, 60000);
    queue()->table()->selectAll();
    QVERIFY(!bulk->isEnabled());
    // Confirmed rows of one department: enabled, and that department is preselected.
    BadReviewQuery query(m_home.cache(), &m_home.work());
    BadReviewFilter confirmed;
    confirmed.states = {HandlingState::Confirmed};
    const QList<BadReviewRow> rows =
        query.page(confirmed, BadReviewSort::AssessTime, Qt::AscendingOrder, 0, 500, Clock::now());
    QHash<QString, QStringList> byDept;
    for (const BadReviewRow &r : rows)
        byDept[r.deptCode] << r.evalId;
    QString dept;
    for (auto it = byDept.begin(); it != byDept.end(); ++it)
        if (it.value().size() >= 2 && !it.key().isEmpty())
            dept = it.key();
    QVERIFY2(!dept.isEmpty(), "two confirmed bad reviews of one department");
    BadReviewFilter oneDept = confirmed;
    oneDept.deptCodes = {dept};
    queue()->setFilter(oneDept);
    QTRY_VERIFY_WITH_TIMEOUT(queue()->model()->rowCount() >= 2, 60000);
    queue()->table()->selectAll();
    QVERIFY(bulk->isEnabled());
    BulkAssignDialog *dialog = queue()->actions()->openBulkAssign();
    QVERIFY(dialog);
    QCOMPARE(dialog->planForm()->deptCode(), dept);
    dialog->reject();
}

QTEST_MAIN(TestQueueLayout)
#include "tst_queuelayout.moc"
