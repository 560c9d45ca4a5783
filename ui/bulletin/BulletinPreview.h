// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The bulletin's pages as they will print (QPrintPreviewWidget painted by the same
// renderer as the PDF), with zoom and a print button for the system print dialog. The
// 月度通报 page embeds it.

#include "models/reports/BulletinContent.h"
#include "models/reports/BulletinRender.h"

#include <QPrinter>
#include <QWidget>

class QLabel;
class QPrintPreviewWidget;

namespace pingjia {

class BulletinPreview : public QWidget {
    Q_OBJECT

public:
    explicit BulletinPreview(QWidget *parent = nullptr);

    // Shows `content`; repaints the pages (on the GUI thread: QPrinter lives there).
    void setContent(const BulletinContent &content, const BulletinRenderOptions &options = {});
    int pageCount() const;
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

signals:
    void printed(int pages);
    void printFailed(const QString &message);
    void printCancelled();

private:
    void paintPages(QPrinter *printer);
    void updatePageLabel();

    QPrinter m_printer{QPrinter::HighResolution};
    QPrintPreviewWidget *m_preview = nullptr;
    QLabel *m_pages = nullptr;
    BulletinContent m_content;
    BulletinRenderOptions m_options;
    bool m_hasContent = false;
    bool m_printing = false;          // m_printer is in use on the print's worker
    bool m_repaintAfterPrint = false; // new content came while printing
};

} // namespace pingjia
