// SPDX-License-Identifier: GPL-3.0-or-later
// QueuePage's file actions: the current view exported (XLSX, CSV) or printed, and one bad
// review's record printed. They sit in the page's toolbar and in the window's File menu.
// The view's rows are read on a worker (QueueViewJob) with progress and Cancel.
#include "models/domain/Clock.h"
#include "models/domain/PlatformTime.h"
#include "models/itemmodels/BadReviewQueueModel.h"
#include "models/store/BadReviewQuery.h"
#include "ui/queue/QueueDocuments.h"
#include "ui/queue/QueueExport.h"
#include "ui/queue/QueueFilterBar.h"
#include "ui/queue/QueuePage.h"
#include "ui/queue/QueuePrinting.h"
#include "ui/queue/QueueViewJob.h"
#include "ui/queue/QueueWorkspace.h"
#include "ui/rankings/ExportDialog.h"

#include <QAction>
#include <QDir>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QToolBar>

namespace pingjia {

namespace {

QAction *pageAction(QWidget *page, const QIcon &icon, const QString &text, const char *name,
                    const QKeySequence &keys, const QString &toolTip)
{
    auto *action = new QAction(icon, text, page);
    action->setObjectName(QLatin1String(name));
    action->setShortcut(keys);
    // The page's own: the rankings page uses the same keys for its table.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(toolTip);
    page->addAction(action);
    return action;
}

} // namespace

void QueuePage::buildFileActions()
{
    const QIcon save = style()->standardIcon(QStyle::SP_DialogSaveButton);
    m_exportXlsx = pageAction(this, save, tr("Export to Excel…"), "action-export-xlsx",
                              QKeySequence(Qt::CTRL | Qt::Key_E),
                              tr("The queue as shown (filter, columns, every row) as an Excel "
                                 "workbook (Ctrl+E)"));
    connect(m_exportXlsx, &QAction::triggered, this, [this] { exportViewAs(ExportFormat::Xlsx); });
    m_exportCsv = pageAction(this, save, tr("Export as CSV…"), "action-export-csv",
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                             tr("The queue as shown as CSV, UTF-8 (Ctrl+Shift+E)"));
    connect(m_exportCsv, &QAction::triggered, this, [this] { exportViewAs(ExportFormat::Csv); });
    m_printView = pageAction(this, style()->standardIcon(QStyle::SP_FileIcon),
                             tr("Print the queue…"), "action-print-queue", QKeySequence::Print,
                             tr("The queue as shown (filter, columns, every row) with a print "
                                "preview (Ctrl+P)"));
    connect(m_printView, &QAction::triggered, this, &QueuePage::printView);
    m_printRecord = new QAction(tr("Print this bad review…"), this);
    m_printRecord->setObjectName(QStringLiteral("action-print-record"));
    m_printRecord->setToolTip(tr("The full record of the selected bad review with its history, "
                                 "for a paper file"));
    connect(m_printRecord, &QAction::triggered, this, [this] {
        const QString evalId = currentEvalId();
        if (!evalId.isEmpty())
            previewAndPrint(this, evalId, false, [this, evalId] { return recordDocument(evalId); });
    });
    m_toolBar->addSeparator();
    for (QAction *action : fileActions())
        m_toolBar->addAction(action);
    m_table->addAction(m_printRecord);
}

QList<QAction *> QueuePage::fileActions() const
{
    if (!m_exportXlsx)
        return {};
    return {m_exportXlsx, m_exportCsv, m_printView, m_printRecord};
}

QString QueuePage::recordDocument(const QString &evalId)
{
    StoreResult error;
    const auto detail = m_workspace->query().detail(evalId, &error);
    if (!detail)
        return QStringLiteral("<p>%1</p>")
            .arg((error.ok() ? tr("%1 is no longer in the cache.").arg(evalId) : error.message)
                     .toHtmlEscaped());
    return badReviewRecordHtml(
        *detail, m_workspace->query().channels(),
        [this](const QString &code) { return m_workspace->unitName(code); }, Clock::now());
}

QueueViewJob *QueuePage::startViewJob(const QString &title, QueueViewJob::Finish finish,
                                      const QString &label)
{
    if (!m_model || (m_viewJob && m_viewJob->isRunning()))
        return nullptr;
    delete m_viewJob;
    // The view as shown: its rows in order (ids only, from the model), its columns in
    // their order; the rows themselves are read on the job's worker.
    const QList<int> columns = visibleColumns(*m_table->horizontalHeader());
    QueueViewRequest request{m_model->evalIds(), columns, Clock::now()};
    m_viewJob = new QueueViewJob(*m_workspace, queueViewHeaders(*m_model, columns, title),
                                 std::move(request), std::move(finish), this);
    m_viewJob->setAfterPageHook(m_viewJobHook);
    for (QAction *action : fileActions())
        action->setEnabled(action == m_printRecord);
    connect(m_viewJob, &QueueViewJob::finished, this, [this] {
        for (QAction *action : fileActions())
            action->setEnabled(true);
    });
    m_viewJob->start(label);
    return m_viewJob;
}

void QueuePage::exportViewTo(const QString &path, ExportFormat format)
{
    const QueueViewJob::Finish finish =
        QueueViewJob::exportFinish(path, format, m_filterBar->describe(), Clock::now());
    QueueViewJob *job = startViewJob(
        exportTitle(), finish,
        tr("Exporting the bad-review queue to %1…").arg(QDir::toNativeSeparators(path)));
    if (!job)
        return;
    connect(job, &QueueViewJob::finished, this, [this, path](const QueueViewJob::Outcome &out) {
        if (out.ok) {
            m_statusMessage = tr("Exported %n bad review(s) to %1.", nullptr, int(out.rows))
                                  .arg(QDir::toNativeSeparators(path));
        } else if (out.cancelled) {
            m_statusMessage = tr("Export cancelled; no file was written.");
        } else {
            m_statusMessage.clear();
            QMessageBox::warning(this, tr("Export failed"), out.error);
        }
        updateStatus();
    });
}

void QueuePage::printView()
{
    if (!m_model || (m_viewJob && m_viewJob->isRunning()))
        return;
    const qint64 rows = m_model->totalCount();
    if (rows > m_printRowLimit)
        askBeforePrinting(rows);
    else
        startPrinting();
}

QMessageBox *QueuePage::printQuestion() const
{
    return m_printQuestion;
}

void QueuePage::askBeforePrinting(qint64 rows)
{
    if (m_printQuestion)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Print the queue"),
                                tr("Print all %n bad review(s) of this view?", nullptr, int(rows)),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("printManyRowsQuestion"));
    box->setInformativeText(
        tr("The print preview lays out every page while the window waits: for %1 rows that "
           "can take minutes. Narrow the view first with the filter (a state, a department, a "
           "period), or export it to Excel instead.")
            .arg(QLocale().toString(rows)));
    QPushButton *narrow = box->addButton(tr("Narrow the view"), QMessageBox::RejectRole);
    narrow->setObjectName(QStringLiteral("narrowButton"));
    QPushButton *all = box->addButton(tr("Print all"), QMessageBox::AcceptRole);
    all->setObjectName(QStringLiteral("printAllButton"));
    box->setDefaultButton(narrow);
    box->setEscapeButton(narrow);
    box->setWindowModality(Qt::WindowModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, all](QAbstractButton *button) {
        if (button == all)
            startPrinting();
        else
            focusSearch(); // the filter bar, where the view is narrowed
    });
    m_printQuestion = box;
    box->open();
}

