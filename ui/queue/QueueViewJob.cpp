// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/QueueViewJob.h"

#include "models/itemmodels/QueryThread.h"
#include "models/reports/ExportFile.h"
#include "models/store/BadReviewQuery.h"
#include "ui/queue/QueueExport.h"
#include "ui/queue/QueueWorkspace.h"
#include "ui/rankings/ExportDialog.h"

#include <QProgressDialog>

namespace pingjia {

namespace {

// The dialog appears only when the job takes longer than this; a small view is done first.
constexpr int kProgressDelayMs = 400;

} // namespace

QueueViewJob::QueueViewJob(QueueWorkspace &workspace, ExportTable view, QueueViewRequest request,
                           Finish finish, QWidget *parent)
    : QObject(parent), m_workspace(workspace), m_view(std::move(view)),
      m_request(std::move(request)), m_finish(std::move(finish)), m_parentWidget(parent),
      m_cancel(std::make_shared<std::atomic_bool>(false))
{
}

QueueViewJob::~QueueViewJob()
{
    m_cancel->store(true);
    m_thread.reset(); // waits for the page being read; its answer is dropped
    delete m_progress;
}

void QueueViewJob::start(const QString &label)
{
    m_running = true;
    m_progress =
        new QProgressDialog(label, tr("Cancel"), 0, int(m_request.evalIds.size()), m_parentWidget);
    m_progress->setObjectName(QStringLiteral("queueViewProgress"));
    m_progress->setWindowTitle(m_view.title);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(kProgressDelayMs);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, &QueueViewJob::cancel);

    m_thread = std::make_unique<QueryThread>(m_workspace.cache(), &m_workspace.localWork());
    auto work = [view = m_view, request = m_request, finish = m_finish, cancel = m_cancel,
                 hook = m_afterPage, self = this](BadReviewQuery &query) {
        // Progress goes back to the job on the GUI thread; the job outlives the worker
        // (its destructor waits for it), and Qt drops events posted to a deleted object.
        const QueueViewProgress progress = [self, &hook, &cancel](qsizetype read, qsizetype total) {
            QMetaObject::invokeMethod(
                self, [self, read, total] { self->showProgress(read, total); },
                Qt::QueuedConnection);
            if (hook)
                hook(read, *cancel);
        };
        Outcome outcome;
        StoreResult error;
        auto rows = readQueueView(query, request, *cancel, progress, &error);
        if (!rows) {
            outcome.cancelled = error.ok();
            outcome.error = error.message;
            return outcome;
        }
        ExportTable table = view;
        table.rows = std::move(*rows);
        outcome = finish(table, *cancel);
        outcome.rows = table.rows.size();
        if (!outcome.ok && cancel->load())
            outcome.cancelled = true;
        return outcome;
    };
    m_thread->run<Outcome>(this, m_workspace.query().policy(), std::move(work),
                           [this](Outcome outcome) { done(outcome); });
}

void QueueViewJob::cancel()
{
    m_cancel->store(true);
    if (m_progress)
        m_progress->setLabelText(tr("Cancelling…"));
}

void QueueViewJob::showProgress(qsizetype read, qsizetype total)
{
    if (!m_progress || !m_running)
        return;
    m_progress->setMaximum(int(total));
    m_progress->setValue(int(read));
}

void QueueViewJob::done(const Outcome &outcome)
{
    m_running = false;
    if (m_progress) {
        // reset() stops the dialog's own timer, which would otherwise show it (window-modal,
        // blocking the window) once its delay is up after a quick job.
        m_progress->reset();
        m_progress->hide();
    }
    emit finished(outcome);
}

QueueViewJob::Finish QueueViewJob::exportFinish(const QString &path, ExportFormat format,
                                                const QString &filterText, const QDateTime &at)
{
    return [path, format, filterText, at](const ExportTable &view, const std::atomic_bool &cancel) {
        Outcome outcome;
        const auto write = [&](const QString &temporary, QString *error) {
            const bool written =
                format == ExportFormat::Csv
                    ? writeCsv(view, temporary, error)
                    : writeXlsx({view, queueFilterTable(filterText, int(view.rows.size()), at)},
                                temporary, at, error);
            // The last moment a cancel counts: after this the file is complete.
            if (written && cancel.load()) {
                error->clear();
                return false;
            }
            return written;
        };
        outcome.ok = replaceFileAtomically(path, write, &outcome.error);
        return outcome;
    };
}

} // namespace pingjia
