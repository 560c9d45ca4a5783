// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/QueuePrinting.h"

#include "models/reports/LatinFace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QPageLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace pingjia {

namespace {

struct PrintText {
    Q_DECLARE_TR_FUNCTIONS(QueuePrinting)
};

void setUp(QPrinter &printer, bool landscape)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    printer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
}

} // namespace

QFont printFont()
{
    // Latin letters and digits first in DejaVu Sans, everything else in Noto Sans CJK SC
    // (named explicitly, or Qt may pick the Japanese face): why in LatinFace.h.
    QFont font;
    font.setFamilies(latinFirstFamilies(QStringLiteral("Noto Sans CJK SC")));
    font.setPointSize(9);
    return font;
}

void printHtml(const QString &html, QPrinter &printer)
{
    QTextDocument document;
    document.setDefaultFont(printFont());
    document.setHtml(html);
    document.print(&printer);
}

void previewAndPrint(QWidget *parent, const QString &title, bool landscape,
                     const std::function<QString()> &html)
{
    auto *printer = new QPrinter(QPrinter::HighResolution);
    setUp(*printer, landscape);
    printer->setDocName(title);
    auto *preview = new QPrintPreviewDialog(printer, parent);
    preview->setObjectName(QStringLiteral("printPreview"));
    preview->setWindowTitle(PrintText::tr("Print preview · %1").arg(title));
    preview->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(preview, &QPrintPreviewDialog::paintRequested, preview,
                     [html](QPrinter *p) { printHtml(html(), *p); });
    QObject::connect(preview, &QObject::destroyed, [printer] { delete printer; });
    preview->open();
}

bool writePdf(const QString &html, const QString &path, bool landscape, QString *error)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, landscape);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printHtml(html, printer);
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0) {
        if (error)
            *error = PrintText::tr("The PDF %1 could not be written.").arg(path);
        return false;
    }
    // The user's files are theirs alone.
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

} // namespace pingjia