void QueuePage::startPrinting()
{
    const QString title = tr("Bad-review queue");
    const QString filterText = m_filterBar->describe();
    const QDateTime at = Clock::now();
    auto finish = [title, filterText, at](const ExportTable &view, const std::atomic_bool &) {
        QueueViewJob::Outcome outcome;
        outcome.document = queueViewHtml(view, title, filterText, at);
        outcome.ok = true;
        return outcome;
    };
    QueueViewJob *job = startViewJob(title, finish,
                                     tr("Preparing the bad-review queue for "
                                        "printing…"));
    if (!job)
        return;
    connect(job, &QueueViewJob::finished, this, [this, title](const QueueViewJob::Outcome &out) {
        if (out.ok) {
            previewAndPrint(this, title, true, [html = out.document] { return html; });
        } else if (!out.cancelled) {
            QMessageBox::warning(this, tr("Printing failed"), out.error);
        }
    });
}

QString QueuePage::exportTitle() const
{
    return tr("Bad-review queue %1").arg(platformDate(Clock::now()).toString(Qt::ISODate));
}

void QueuePage::exportViewAs(ExportFormat format)
{
    const QString path =
        askExportPath(this, tr("Export the bad-review queue"), exportTitle(), {format});
    if (!path.isEmpty())
        exportViewTo(path, format);
}

} // namespace pingjia
