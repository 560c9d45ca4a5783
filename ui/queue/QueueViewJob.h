// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Export and print of the queue view off the GUI thread. The view's rows are read and
// turned into the table's texts on a worker with connections of its own (QueryThread,
// readQueueView), then `finish` runs there too: it writes the export file or builds the
// printed document. Meanwhile a window-modal progress dialog counts the rows and offers
// Cancel; the window stays responsive.
//
// A cancelled export leaves no file: `finish` writes a temporary file and renames it over
// the target only when the job was not cancelled by then (exportFinish()).

#include "models/itemmodels/QueueViewReader.h"
#include "models/reports/TableExport.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QProgressDialog;
class QWidget;

namespace pingjia {

class QueryThread;
class QueueWorkspace;
enum class ExportFormat;

class QueueViewJob : public QObject {
    Q_OBJECT
public:
    struct Outcome {
        bool ok = false;
        bool cancelled = false;
        QString error;      // translated, when neither ok nor cancelled
        qsizetype rows = 0; // rows read
        QString document;   // what `finish` built (the printed document), if anything
    };
    // Runs on the worker with every row read into `view`. It must leave nothing behind
    // when it sees `cancel` set.
    using Finish = std::function<Outcome(const ExportTable &view, const std::atomic_bool &cancel)>;

    // `view` holds the title and the headers (the rows are read by the job). The
    // workspace must outlive the job.
    QueueViewJob(QueueWorkspace &workspace, ExportTable view, QueueViewRequest request,
                 Finish finish, QWidget *parent);
    // Cancels the job and waits for the worker's current page.
    ~QueueViewJob() override;

    // Starts the worker and the progress dialog, which shows `label`.
    void start(const QString &label);
    void cancel();
    bool isRunning() const { return m_running; }
    QProgressDialog *progressDialog() const { return m_progress; }

    // The export's `finish`: CSV, or XLSX with a second sheet naming `filterText`, written
    // to a temporary file that replaces `path` only when not cancelled.
    static Finish exportFinish(const QString &path, ExportFormat format, const QString &filterText,
                               const QDateTime &at);

    // Runs on the worker after each page is read, with the rows read so far and the job's
    // cancel flag (a test holds the worker there until it sees the cancel). Set before
    // start().
    using AfterPage = std::function<void(qsizetype read, const std::atomic_bool &cancelled)>;
    void setAfterPageHook(AfterPage hook) { m_afterPage = std::move(hook); }

signals:
    void finished(const pingjia::QueueViewJob::Outcome &outcome);

private:
    void showProgress(qsizetype read, qsizetype total);
    void done(const Outcome &outcome);

    QueueWorkspace &m_workspace;
    ExportTable m_view;
    QueueViewRequest m_request;
    Finish m_finish;
    AfterPage m_afterPage;
    QWidget *m_parentWidget = nullptr;
    QProgressDialog *m_progress = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::unique_ptr<QueryThread> m_thread;
    bool m_running = false;
};

} // namespace pingjia
