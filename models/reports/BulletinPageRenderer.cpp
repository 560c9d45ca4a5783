// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reports/BulletinPageRenderer.h"

#include "models/reports/BulletinChartObject.h"
#include "models/reports/BulletinPageGeometry.h"
#include "models/reports/BulletinTablePages.h"
#include "models/reports/BulletinTextDocument.h"
#include "models/reports/LatinFace.h"
#include "models/reports/Logging.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>

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

double lastBlockBottom(const QTextDocument &doc)
{
    return doc.documentLayout()->blockBoundingRect(doc.lastBlock()).bottom();
}

void drawDocument(QTextDocument &doc, QPainter &painter, const QRectF &view)
{
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = view;
    context.palette.setColor(QPalette::Text, Qt::black);
    doc.documentLayout()->draw(&painter, context);
}

} // namespace

BulletinPageRenderer::BulletinPageRenderer(const BulletinContent &content,
                                           QPagedPaintDevice &device,
                                           const BulletinRenderOptions &options)
    : m_content(content), m_device(device), m_options(options),
      m_fonts(resolveInstalledBulletinFonts(options.fonts)),
      m_unitsPerMm(unitsPerMm(device.logicalDpiX())), m_parts(content, m_fonts, device)
{
}

BulletinPageRenderer::~BulletinPageRenderer() = default;

int BulletinPageRenderer::layout()
{
    BulletinDocumentStyle style;
    style.fonts = m_fonts;
    style.unitsPerMm = unitsPerMm(qt_defaultDpiY());
    style.horizontalUnitsPerMm = m_unitsPerMm;
    style.firstPageReserveMm = m_parts.titleLineTopMm();
    style.attachmentsInFlow = false;
    QElapsedTimer timer;
    timer.start();
    const BulletinTextDocument built = buildBulletinDocument(m_doc, m_content, style);
    applyLatinFace(m_doc);
    qCDebug(lcReports) << "bulletin text built in" << timer.elapsed() << "ms";
    m_charts = std::make_unique<BulletinChartObject>(built.charts, m_fonts, m_unitsPerMm);
    m_doc.documentLayout()->registerHandler(kBulletinChartObjectType, m_charts.get());
    m_doc.documentLayout()->setPaintDevice(&m_device);
    m_doc.setPageSize(QSizeF(mm(kTextWidthMm), mm(kTextHeightMm + kPageSlackMm)));
    m_flowPages = m_doc.pageCount();
    m_bodyPages = m_flowPages;
    layoutAttachments();
    placeImprint();
    qCDebug(lcReports) << "bulletin laid out in" << timer.elapsed() << "ms," << m_pageCount
                       << "pages";
    return m_pageCount;
}

void BulletinPageRenderer::layoutAttachments()
{
    BulletinDocumentStyle style;
    style.fonts = m_fonts;
    style.unitsPerMm = unitsPerMm(qt_defaultDpiY());
    style.horizontalUnitsPerMm = m_unitsPerMm;
    const int count = int(m_content.attachments.size());
    for (int i = 0; i < count; ++i) {
        const BulletinAttachment &source = m_content.attachments.at(i);
        Attachment a;
        a.heading = std::make_unique<QTextDocument>();
        buildBulletinAttachmentHeading(*a.heading, i + 1, count, source, style);
        applyLatinFace(*a.heading);
        a.heading->documentLayout()->setPaintDevice(&m_device);
        a.heading->setPageSize(QSizeF(mm(kTextWidthMm), mm(kTextHeightMm + kPageSlackMm)));
        a.table =
            std::make_unique<BulletinTablePages>(source.table, m_fonts, m_device, mm(kTextWidthMm));
        const double headingHeight = lastBlockBottom(*a.heading);
        a.firstPage = m_bodyPages;
        m_bodyPages += a.table->paginate(mm(kTextHeightMm) - headingHeight, mm(kTextHeightMm));
        m_attachments.push_back(std::move(a));
    }
}

double BulletinPageRenderer::flowLastPageUsedMm() const
{
    const double pageHeight = m_doc.pageSize().height();
    return (lastBlockBottom(m_doc) - (m_flowPages - 1) * pageHeight) / m_unitsPerMm;
}

double BulletinPageRenderer::bodyLastPageUsedMm() const
{
    if (m_attachments.empty())
        return flowLastPageUsedMm();
    const Attachment &last = m_attachments.back();
    const int page = last.table->pageCount() - 1;
    const double heading = page == 0 ? lastBlockBottom(*last.heading) : 0;
    return (heading + last.table->usedHeight(page)) / m_unitsPerMm;
}

void BulletinPageRenderer::placeImprint()
{
    // GB/T 9704-2012: the 版记 stands at the foot of the document's last face, which in
    // double-sided printing (the standard's case) is an even page; a blank page and a
    // 版记 page of its own carry no number. Printed on one side, the last page is enough.
    const bool fits = bodyLastPageUsedMm() + m_parts.imprintHeightMm() <= kTextHeightMm;
    if (!m_options.doubleSided)
        m_pageCount = m_bodyPages + (fits ? 0 : 1);
    else if (m_bodyPages % 2 == 1)
        m_pageCount = m_bodyPages + 1;
    else
        m_pageCount = m_bodyPages + (fits ? 0 : 2);
}

void BulletinPageRenderer::paintPage(QPainter &painter, int index)
{
    const int number = index + 1;
    painter.save();
    painter.translate(mm(leftMarginMm(number, m_options.doubleSided)), mm(kTopMarginMm));
    if (index < m_flowPages)
        paintFlow(painter, index);
    else if (index < m_bodyPages)
        paintAttachmentPage(painter, index);
    if (index == 0)
        m_parts.paintMasthead(painter);
    if (index == m_pageCount - 1)
        m_parts.paintImprint(painter);
    if (index < m_bodyPages)
        m_parts.paintPageNumber(painter, number);
    painter.restore();
}

void BulletinPageRenderer::paintFlow(QPainter &painter, int index)
{
    const double pageHeight = m_doc.pageSize().height();
    painter.save();
    painter.translate(0, -index * pageHeight);
    const QRectF view(0, index * pageHeight, m_doc.pageSize().width(), pageHeight);
    painter.setClipRect(view);
    drawDocument(m_doc, painter, view);
    painter.restore();
}

void BulletinPageRenderer::paintAttachmentPage(QPainter &painter, int index)
{
    auto it = std::find_if(m_attachments.rbegin(), m_attachments.rend(),
                           [index](const Attachment &a) { return a.firstPage <= index; });
    const int page = index - it->firstPage;
    double top = 0;
    if (page == 0) {
        QTextDocument &heading = *it->heading;
        drawDocument(heading, painter, QRectF(QPointF(0, 0), heading.pageSize()));
        top = lastBlockBottom(heading);
    }
    it->table->paint(painter, page, top);
}

} // namespace pingjia
