// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// 差评工单, the bad-review work queue: saved views with counts, the filter bar, the
// table over BadReviewQueueModel (filtered, sorted and paged in SQL), the detail panel
// and the action bar. Works the same online and offline: actions go to the local-work
// file and show as pending upload until the platform acknowledges them.
//
// Keyboard: Ctrl+F search; arrows / PageUp / PageDown move; Enter opens the detail
// (Esc back to the table); V verify, I request invalid, A review a request, P plan,
// C complete, D delay, F follow-up, R reopen, B assign the selection (Alt+letter from
// anywhere on the page); Alt+0 … Alt+5 the saved views; F5 refresh; Ctrl+E / Ctrl+Shift+E
// export the view (XLSX / CSV), Ctrl+P prints it.

#include "models/store/BadReviewFilter.h"
#include "ui/queue/QueueViewJob.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QMessageBox;
class QSplitter;
class QToolBar;
class QTableView;
class QTimer;

namespace pingjia {

class BadReviewDetailPanel;
class BadReviewQueueModel;
class QueueActionController;
class QueueFilterBar;
class QueueWorkspace;
class RevealReasonDialog;
enum class ExportFormat;
class SavedViewBar;
class SavedViewCounter;

class QueuePage : public QWidget {
    Q_OBJECT
public:
    static constexpr int kCountdownRepaintMs = 60 * 1000;

    explicit QueuePage(std::shared_ptr<QueueWorkspace> workspace, QWidget *parent = nullptr);
    ~QueuePage() override;

    // Shows exactly `filter` (a drill-down from the tracker); `origin` says where it
    // came from in the filter bar.
    void setFilter(const BadReviewFilter &filter, const QString &origin = {});
    void showSavedView(SavedView view);
    BadReviewFilter filter() const;

    // Selects the row of `evalId` (fetching pages until found); false when not listed.
    bool selectEvaluation(const QString &evalId);
    QString currentEvalId() const;

    BadReviewQueueModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QueueFilterBar *filterBar() const { return m_filterBar; }
    SavedViewBar *savedViews() const { return m_savedViews; }
    SavedViewCounter *savedViewCounter() const { return m_counter; }
    BadReviewDetailPanel *detailPanel() const { return m_detail; }
    QueueActionController *actions() const { return m_actions; }
    RevealReasonDialog *revealDialog() const;
    QToolBar *toolBar() const { return m_toolBar; }
    QAction *toggleDetailAction() const { return m_toggleDetail; }
    QAction *printViewAction() const { return m_printView; }
    QAction *printRecordAction() const { return m_printRecord; }
    QAction *exportXlsxAction() const { return m_exportXlsx; }
    QAction *exportCsvAction() const { return m_exportCsv; }
    // Export (XLSX, CSV) and print: the window's File menu shows them too.
    QList<QAction *> fileActions() const;
    // The printed record of one bad review (HTML).
    QString recordDocument(const QString &evalId);
    // Writes the view as the export actions do (every matching row, the columns shown, in
    // their order) on a worker, with a progress dialog; the outcome arrives through
    // viewJob()'s finished() and the status line.
    void exportViewTo(const QString &path, ExportFormat format);
    // The view's rows read on a worker, then the print preview. A view of more than
    // printRowLimit() rows asks first (printQuestion()): Qt lays out and paints every page
    // of the preview on the GUI thread, which takes minutes for tens of thousands of rows.
    void printView();
    static constexpr qint64 kPrintRowLimit = 1000;
    qint64 printRowLimit() const { return m_printRowLimit; }
    void setPrintRowLimit(qint64 rows) { m_printRowLimit = rows; } // tests: a small view
    QMessageBox *printQuestion() const;
    // Tests: every export or print started here runs `hook` on its worker after each page
    // of rows it reads (QueueViewJob::setAfterPageHook).
    void setViewJobHook(QueueViewJob::AfterPage hook) { m_viewJobHook = std::move(hook); }
    // The export or print under way, or the last one (nullptr before the first).
    QueueViewJob *viewJob() const { return m_viewJob; }
    bool isDetailVisible() const;
    QString statusText() const;

public slots:
    // Re-reads everything (after a sync or another page's change), keeping the row.
    void refresh();
    // The once-a-minute repaint of the countdowns (no model signal involved).
    void repaintCountdowns();
    // Enter: the detail panel gets the focus (and is shown if it was collapsed).
    void openDetail();
    void focusSearch();
    // F6: the detail panel collapses so the table gets the whole width, and comes back.
    void setDetailVisible(bool visible);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildUnavailable(const QString &message);
    void buildFilters();
    void buildTable();
    void buildDetail();
    void buildActions();
    void buildShortcuts();
    void connectParts();
    void buildFileActions(); // QueuePageFile.cpp
    QueueViewJob *startViewJob(const QString &title, QueueViewJob::Finish finish,
                               const QString &label);
    QString exportTitle() const;
    void askBeforePrinting(qint64 rows);
    void startPrinting();
    void exportViewAs(ExportFormat format);
    void fitColumns();
    void arrangeColumns();
    void applyFilter(const BadReviewFilter &filter);
    void currentRowChanged();
    void selectionChanged();
    void showDetailOf(const QString &evalId);
    void updateCounts();
    void updateStatus();
    QString lastUploadState() const;
    void markSavedView();
    void reveal(const QString &evalId);
    void afterRecorded(const QString &evalId);

    std::shared_ptr<QueueWorkspace> m_workspace;
    BadReviewQueueModel *m_model = nullptr;
    SavedViewBar *m_savedViews = nullptr;
    SavedViewCounter *m_counter = nullptr;
    QueueFilterBar *m_filterBar = nullptr;
    QTableView *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    BadReviewDetailPanel *m_detail = nullptr;
    QueueActionController *m_actions = nullptr;
    QLabel *m_status = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_toggleDetail = nullptr;
    QAction *m_exportXlsx = nullptr;
    QAction *m_exportCsv = nullptr;
    QAction *m_printView = nullptr;
    QAction *m_printRecord = nullptr;
    bool m_columnsFitted = false;
    QTimer *m_countdownTimer = nullptr;
    QString m_statusMessage;
    QString m_lastRecorded; // the evaluation of the last action recorded here
    QPointer<RevealReasonDialog> m_revealDialog;
    QPointer<QueueViewJob> m_viewJob;
    QueueViewJob::AfterPage m_viewJobHook;
    qint64 m_printRowLimit = kPrintRowLimit;
    QPointer<QMessageBox> m_printQuestion;
    bool m_countsStale = true;
};

} // namespace pingjia
