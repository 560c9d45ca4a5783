// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/bulletin/BulletinPreview.h"

#include "models/reports/BulletinPageRecording.h"
#include "models/reports/BulletinPdf.h"
#include "ui/bulletin/BulletinRenderTask.h"

#include <QEventLoop>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QProgressBar>
#include <QProgressDialog>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

// The resolution QPicture::play scales from (exported by QtGui, declared in a private header).
Q_GUI_EXPORT int qt_defaultDpiX();
Q_GUI_EXPORT int qt_defaultDpiY();

namespace pingjia {

BulletinPreview::BulletinPreview(QWidget *parent) : QWidget(parent)
{
    m_printer.setPageSize(QPageSize(QPageSize::A4));
    m_printer.setFullPage(true);
    m_preview = new QPrintPreviewWidget(&m_printer, this);
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &BulletinPreview::paintPages);
    connect(m_preview, &QPrintPreviewWidget::previewChanged, this,
            &BulletinPreview::updatePageLabel);

    auto button = [this](const QString &text, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        return b;
    };
    QToolButton *zoomOut = button(tr("−"), tr("Zoom out"));
    QToolButton *zoomIn = button(tr("+"), tr("Zoom in"));
    QToolButton *fitWidth = button(tr("Fit width"), tr("Fit the page width to the view"));
    QToolButton *printButton = button(tr("Print…"), tr("Print through the system dialog"));
    m_cancel = button(tr("Cancel"), tr("Stop preparing the pages"));
    zoomOut->setObjectName(QStringLiteral("zoomOut"));
    zoomIn->setObjectName(QStringLiteral("zoomIn"));
    printButton->setObjectName(QStringLiteral("print"));
    m_cancel->setObjectName(QStringLiteral("cancelPreparing"));
    connect(zoomOut, &QToolButton::clicked, m_preview, [this] { m_preview->zoomOut(); });
    connect(zoomIn, &QToolButton::clicked, m_preview, [this] { m_preview->zoomIn(); });
    connect(fitWidth, &QToolButton::clicked, m_preview, &QPrintPreviewWidget::fitToWidth);
    connect(printButton, &QToolButton::clicked, this, &BulletinPreview::print);
    connect(m_cancel, &QToolButton::clicked, this, &BulletinPreview::cancelPreparing);
    m_pages = new QLabel(this);
    m_pages->setObjectName(QStringLiteral("pageCount"));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("preparing"));
    m_busy->setRange(0, 0); // busy until the layout says how many pages
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(160);
    m_busy->hide();
    m_cancel->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(zoomOut);
    bar->addWidget(zoomIn);
    bar->addWidget(fitWidth);
    bar->addStretch();
    bar->addWidget(m_pages);
    bar->addWidget(m_busy);
    bar->addWidget(m_cancel);
    bar->addWidget(printButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_preview, 1);
}

BulletinPreview::~BulletinPreview()
{
    delete m_preparing; // cancels and waits for its worker
}

void BulletinPreview::setContent(const BulletinContent &content,
                                 const BulletinRenderOptions &options)
{
    m_content = content;
    m_options = options;
    m_hasContent = true;
    if (m_preparing) {
        // One worker at a time: the running one stops at its next page, and its pages are
        // dropped; the new content is prepared when it has ended.
        m_prepareAgain = true;
        m_preparing->cancel();
        return;
    }
    prepare();
}

int BulletinPreview::pageCount() const
{
    return m_preview->pageCount();
}

bool BulletinPreview::isPreparing() const
{
    return m_preparing != nullptr;
}

void BulletinPreview::prepare()
{
    m_prepareAgain = false;
    m_note.clear();
    auto recorded = std::make_shared<BulletinRecordedPages>();
    m_preparing = new BulletinRenderTask(
        [recorded, content = m_content, options = m_options,
         dpi = m_printer.resolution()](const BulletinRenderControl &control) {
            *recorded = recordBulletinPages(content, dpi, options, control);
            return recorded->result;
        },
        this);
    connect(m_preparing, &BulletinRenderTask::progress, this, &BulletinPreview::showPreparing);
    connect(m_preparing, &BulletinRenderTask::finished, this,
            [this, recorded](const BulletinRenderResult &result) {
                m_recordedDpi = recorded->dpi;
                onPrepared(result, recorded->pages);
            });
    showPreparing(0, 0);
    m_preparing->start();
}

void BulletinPreview::showPreparing(int step, int steps)
{
    m_busy->show();
    m_cancel->show();
    if (steps <= 0) {
        m_pages->setText(tr("Preparing the pages…"));
        return;
    }
    // Step 1 is the layout; then one step per page recorded.
    m_busy->setRange(0, steps);
    m_busy->setValue(step);
    m_pages->setText(tr("Preparing %n page(s)…", nullptr, steps - 1));
}

