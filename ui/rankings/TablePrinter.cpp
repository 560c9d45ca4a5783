// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rankings/TablePrinter.h"

#include "models/reports/TableExportCells.h"

#include <QCoreApplication>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace pingjia {

namespace {

QString cellText(const QVariant &value, const QString &numberFormat)
{
    const ExportCell cell = exportCell(value);
    if (cell.kind == ExportCell::Kind::Empty)
        return QStringLiteral("—");
    if (cell.kind == ExportCell::Kind::Number && numberFormat == u"0.0%")
        return QString::number(cell.number * 100, 'f', 1) + u'%';
    if (cell.kind == ExportCell::Kind::Number && numberFormat == u"0.00")
        return QString::number(cell.number, 'f', 2);
    if (cell.kind == ExportCell::Kind::Boolean)
        return cell.boolean ? QStringLiteral("✓") : QString();
    return cell.text.toHtmlEscaped();
}

} // namespace

QString tableHtml(const ExportTable &table)
{
    QString html = QStringLiteral("<html><body style=\"font-family:'Noto Sans CJK SC'\">"
                                  "<h3>%1</h3><table border=\"1\" cellspacing=\"0\" "
                                  "cellpadding=\"2\" style=\"font-size:7pt\"><tr>")
                       .arg(table.title.toHtmlEscaped());
    for (const QString &h : table.headers)
        html += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const QVariantList &row : table.rows) {
        html += QStringLiteral("<tr>");
        for (qsizetype c = 0; c < table.headers.size(); ++c)
            html += QStringLiteral("<td>%1</td>")
                        .arg(cellText(row.value(c), table.numberFormats.value(c)));
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table><p style=\"font-size:7pt\">");
    for (qsizetype c = 0; c < table.headers.size(); ++c) {
        const QString formula = table.columnFormulas.value(c);
        if (!formula.isEmpty())
            html += QStringLiteral("<b>%1</b>: %2<br/>")
                        .arg(table.headers.at(c).toHtmlEscaped(), formula.toHtmlEscaped());
    }
    return html + QStringLiteral("</p></body></html>");
}

void printTable(const ExportTable &table, QPrinter &printer)
{
    QTextDocument doc;
    doc.setHtml(tableHtml(table));
    doc.print(&printer);
}

void previewTable(const ExportTable &table, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(QCoreApplication::translate("TablePrinter", "Print preview"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&table](QPrinter *p) { printTable(table, *p); });
    dialog.exec();
}

} // namespace pingjia
