// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reports/BulletinPdf.h"

#include "models/reports/BulletinChartObject.h"
#include "models/reports/BulletinPageGeometry.h"
#include "models/reports/BulletinPageParts.h"
#include "models/reports/BulletinTextDocument.h"
#include "models/reports/Logging.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextDocument>

// Qt's text layout reads the lengths of block, frame and table formats in "logical pixels"
// of this resolution and scales them to the paint device (QTextDocumentLayout::
// scaleToDevice); font sizes in points it converts directly. Exported by QtGui, declared in
// a private header.
Q_GUI_EXPORT int qt_defaultDpiY();

namespace pingjia {

using namespace gbt9704;

namespace {

// Extra room under the 22 lines, so rounding cannot push the 22nd line to the next page.
constexpr double kPageSlackMm = 0.3;

BulletinRenderResult cancelled()
{
    return {BulletinRenderResult::Status::Cancelled, {}, 0};
}

BulletinRenderResult failed(const QString &message)
{
    return {BulletinRenderResult::Status::Failed, message, 0};
}

class PageRenderer {
public:
    PageRenderer(const BulletinContent &content, QPagedPaintDevice &device,
                 const BulletinRenderOptions &options)
        : m_content(content), m_device(device), m_options(options),
          m_fonts(resolveInstalledBulletinFonts(options.fonts)),
          m_unitsPerMm(unitsPerMm(device.logicalDpiX())), m_parts(content, m_fonts, device)
    {
    }

    // Builds and lays out the text; returns the number of pages of the flow.
    int layout()
    {
        BulletinDocumentStyle style;
        style.fonts = m_fonts;
        style.unitsPerMm = unitsPerMm(qt_defaultDpiY());
        style.horizontalUnitsPerMm = m_unitsPerMm;
        style.firstPageReserveMm = m_parts.titleTopMm();
        QElapsedTimer timer;
        timer.start();
        const BulletinTextDocument built = buildBulletinDocument(m_doc, m_content, style);
        qCDebug(lcReports) << "bulletin text built in" << timer.elapsed() << "ms";
        m_charts = std::make_unique<BulletinChartObject>(built.charts, m_fonts, m_unitsPerMm);
        m_doc.documentLayout()->registerHandler(kBulletinChartObjectType, m_charts.get());
        m_doc.documentLayout()->setPaintDevice(&m_device);
        m_doc.setPageSize(QSizeF(mm(kTextWidthMm), mm(kTextHeightMm + kPageSlackMm)));
        m_flowPages = m_doc.pageCount();
        m_imprintOwnPage = lastPageUsedMm() + m_parts.imprintHeightMm() > kTextHeightMm;
        return pageCount();
    }

    int pageCount() const { return m_flowPages + (m_imprintOwnPage ? 1 : 0); }

    void paintPage(QPainter &painter, int index)
    {
        const int number = index + 1;
        painter.save();
        painter.translate(mm(leftMarginMm(number, m_options.doubleSided)), mm(kTopMarginMm));
        if (index < m_flowPages)
            paintFlow(painter, index);
        if (index == 0)
            m_parts.paintMasthead(painter);
        if (index == pageCount() - 1)
            m_parts.paintImprint(painter);
        // GB/T 9704: a 版记 page of its own carries no number.
        if (index < m_flowPages)
            m_parts.paintPageNumber(painter, number);
        painter.restore();
    }

private:
    double mm(double millimetres) const { return millimetres * m_unitsPerMm; }

    double lastPageUsedMm() const
    {
        const QRectF last = m_doc.documentLayout()->blockBoundingRect(m_doc.lastBlock());
        const double pageHeight = m_doc.pageSize().height();
        return (last.bottom() - (m_flowPages - 1) * pageHeight) / m_unitsPerMm;
    }

    void paintFlow(QPainter &painter, int index)
    {
        const double pageHeight = m_doc.pageSize().height();
        painter.save();
        painter.translate(0, -index * pageHeight);
        const QRectF view(0, index * pageHeight, m_doc.pageSize().width(), pageHeight);
        painter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        context.palette.setColor(QPalette::Text, Qt::black);
        m_doc.documentLayout()->draw(&painter, context);
        painter.restore();
    }

    const BulletinContent &m_content;
    QPagedPaintDevice &m_device;
    const BulletinRenderOptions &m_options;
    BulletinFonts m_fonts;
    double m_unitsPerMm;
    BulletinPageParts m_parts;
    QTextDocument m_doc;
    std::unique_ptr<BulletinChartObject> m_charts;
    int m_flowPages = 0;
    bool m_imprintOwnPage = false;
};

} // namespace

BulletinRenderResult renderBulletin(const BulletinContent &content, QPagedPaintDevice &device,
                                    const BulletinRenderOptions &options,
                                    const BulletinRenderControl &control)
{
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageOrientation(QPageLayout::Portrait);
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    if (control.cancelled())
        return cancelled();
    PageRenderer renderer(content, device, options);
    QElapsedTimer timer;
    timer.start();
    const int pages = renderer.layout();
    const qint64 layoutMs = timer.elapsed();
    const int steps = pages + 1;
    control.report(1, steps);
    QPainter painter;
    if (!painter.begin(&device))
        return failed(QCoreApplication::translate("BulletinPdf", "Cannot start printing."));
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < pages; ++i) {
        if (control.cancelled()) {
            painter.end();
            return cancelled();
        }
        if (i > 0 && !device.newPage())
            return failed(QCoreApplication::translate("BulletinPdf", "Cannot add a page."));
        renderer.paintPage(painter, i);
        control.report(i + 2, steps);
    }
    if (!painter.end())
        return failed(QCoreApplication::translate("BulletinPdf", "Cannot finish the document."));
    qCDebug(lcReports) << "bulletin rendered," << pages << "pages; layout" << layoutMs
                       << "ms, painting" << timer.elapsed() - layoutMs << "ms";
    return {BulletinRenderResult::Status::Ok, {}, pages};
}

BulletinRenderResult writeBulletinPdf(const BulletinContent &content, const QString &path,
                                      const BulletinRenderOptions &options,
                                      const BulletinRenderControl &control)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return failed(QCoreApplication::translate("BulletinPdf", "Cannot write %1: %2")
                          .arg(path, file.errorString()));
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    BulletinRenderResult result;
    {
        QPdfWriter writer(&file);
        writer.setResolution(1200);
        writer.setTitle(content.header.title);
        writer.setCreator(QStringLiteral("Pingjia"));
        result = renderBulletin(content, writer, options, control);
    }
    if (!result.ok()) {
        file.cancelWriting();
        return result;
    }
    if (!file.commit()) {
        return failed(QCoreApplication::translate("BulletinPdf", "Cannot write %1: %2")
                          .arg(path, file.errorString()));
    }
    return result;
}

} // namespace pingjia
