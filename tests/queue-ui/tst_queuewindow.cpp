// SPDX-License-Identifier: GPL-3.0-or-later
// The queue and the tracker inside the real window (WindowSession, as `pingjia` builds
// it) on a home synced from the simulator: Ctrl+2 reaches the queue, an action is
// recorded as the signed-in user of the settings, a tracker number switches the window
// to the queue filtered to its rows, and after the window is destroyed and built again
// on the same home the action is still there, pending upload. The view exported from the
// window (File menu, shortcuts) holds the rows worked out here from the cache file by SQL,
// and no evaluator data; printed documents keep their digits; printing a view longer than
// the limit asks first and lets the user narrow it; a cancelled export, or one under way
// when the window goes, leaves no partial file; quitting during an upload hides the window
// at once and loses nothing.
#include "SyncedHome.h"

#include "app/HomeStores.h"
#include "app/UserHome.h"
#include "app/WindowSession.h"
#include "models/itemmodels/BadReviewQueueModel.h"
#include "models/itemmodels/RectificationStatsModel.h"
#include "models/store/BadReviewQuery.h"
#include "models/store/CacheReader.h"
#include "models/store/Connection.h"
#include "models/store/IndicatorRollup.h"
#include "models/store/LocalWorkStore.h"
#include "ui/MainWindow.h"
#include "ui/queue/CurrentUser.h"
#include "ui/queue/HandlingActionDialog.h"
#include "ui/queue/QueueActionController.h"
#include "ui/queue/QueueFilterBar.h"
#include "ui/queue/QueuePage.h"
#include "ui/queue/QueuePrinting.h"
#include "ui/queue/QueueViewJob.h"
#include "ui/queue/TextActionDialog.h"
#include "ui/rankings/BusyIndicator.h"
#include "ui/rankings/ExportDialog.h"
#include "ui/rectification/RectificationPage.h"

#include "ui/sync/SyncFrontEnd.h"

#include "PdfProbe.h"
#include "tests/table-export/XlsxReadBack.h"
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <optional>

using namespace pingjia;
using namespace pingjia::queueui;

namespace {
const QString kSignedIn = QStringLiteral("supervisor9");
}

class TestQueueWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void queueReachedByKeyboardAndActsAsSignedInUser();
    void trackerNumberSwitchesToTheFilteredQueue();
    void pendingActionSurvivesANewWindow();
    void uploadClearsThePendingMark();
    void printedViewAndRecordHoldNoEvaluatorData();
    void printingALargeViewAsksFirst();
    void exportedViewIsTheFilteredRowsWithoutEvaluatorData();
    void cancelledExportLeavesNoFile();
    void windowGoneDuringAnExportLeavesNoPartialFile();
    void quittingDuringAnUploadHidesAtOnceAndLosesNothing();

private:
    void openWindow();
    void closeWindow();
    QueuePage *queue() { return qobject_cast<QueuePage *>(window().page(PageId::BadReviews)); }
    RectificationPage *tracker()
    {
        return qobject_cast<RectificationPage *>(window().page(PageId::Rectification));
    }
    MainWindow &window() { return m_session->window(); }
    QStringList evaluatorSecrets(const QStringList &evalIds);
    void verifyAsConfirmed(const QString &evalId);

    SyncedHome m_home;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<HomeStores> m_stores;
    std::unique_ptr<WindowSession> m_session;
    QString m_verified;
};

void TestQueueWindow::initTestCase()
{
    QString error;
    QVERIFY2(m_home.create(&error), qPrintable(error));
    const UserHome home = UserHome::inDirectory(m_home.path());
    m_settings = home.openSettings();
    // What a sign-in leaves in the settings: the actor of every recorded action.
    m_settings->setValue(QLatin1String(kAccountUserKey), kSignedIn);
    openWindow();
}

void TestQueueWindow::cleanupTestCase()
{
    closeWindow();
}

void TestQueueWindow::openWindow()
{
    const UserHome home = UserHome::inDirectory(m_home.path());
    m_stores = std::make_unique<HomeStores>(home);
    QVERIFY(m_stores->open({}).ok());
    m_session = std::make_unique<WindowSession>(home, *m_settings, *m_stores);
    window().show();
    window().activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window(), 60000));
    QVERIFY(queue());
    QVERIFY(tracker());
    new QAbstractItemModelTester(queue()->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, queue());
}