void BulletinPreview::onPrepared(const BulletinRenderResult &result, const QList<QPicture> &pages)
{
    m_preparing->deleteLater();
    m_preparing = nullptr;
    if (m_prepareAgain) {
        prepare(); // what was prepared is stale
        return;
    }
    m_busy->hide();
    m_cancel->hide();
    m_recorded = result.ok() ? pages : QList<QPicture>();
    if (result.status == BulletinRenderResult::Status::Cancelled)
        m_note = tr("Preview cancelled.");
    else if (!result.ok())
        m_note = tr("The pages cannot be shown: %1").arg(result.error);
    if (m_printing)
        m_repaintAfterPrint = true; // the printer is in use on the print's worker
    else
        m_preview->updatePreview();
    updatePageLabel();
    emit pagesReady();
}

void BulletinPreview::cancelPreparing()
{
    m_prepareAgain = false;
    if (m_preparing)
        m_preparing->cancel();
}

namespace {

BulletinRenderResult printContent(const BulletinContent &content,
                                  const BulletinRenderOptions &options, QPrinter &printer,
                                  const BulletinRenderControl &control)
{
    // "Print to file" in the system dialog: QPrinter's PDF keeps pdftotext's radicals
    // (⽉ for 月) that writeBulletinPdf mends, so the file is written as "Save as" does.
    if (printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty())
        return writeBulletinPdf(content, printer.outputFileName(), options, control);
    printer.setFullPage(true);
    return renderBulletin(content, printer, options, control);
}

} // namespace

BulletinRenderResult BulletinPreview::printTo(QPrinter &printer,
                                              const BulletinRenderControl &control) const
{
    return printContent(m_content, m_options, printer, control);
}

BulletinRenderResult BulletinPreview::printWithProgress(QPrinter &printer)
{
    QProgressDialog progress(tr("Printing the bulletin…"), tr("Cancel"), 0, 0, this);
    progress.setObjectName(QStringLiteral("printProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    // Laid out and painted on a worker (QPainter may paint on a QPrinter from any thread),
    // so the dialog answers while a long 附件 is laid out. The worker has its own copy of
    // the content; the preview does not repaint on the printer meanwhile (m_printing).
    BulletinRenderTask task(
        [&printer, content = m_content, options = m_options](const BulletinRenderControl &c) {
            BulletinRenderControl control = c;
            control.abortDevice = [&printer] { printer.abort(); };
            return printContent(content, options, printer, control);
        });
    // Cancel clicked emits canceled(); cancel() called on the dialog does not (it only sets
    // wasCanceled()), so both are watched.
    connect(&progress, &QProgressDialog::canceled, &task, &BulletinRenderTask::cancel);
    connect(&task, &BulletinRenderTask::progress, &progress,
            [&progress, &task](int step, int steps) {
                if (!progress.wasCanceled()) {
                    progress.setMaximum(steps);
                    progress.setValue(step);
                }
                if (progress.wasCanceled())
                    task.cancel();
            });
    progress.show(); // before the worker starts: a Cancel at once stops it before page 1
    if (progress.wasCanceled())
        task.cancel();
    m_printing = true;
    QEventLoop loop;
    connect(&task, &BulletinRenderTask::finished, &loop, &QEventLoop::quit);
    task.start();
    loop.exec();
    m_printing = false;
    if (m_repaintAfterPrint) {
        m_repaintAfterPrint = false;
        m_preview->updatePreview();
    }
    return task.result();
}

void BulletinPreview::paintPages(QPrinter *printer)
{
    // Only replays the pages recorded on the worker (in this printer's units).
    if (m_printing) {
        m_repaintAfterPrint = true;
        return;
    }
    if (m_recorded.isEmpty())
        return;
    printer->setFullPage(true);
    QPainter painter(printer);
    // QPicture::play scales by the device's over the screen's default resolution (for
    // pictures recorded on the screen); these were recorded in device units of
    // m_recordedDpi, so that is undone, and so is another printer's resolution picked in the
    // print dialog since.
    const double scale = double(printer->resolution()) / m_recordedDpi;
    painter.scale(scale * qt_defaultDpiX() / printer->logicalDpiX(),
                  scale * qt_defaultDpiY() / printer->logicalDpiY());
    for (int i = 0; i < m_recorded.size(); ++i) {
        if (i > 0)
            printer->newPage();
        painter.drawPicture(0, 0, m_recorded.at(i));
    }
}

void BulletinPreview::updatePageLabel()
{
    if (m_preparing)
        return; // the preparing text stays
    m_pages->setText(m_note.isEmpty() ? tr("%n page(s)", nullptr, pageCount()) : m_note);
}

bool BulletinPreview::print()
{
    if (!m_hasContent)
        return false;
    QPrintDialog dialog(&m_printer, this);
    dialog.setObjectName(QStringLiteral("bulletinPrintDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const BulletinRenderResult result = printWithProgress(m_printer);
    if (result.status == BulletinRenderResult::Status::Cancelled) {
        emit printCancelled();
        return false;
    }
    if (!result.ok()) {
        emit printFailed(result.error);
        return false;
    }
    emit printed(result.pageCount);
    return true;
}

} // namespace pingjia
