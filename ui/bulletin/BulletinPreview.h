// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The bulletin's pages as they will print (QPrintPreviewWidget painted by the same
// renderer as the PDF), with zoom and a print button for the system print dialog. The
// 月度通报 page embeds it. The pages are laid out and recorded on a worker (a bulletin of
// 200 pages takes seconds), with a busy bar and Cancel; the GUI thread only replays them.
// New content while pages are being prepared supersedes them: the stale pages are dropped.

#include "models/reports/BulletinContent.h"
#include "models/reports/BulletinRender.h"

#include <QList>
#include <QPicture>
#include <QPrinter>
#include <QWidget>

class QLabel;
class QPrintPreviewWidget;
class QProgressBar;
class QToolButton;

namespace pingjia {

class BulletinRenderTask;

class BulletinPreview : public QWidget {
    Q_OBJECT

public:
    explicit BulletinPreview(QWidget *parent = nullptr);
    ~BulletinPreview() override;

    // Shows `content`: its pages are prepared on a worker, then shown (pageCount() is 0
    // meanwhile).
    void setContent(const BulletinContent &content, const BulletinRenderOptions &options = {});
    int pageCount() const;
    // Pages are being laid out and recorded for the preview.
    bool isPreparing() const;
    QPrintPreviewWidget *previewWidget() const { return m_preview; }

    // Paints the bulletin on `printer` (any output: a printer, or a PDF file for tests).
    BulletinRenderResult printTo(QPrinter &printer,
                                 const BulletinRenderControl &control = {}) const;
    // printTo() on a worker thread, with a progress dialog whose Cancel stops the print (the
    // printer gets no half document); the GUI stays responsive meanwhile. A printer set to a PDF
    // file gets the same file as "Save as" (its text searchable and copyable as written).
    BulletinRenderResult printWithProgress(QPrinter &printer);

public slots:
    // The system print dialog; prints when accepted, with progress and cancel. False when
    // the dialog or the print was cancelled, or printing failed.
    bool print();
    // Stops preparing the pages (the preview then shows none).
    void cancelPreparing();

signals:
    void printed(int pages);
    void printFailed(const QString &message);
    void printCancelled();
    // The prepared pages are shown (or preparing ended: cancelled or failed).
    void pagesReady();

private:
    void prepare();
    void onPrepared(const BulletinRenderResult &result, const QList<QPicture> &pages);
    void showPreparing(int step, int steps);
    void paintPages(QPrinter *printer);
    void updatePageLabel();

    QPrinter m_printer{QPrinter::HighResolution};
    QPrintPreviewWidget *m_preview = nullptr;
    QLabel *m_pages = nullptr;
    QProgressBar *m_busy = nullptr;
    QToolButton *m_cancel = nullptr;
    BulletinContent m_content;
    BulletinRenderOptions m_options;
    bool m_hasContent = false;
    BulletinRenderTask *m_preparing = nullptr; // at most one at a time
    bool m_prepareAgain = false;               // content changed while preparing
    QList<QPicture> m_recorded;                // the pages shown
    int m_recordedDpi = 0;                     // the units they were recorded in
    QString m_note;                            // why no pages are shown
    bool m_printing = false;                   // m_printer is in use on the print's worker
    bool m_repaintAfterPrint = false;          // new pages came while printing
};

} // namespace pingjia