void TestQueueWindow::closeWindow()
{
    m_session.reset();
    m_stores.reset();
}

void TestQueueWindow::queueReachedByKeyboardAndActsAsSignedInUser()
{
    // The tracker computes nothing until it is first shown (province-scale statistics).
    QVERIFY(!tracker()->findChild<QTabWidget *>(QStringLiteral("trackerTabs")));
    QTest::keyClick(&window(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window().currentPage(), PageId::BadReviews);

    BadReviewQuery query(m_home.cache(), &m_home.work());
    BadReviewFilter unverified;
    unverified.states = {HandlingState::Unverified};
    unverified.validity = BadReviewFilter::Validity::Valid;
    const QStringList ids =
        query.evalIds(unverified, BadReviewSort::AssessTime, Qt::DescendingOrder, Clock::now());
    QVERIFY(!ids.isEmpty());
    m_verified = ids.first();
    verifyAsConfirmed(m_verified);

    LocalWorkStore store(m_home.work());
    const QList<OutboxEntry> entries = store.actions(m_verified);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().actor, kSignedIn);
    QCOMPARE(toString(entries.first().status), QStringLiteral("pending"));
}

void TestQueueWindow::verifyAsConfirmed(const QString &evalId)
{
    window().activateWindow(); // back from an earlier dialog
    QVERIFY(QTest::qWaitForWindowActive(&window(), 60000));
    QVERIFY(queue()->selectEvaluation(evalId));
    queue()->table()->setFocus();
    QTest::keyClick(queue()->table(), Qt::Key_V);
    auto *dialog = qobject_cast<TextActionDialog *>(queue()->actions()->currentDialog());
    QVERIFY(dialog);
    dialog->textEdit()->setPlainText(QStringLiteral("电话核实，情况属实"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!queue()->actions()->currentDialog(), 60000);
}

QStringList TestQueueWindow::evaluatorSecrets(const QStringList &evalIds)
{
    // The evaluators' names, mobiles and ID numbers in the cache, decrypted here.
    CacheReader reader(m_home.cache());
    QStringList secrets;
    for (const QString &evalId : evalIds) {
        if (const auto data = reader.decryptPersonalData(evalId, m_home.cipher())) {
            for (const QString &value : {data->userName, data->mobile, data->certNo})
                if (value.size() > 1)
                    secrets << value;
        }
    }
    return secrets;
}

void TestQueueWindow::trackerNumberSwitchesToTheFilteredQueue()
{
    window().activateWindow(); // back from the dialog
    QVERIFY(QTest::qWaitForWindowActive(&window(), 60000));
    QTest::keyClick(&window(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window().currentPage(), PageId::Rectification);
    RectificationStatsModel *model = tracker()->progressModel();
    // The tracker counts on its worker thread.
    QTRY_VERIFY_WITH_TIMEOUT(!tracker()->isBusy(), 60000);
    QVERIFY(model->rowCount() > 1);
    const QModelIndex total =
        model->index(model->rowCount() - 1, RectificationStatsModel::FirstMeasureColumn);
    QVERIFY(total.data(RectificationStatsModel::CountRole).toLongLong() > 0);
    QTableView *view = tracker()->progressView();
    view->setFocus();
    view->setCurrentIndex(total);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(window().currentPage(), PageId::BadReviews);
    QCOMPARE(queue()->filter(), model->filterAt(total));
    QCOMPARE(queue()->model()->totalCount(),
             total.data(RectificationStatsModel::CountRole).toLongLong());
    QVERIFY(queue()->filterBar()->filter() == model->filterAt(total));
}

void TestQueueWindow::pendingActionSurvivesANewWindow()
{
    QVERIFY(!m_verified.isEmpty());
    closeWindow();
    openWindow();
    BadReviewFilter pending;
    pending.pendingUploadOnly = true;
    queue()->setFilter(pending);
    QCOMPARE(queue()->model()->totalCount(), qint64(1));
    QCOMPARE(queue()->model()->evalIdAt(0), m_verified);
    QVERIFY(queue()->model()->index(0, 0).data(BadReviewQueueModel::PendingUploadRole).toBool());
    QCOMPARE(queue()->model()->index(0, 0).data(BadReviewQueueModel::StateRole).toInt(),
             int(HandlingState::Confirmed));
}

void TestQueueWindow::uploadClearsThePendingMark()
{
    // The new window opens on the dashboard, which builds the indicator rollups in the
    // cache, holding the write lock, from two threads (its figures and its scope tree; the
    // busy indicator shows only the first). A sync needs that lock: wait until the rollups
    // are built (then no thread writes them again), not for the indicator. Built here when
    // no page has (a refresh that meets the window's build gives up after the busy
    // timeout and is tried again).
    IndicatorRollup rollups(m_home.cache().connection());
    QTRY_VERIFY_WITH_TIMEOUT(rollups.refresh().ok() && rollups.isFresh(), 300000);
    for (PageId id : {PageId::Dashboard, PageId::Rankings}) {
        const auto *busy = window().page(id)->findChild<BusyIndicator *>();
        QVERIFY(busy);
        QTRY_VERIFY_WITH_TIMEOUT(!busy->isBusy(), 120000);
    }
    const SyncResult synced = m_home.syncAgain();
    QVERIFY2(synced.ok(), qPrintable(synced.error.message));
    LocalWorkStore store(m_home.work());
    QVERIFY(store.pendingActions().isEmpty());
    QCOMPARE(toString(store.actions(m_verified).first().status), QStringLiteral("acked"));
    // What the window does after a sync (SyncFrontEnd::dataSynced → reload).
    queue()->refresh();
    QCOMPARE(queue()->model()->totalCount(), qint64(0)); // nothing pending any more
    queue()->filterBar()->clear();
    QVERIFY(queue()->selectEvaluation(m_verified));
    const int row = queue()->model()->rowOf(m_verified);
    QVERIFY(!queue()->model()->index(row, 0).data(BadReviewQueueModel::PendingUploadRole).toBool());
    QCOMPARE(queue()->model()->index(row, 0).data(BadReviewQueueModel::StateRole).toInt(),
             int(HandlingState::Confirmed)); // now the platform's own record
}

namespace {

// The text of a PDF (poppler's pdftotext), NFKC-normalized: pdftotext gives some CJK
// characters as Kangxi radicals.
QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!p.waitForFinished(120000))
        return {};
    // Qt's PDF text map gives some ideographs a radical's code point (青 → ⻘).
    return pdfprobe::normalized(QString::fromUtf8(p.readAllStandardOutput()));
}

// A connection of the test's own to the home's cache file, for SQL worked out here.
QSqlDatabase cacheFile(const QString &home)
{
    const QString name = QStringLiteral("test-cache");
    QSqlDatabase db = QSqlDatabase::contains(name)
                          ? QSqlDatabase::database(name)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(QDir(home).filePath(QLatin1String(CacheDatabase::kFileName)));
    db.open();
    return db;
}

QString rawDeptCode(const QString &home, const QString &evalId)
{
    QSqlQuery q(cacheFile(home));
    q.prepare(QStringLiteral("SELECT dept_code FROM evaluations WHERE eval_id = ?"));
    q.addBindValue(evalId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace

void TestQueueWindow::printedViewAndRecordHoldNoEvaluatorData()
{
    QTemporaryDir dir;
    // The view as filtered: department names, states, no evaluator data.
    BadReviewFilter confirmed;
    confirmed.states = {HandlingState::Confirmed};
    queue()->setFilter(confirmed);
    QVERIFY(queue()->model()->rowCount() > 0);
    // As the user prints: the action reads the rows on a worker, then opens the preview;
    // what the preview prints goes to a PDF here.
    const QString viewPdf = dir.filePath(QStringLiteral("view.pdf"));
    QString error;
    queue()->printViewAction()->trigger();
    QPointer<QPrintPreviewDialog> preview;
    QTRY_VERIFY_WITH_TIMEOUT(
        (preview = queue()->findChild<QPrintPreviewDialog *>(QStringLiteral("printPreview"))) &&
            preview->isVisible(),
        60000);
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(viewPdf);
        emit preview->paintRequested(&printer);
    }
    preview->close();
    QTRY_VERIFY_WITH_TIMEOUT(preview.isNull(), 60000);
    const QString view = pdfText(viewPdf);
    QVERIFY2(!view.isEmpty(), "pdftotext read the printed view");
    const QString stateName = handlingStateName(HandlingState::Confirmed);
    QVERIFY2(view.contains(stateName), qPrintable(view.left(400)));
    int named = 0;
    QString flat = view;
    flat.remove(QLatin1Char('\n'));
    CacheReader reader(m_home.cache());
    QStringList secrets;
    for (int row = 0; row < queue()->model()->rowCount(); ++row) {
        const BadReviewRow *r = queue()->model()->rowAt(row);
        if (!r->deptName.isEmpty() && flat.contains(pdfprobe::normalized(r->deptName)))
            ++named;
        if (const auto data = reader.decryptPersonalData(r->evalId, m_home.cipher())) {
            if (data->mobile.size() > 4)
                secrets << data->mobile;
            if (data->certNo.size() > 4)
                secrets << data->certNo;
            if (data->userName.size() > 1)
                secrets << data->userName;
        }
    }
    QVERIFY2(named > 0, "departments are printed by name");
    // Every row by its full evaluation ID, and the time of printing, digits and all.
    for (int row = 0; row < queue()->model()->rowCount(); ++row)
        QVERIFY2(flat.contains(queue()->model()->evalIdAt(row)),
                 qPrintable(queue()->model()->evalIdAt(row)));
    QVERIFY2(flat.contains(QStringLiteral("printed %1").arg(kSimNow)), qPrintable(flat.left(400)));
    QVERIFY(!secrets.isEmpty());
    for (const QString &secret : std::as_const(secrets))
        QVERIFY2(!view.contains(secret), qPrintable(secret));

    // One record with its history (the verification recorded in the first test).
    QVERIFY(!m_verified.isEmpty());
    const QString recordPdf = dir.filePath(QStringLiteral("record.pdf"));
    QVERIFY2(writePdf(queue()->recordDocument(m_verified), recordPdf, false, &error),
             qPrintable(error));
    QString record = pdfText(recordPdf);
    record.remove(QLatin1Char('\n'));
    // Codes and times keep their digits after a Latin letter ("E2026…", "(C620122)"):
    // the full evaluation ID, the department's code beside its name, the printing time
    // (the clock is the simulator's, fixed).
    QVERIFY2(record.contains(QStringLiteral("Bad review ") + m_verified),
             qPrintable(record.left(400)));
    const QString deptCode = rawDeptCode(m_home.path(), m_verified);
    QVERIFY(!deptCode.isEmpty());
    QVERIFY2(record.contains(QStringLiteral("(%1)").arg(deptCode)), qPrintable(record));
    QVERIFY2(record.contains(QStringLiteral("Printed %1").arg(kSimNow)), qPrintable(record));
    // The platform acknowledged the verification, so the history shows its record of it.
    QVERIFY2(record.contains(QStringLiteral("Verify as confirmed")), qPrintable(record));
    QVERIFY(record.contains(QStringLiteral("电话核实")));
    if (const auto data = reader.decryptPersonalData(m_verified, m_home.cipher())) {
        for (const QString &secret : {data->userName, data->mobile, data->certNo})
            QVERIFY2(secret.size() < 2 || !record.contains(secret), qPrintable(secret));
    }
}

void TestQueueWindow::printingALargeViewAsksFirst()
{
    // The preview lays out every page on the GUI thread: a view longer than the limit asks
    // first, with its count, and lets the user narrow it. Here the limit is set just below
    // the view's count (the real one is 1000 rows).
    window().showPage(PageId::BadReviews);
    queue()->filterBar()->clear();
    const qint64 rows = queue()->model()->totalCount();
    QVERIFY(rows > 2);
    QCOMPARE(queue()->printRowLimit(), QueuePage::kPrintRowLimit);
    queue()->setPrintRowLimit(rows - 1);
    const auto restore =
        qScopeGuard([this] { queue()->setPrintRowLimit(QueuePage::kPrintRowLimit); });
    const QPointer<QueueViewJob> before = queue()->viewJob();

    // "Narrow the view": nothing is read or printed; the cursor goes to the filter bar.
    window().activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window(), 60000));
    queue()->table()->setFocus();
    QTest::keyClick(queue()->table(), Qt::Key_P, Qt::ControlModifier);
    QPointer<QMessageBox> question = queue()->printQuestion();
    QVERIFY(question);
    QTRY_VERIFY_WITH_TIMEOUT(question->isVisible(), 60000);
    QVERIFY2(question->text().contains(QString::number(rows)), qPrintable(question->text()));
    QVERIFY2(question->informativeText().contains(QLatin1String("Narrow the view")),
             qPrintable(question->informativeText()));
    QTest::mouseClick(question->findChild<QPushButton *>(QStringLiteral("narrowButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(question.isNull(), 60000);
    QCOMPARE(queue()->viewJob(), before.data());
    QVERIFY(!queue()->findChild<QPrintPreviewDialog *>(QStringLiteral("printPreview")));
    // The window's focus (offscreen, the window is not made active again by itself).
    QTRY_COMPARE_WITH_TIMEOUT(window().focusWidget(),
                              static_cast<QWidget *>(queue()->filterBar()->searchEdit()), 60000);

    // "Print all": the rows are read on the worker and the preview opens.
    queue()->printViewAction()->trigger();
    question = queue()->printQuestion();
    QVERIFY(question);
    QTest::mouseClick(question->findChild<QPushButton *>(QStringLiteral("printAllButton")),
                      Qt::LeftButton);
    QPointer<QPrintPreviewDialog> preview;
    QTRY_VERIFY_WITH_TIMEOUT(
        (preview = queue()->findChild<QPrintPreviewDialog *>(QStringLiteral("printPreview"))) &&
            preview->isVisible(),
        60000);
    QCOMPARE(queue()->viewJob()->isRunning(), false);
    preview->close();
    QTRY_VERIFY_WITH_TIMEOUT(preview.isNull(), 60000);

    // At or under the limit the preview opens without a question.
    queue()->setPrintRowLimit(rows);
    queue()->printViewAction()->trigger();
    QVERIFY(!queue()->printQuestion());
    QTRY_VERIFY_WITH_TIMEOUT(
        (preview = queue()->findChild<QPrintPreviewDialog *>(QStringLiteral("printPreview"))) &&
            preview->isVisible(),
        60000);
    preview->close();
    QTRY_VERIFY_WITH_TIMEOUT(preview.isNull(), 60000);
}

namespace {

// Answers the save dialog the next export opens (modal: it runs its own event loop) with
// `path`, as a user typing the name and pressing Save.
void answerSaveDialog(const QString &path)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, path] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        // selectFile() leaves the name alone while the dialog's name field has the focus
        // (the default name was saved): set the folder and type the name into the field.
        dialog->setDirectory(QFileInfo(path).absolutePath());
        if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
            name->setText(QFileInfo(path).fileName());
        // Until the dialog shows the name (its folder may still be loading).
        if (dialog->selectedFiles().value(0) != path)
            return;
        timer->stop();
        timer->deleteLater();
        static_cast<QDialog *>(dialog)->accept(); // Save, as QFileDialog's own button does
    });
    timer->start();
}

