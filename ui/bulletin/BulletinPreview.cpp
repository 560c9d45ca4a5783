// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/bulletin/BulletinPreview.h"

#include "models/reports/BulletinPdf.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QProgressDialog>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>

#include <atomic>
#include <memory>

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
    zoomOut->setObjectName(QStringLiteral("zoomOut"));
    zoomIn->setObjectName(QStringLiteral("zoomIn"));
    printButton->setObjectName(QStringLiteral("print"));
    connect(zoomOut, &QToolButton::clicked, m_preview, [this] { m_preview->zoomOut(); });
    connect(zoomIn, &QToolButton::clicked, m_preview, [this] { m_preview->zoomIn(); });
    connect(fitWidth, &QToolButton::clicked, m_preview, &QPrintPreviewWidget::fitToWidth);
    connect(printButton, &QToolButton::clicked, this, &BulletinPreview::print);
    m_pages = new QLabel(this);
    m_pages->setObjectName(QStringLiteral("pageCount"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(zoomOut);
    bar->addWidget(zoomIn);
    bar->addWidget(fitWidth);
    bar->addStretch();
    bar->addWidget(m_pages);
    bar->addWidget(printButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_preview, 1);
}

void BulletinPreview::setContent(const BulletinContent &content,
                                 const BulletinRenderOptions &options)
{
    m_content = content;
    m_options = options;
    m_hasContent = true;
    if (m_printing)
        m_repaintAfterPrint = true; // the printer is in use on the print's worker
    else
        m_preview->updatePreview();
}

int BulletinPreview::pageCount() const
{
    return m_preview->pageCount();
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
    // Cancel clicked emits canceled(); cancel() called on the dialog does not (it only sets
    // wasCanceled()), so both are watched.
    std::atomic_bool cancel{false};
    connect(&progress, &QProgressDialog::canceled, this, [&cancel] { cancel = true; });
    progress.show(); // before the worker starts: a Cancel at once stops it before page 1
    if (progress.wasCanceled())
        cancel = true;
    // Laid out and painted on a worker (QPainter may paint on a QPrinter from any thread),
    // so the dialog answers while a long 附件 is laid out. The worker has its own copy of
    // the content; the preview does not repaint on the printer meanwhile (m_printing).
    BulletinRenderControl control;
    control.cancel = &cancel;
    QProgressDialog *dialog = &progress; // outlives the worker: waited for below
    control.progress = [dialog, &cancel](int step, int steps) {
        QMetaObject::invokeMethod(dialog, [dialog, &cancel, step, steps] {
            if (!dialog->wasCanceled()) {
                dialog->setMaximum(steps);
                dialog->setValue(step);
            }
            if (dialog->wasCanceled())
                cancel = true;
        });
    };
    control.abortDevice = [&printer] { printer.abort(); };
    BulletinRenderResult result;
    m_printing = true;
    QEventLoop loop;
    std::unique_ptr<QThread> worker(QThread::create([&, content = m_content, options = m_options] {
        result = printContent(content, options, printer, control);
    }));
    connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    m_printing = false;
    if (m_repaintAfterPrint) {
        m_repaintAfterPrint = false;
        m_preview->updatePreview();
    }
    return result;
}

void BulletinPreview::paintPages(QPrinter *printer)
{
    // Always painted (the preview's printer may still name the file of the last print).
    if (!m_hasContent)
        return;
    if (m_printing) {
        m_repaintAfterPrint = true;
        return;
    }
    printer->setFullPage(true);
    renderBulletin(m_content, *printer, m_options);
}

void BulletinPreview::updatePageLabel()
{
    m_pages->setText(tr("%n page(s)", nullptr, pageCount()));
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