// RFC 4180, enough for the export: quoted fields with doubled quotes, CRLF rows.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

} // namespace

void TestQueueWindow::exportedViewIsTheFilteredRowsWithoutEvaluatorData()
{
    // Worked out from the cache file by SQL: the department with the most bad reviews,
    // its name and its bad reviews.
    QSqlQuery q(cacheFile(m_home.path()));
    QVERIFY(q.exec(QStringLiteral(
        "SELECT e.dept_code, o.name FROM bad_reviews b JOIN evaluations e ON e.eval_id = "
        "b.eval_id JOIN org_units o ON o.org_code = e.dept_code GROUP BY e.dept_code "
        "ORDER BY count(*) DESC, e.dept_code LIMIT 1")));
    QVERIFY(q.next());
    const QString dept = q.value(0).toString();
    const QString deptName = q.value(1).toString();
    q.prepare(QStringLiteral("SELECT b.eval_id FROM bad_reviews b JOIN evaluations e ON "
                             "e.eval_id = b.eval_id WHERE e.dept_code = ?"));
    q.addBindValue(dept);
    QVERIFY(q.exec());
    QSet<QString> expectedIds;
    while (q.next())
        expectedIds << q.value(0).toString();
    QVERIFY(expectedIds.size() > 1);

    // The view: that department, the channel column hidden, the department moved second.
    window().showPage(PageId::BadReviews);
    BadReviewFilter filter;
    filter.deptCodes = {dept};
    queue()->setFilter(filter);
    using M = BadReviewQueueModel;
    QHeaderView *header = queue()->table()->horizontalHeader();
    header->setSectionHidden(M::ChannelColumn, true);
    header->moveSection(header->visualIndex(M::DepartmentColumn), 1);
    const QStringList expectedHeaders = {
        QStringLiteral("Evaluation ID"), QStringLiteral("Overdue"),
        QStringLiteral("Department"),    QStringLiteral("Level"),
        QStringLiteral("Evaluated at"),  QStringLiteral("State"),
        QStringLiteral("Verify within"), QStringLiteral("Rectify within"),
        QStringLiteral("Comment"),       QStringLiteral("Center"),
        QStringLiteral("Window"),        QStringLiteral("Staff")};

    // Through the window: both exports are in the File menu; XLSX as the menu does it,
    // CSV by its shortcut in the table.
    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("queue.xlsx"));
    const QString csv = dir.filePath(QStringLiteral("queue.csv"));
    QMenu *fileMenu = window().menuBar()->actions().constFirst()->menu();
    QVERIFY(fileMenu->actions().contains(queue()->exportXlsxAction()));
    QVERIFY(fileMenu->actions().contains(queue()->exportCsvAction()));
    answerSaveDialog(xlsx);
    queue()->exportXlsxAction()->trigger();
    // Written on a worker: wait for the job, not for time.
    QVERIFY(queue()->viewJob());
    QTRY_VERIFY_WITH_TIMEOUT(!queue()->viewJob()->isRunning(), 60000);
    QVERIFY(QFileInfo::exists(xlsx));
    answerSaveDialog(csv);
    window().activateWindow(); // back from the save dialog
    QVERIFY(QTest::qWaitForWindowActive(&window(), 60000));
    queue()->table()->setFocus();
    QTest::keyClick(queue()->table(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!queue()->viewJob()->isRunning(), 60000);
    QVERIFY(QFileInfo::exists(csv));
    QVERIFY2(queue()->statusText().contains(QDir::toNativeSeparators(csv)),
             qPrintable(queue()->statusText()));
    QCOMPARE(QFileInfo(csv).permissions() & (QFile::ReadOther | QFile::ReadGroup),
             QFileDevice::Permissions());

    // CSV: UTF-8 with a BOM, the headers in the view's order, exactly the department's
    // bad reviews, the department by name.
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray csvBytes = csvFile.readAll();
    QVERIFY(csvBytes.startsWith("\xEF\xBB\xBF"));
    const QString csvText = QString::fromUtf8(csvBytes.mid(3));
    const QList<QStringList> rows = parseCsv(csvText);
    QCOMPARE(rows.value(0), expectedHeaders);
    QSet<QString> csvIds;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        QCOMPARE(rows.at(r).size(), expectedHeaders.size());
        csvIds << rows.at(r).at(0);
        QCOMPARE(rows.at(r).at(2), deptName);
    }
    QCOMPARE(rows.size() - 1, expectedIds.size());
    QCOMPARE(csvIds, expectedIds);

    // XLSX, read back from its XML: the same rows on the first sheet, the filter on the
    // second.
    const testing::XlsxContent book = testing::readXlsx(xlsx);
    QVERIFY(book.sheets.size() >= 2);
    const testing::SheetCells &sheet = book.sheets.at(0);
    for (qsizetype c = 0; c < expectedHeaders.size(); ++c)
        QCOMPARE(sheet.value(QChar(char16_t(u'A' + c)) + QStringLiteral("1")),
                 expectedHeaders.at(c));
    QSet<QString> xlsxIds;
    for (int r = 2; r < int(expectedIds.size()) + 2; ++r) {
        xlsxIds << sheet.value(QStringLiteral("A%1").arg(r));
        QCOMPARE(sheet.value(QStringLiteral("C%1").arg(r)), deptName);
    }
    QVERIFY(!sheet.contains(QStringLiteral("A%1").arg(expectedIds.size() + 2)));
    QCOMPARE(xlsxIds, expectedIds);
    QVERIFY2(book.sheets.at(1).values().join(u' ').contains(deptName),
             "the filter sheet names the department");

    // No evaluator's name, mobile or ID number anywhere in either file.
    QByteArray xlsxParts;
    for (const QString &member : testing::zipMembers(xlsx))
        xlsxParts += testing::zipMember(xlsx, member);
    const QString xlsxText = QString::fromUtf8(xlsxParts);
    const QStringList secrets =
        evaluatorSecrets(QStringList(expectedIds.begin(), expectedIds.end()));
    QVERIFY(!secrets.isEmpty());
    for (const QString &secret : secrets) {
        QVERIFY2(!csvText.contains(secret), qPrintable(secret));
        QVERIFY2(!xlsxText.contains(secret), qPrintable(secret));
    }
    header->setSectionHidden(M::ChannelColumn, false);
}

void TestQueueWindow::cancelledExportLeavesNoFile()
{
    // The whole queue: more rows than the worker reads in one page.
    window().showPage(PageId::BadReviews);
    queue()->filterBar()->clear();
    QSqlQuery q(cacheFile(m_home.path()));
    // The queue: every level 1–2 evaluation not withdrawn (DESIGN's bad review).
    QVERIFY(q.exec(QStringLiteral(
                "SELECT count(*) FROM evaluations WHERE level IN (1, 2) AND withdrawn = 0")) &&
            q.next());
    const qint64 badReviews = q.value(0).toLongLong();
    QCOMPARE(queue()->model()->totalCount(), badReviews);
    QVERIFY2(badReviews > 100, "the fixture has more than one page of rows");

    // The worker is held after its first page until the test has pressed Cancel.
    QSemaphore proceed;
    std::atomic<qsizetype> readWhenHeld{0};
    queue()->setViewJobHook([&](qsizetype read, const std::atomic_bool &) {
        if (readWhenHeld.load() == 0)
            readWhenHeld.store(read);
        proceed.acquire();
    });
    const auto release = qScopeGuard([&] {
        proceed.release(1 << 20);
        queue()->setViewJobHook({});
    });
    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("cancelled.xlsx"));
    queue()->exportViewTo(xlsx, ExportFormat::Xlsx);
    QPointer<QueueViewJob> job = queue()->viewJob();
    QVERIFY(job && job->isRunning());
    std::optional<QueueViewJob::Outcome> outcome;
    connect(job, &QueueViewJob::finished, this,
            [&outcome](const QueueViewJob::Outcome &o) { outcome = o; });
    // While the worker reads, the window still answers: the progress dialog shows the
    // rows read so far and offers Cancel.
    QTRY_VERIFY_WITH_TIMEOUT(readWhenHeld.load() > 0, 60000);
    QProgressDialog *progress = job->progressDialog();
    QVERIFY(progress);
    QTRY_VERIFY_WITH_TIMEOUT(progress->isVisible(), 60000);
    QTRY_COMPARE_WITH_TIMEOUT(progress->value(), int(readWhenHeld.load()), 60000);
    QVERIFY(progress->value() < progress->maximum());
    QCOMPARE(progress->maximum(), int(badReviews));
    QVERIFY(!queue()->exportXlsxAction()->isEnabled()); // one export at a time
    auto *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    proceed.release(1 << 20);

    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 60000);
    QVERIFY(outcome->cancelled);
    QVERIFY(!outcome->ok);
    QVERIFY(!job->isRunning());
    // No file, not even the temporary one.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
    QVERIFY(queue()->exportXlsxAction()->isEnabled());
    QVERIFY2(queue()->statusText().contains(QStringLiteral("cancelled")),
             qPrintable(queue()->statusText()));

    // The same export left to finish holds every bad review of the cache.
    queue()->setViewJobHook({});
    const QString whole = dir.filePath(QStringLiteral("whole.csv"));
    queue()->exportViewTo(whole, ExportFormat::Csv);
    QTRY_VERIFY_WITH_TIMEOUT(!queue()->viewJob()->isRunning(), 60000);
    QFile csv(whole);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv.readAll().mid(3)));
    QCOMPARE(rows.size() - 1, badReviews);
}

void TestQueueWindow::windowGoneDuringAnExportLeavesNoPartialFile()
{
    // The window torn down while an export is half-way (what runWindow does after the event
    // loop, e.g. at the end of the desktop session): the page's job is cancelled and waited
    // for, and leaves no file, not even its temporary one. The worker is held after its
    // first page until it sees the cancel.
    window().showPage(PageId::BadReviews);
    queue()->filterBar()->clear();
    const qint64 badReviews = queue()->model()->totalCount();
    QVERIFY(badReviews > 100);
    std::atomic<qsizetype> held{0};
    queue()->setViewJobHook([&held](qsizetype read, const std::atomic_bool &cancelled) {
        held.store(read);
        while (!cancelled.load())
            QThread::msleep(1);
    });
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("at-quit.csv"));
    queue()->exportViewTo(csv, ExportFormat::Csv);
    QVERIFY(queue()->viewJob() && queue()->viewJob()->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(held.load() > 0, 60000);
    QVERIFY(held.load() < badReviews);
    closeWindow();
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
    openWindow();
    window().showPage(PageId::BadReviews);
}

void TestQueueWindow::quittingDuringAnUploadHidesAtOnceAndLosesNothing()
{
    // Signed in from the window: online, so a recorded action is uploaded at once.
    SyncFrontEnd &sync = m_session->sync();
    QSignalSpy signedIn(&sync, &SyncFrontEnd::signInFinished);
    QSignalSpy synced(&sync, &SyncFrontEnd::syncFinished);
    QVERIFY(sync.signIn(m_home.sim().baseUrl().toString(), kSimUser, kSimUser));
    QVERIFY(signedIn.wait(60000));
    QVERIFY(signedIn.constFirst().constFirst().value<SyncError>().ok());
    QVERIFY(synced.wait(60000)); // a sign-in is followed by a sync
    QTRY_VERIFY_WITH_TIMEOUT(!sync.isBusy(), 60000);

    BadReviewQuery query(m_home.cache(), &m_home.work());
    BadReviewFilter unverified;
    unverified.states = {HandlingState::Unverified};
    unverified.validity = BadReviewFilter::Validity::Valid;
    const QStringList ids =
        query.evalIds(unverified, BadReviewSort::AssessTime, Qt::DescendingOrder, Clock::now());
    QVERIFY(!ids.isEmpty());
    const QString evalId = ids.first();

    // The platform holds its answer (the simulator stopped): the upload stays running.
    const qint64 simPid = m_home.sim().pid();
    QVERIFY(simPid > 0);
    QCOMPARE(::kill(pid_t(simPid), SIGSTOP), 0);
    const auto resume = qScopeGuard([simPid] { ::kill(pid_t(simPid), SIGCONT); });
    queue()->filterBar()->clear();
    verifyAsConfirmed(evalId);
    QVERIFY(!QTest::currentTestFailed());
    QTRY_VERIFY_WITH_TIMEOUT(sync.isBusy(), 60000);
    bool ended = false;
    bool visibleWhenEnded = true;
    QObject::connect(&sync, &SyncFrontEnd::busyChanged, &sync, [&](bool busy) {
        if (!busy && !ended) {
            ended = true;
            visibleWhenEnded = window().isVisible();
        }
    });

    // Ctrl+Q: the window is gone while the upload is still held.
    window().activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window(), 60000));
    QTest::keyClick(&window(), Qt::Key_Q, Qt::ControlModifier);
    QVERIFY(!window().isVisible());
    QVERIFY(sync.isBusy());
    QVERIFY(!ended);

    // The platform answers; the upload ends out of sight.
    QCOMPARE(::kill(pid_t(simPid), SIGCONT), 0);
    QTRY_VERIFY_WITH_TIMEOUT(ended, 60000);
    QVERIFY(!visibleWhenEnded);

    // After a restart the action is there, as the signed-in user's.
    closeWindow();
    openWindow();
    LocalWorkStore store(m_home.work());
    const QList<OutboxEntry> entries = store.actions(evalId);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().actor, kSimUser);
}

QTEST_MAIN(TestQueueWindow)
#include "tst_queuewindow.moc"
