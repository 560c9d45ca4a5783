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

BulletinDocumentStyle BulletinPageRenderer::documentStyle() const
{
    BulletinDocumentStyle style;
    style.fonts = m_fonts;
    style.unitsPerMm = unitsPerMm(qt_defaultDpiY());
    style.horizontalUnitsPerMm = m_unitsPerMm;
    style.attachmentsInFlow = false;
    style.tablesInFlow = false;
    return style;
}

void BulletinPageRenderer::prepare(QTextDocument &doc)
{
    applyLatinFace(doc);
    if (m_charts)
        doc.documentLayout()->registerHandler(kBulletinChartObjectType, m_charts.get());
    doc.documentLayout()->setPaintDevice(&m_device);
    doc.setPageSize(QSizeF(mm(kTextWidthMm), mm(kTextHeightMm + kPageSlackMm)));
}

int BulletinPageRenderer::layout()
{
    BulletinDocumentStyle style = documentStyle();
    style.firstPageReserveMm = m_parts.titleLineTopMm();
    QElapsedTimer timer;
    timer.start();
    m_built = buildBulletinDocument(m_doc, m_content, style);
    qCDebug(lcReports) << "bulletin text built in" << timer.elapsed() << "ms";
    m_charts = std::make_unique<BulletinChartObject>(m_built.charts, m_fonts, m_unitsPerMm);
    Place at;
    auto &continuations = m_built.continuations;
    placeFlow(m_doc, !continuations.empty(), at);
    for (auto next = continuations.begin(); next != continuations.end(); ++next) {
        std::unique_ptr<QTextDocument> title;
        if (!next->table->title.isEmpty()) {
            title = std::make_unique<QTextDocument>();
            buildBulletinTableHeading(*title, *next->table, style);
        }
        placeTable(std::move(title), *next->table, false, at);
        if (next->text->blockCount() == 1)
            continue; // another table follows at once: nothing but the first line
        setBulletinFlowTop(*next->text, at.y / m_unitsPerMm * style.unitsPerMm);
        placeFlow(*next->text, next + 1 != continuations.end(), at);
    }
    const int count = int(m_content.attachments.size());
    for (int i = 0; i < count; ++i) {
        const BulletinAttachment &source = m_content.attachments.at(i);
        auto heading = std::make_unique<QTextDocument>();
        buildBulletinAttachmentHeading(*heading, i + 1, count, source, style);
        placeTable(std::move(heading), source.table, true, at);
    }
    m_bodyPages = at.page + 1;
    placeImprint(at);
    qCDebug(lcReports) << "bulletin laid out in" << timer.elapsed() << "ms," << m_pageCount
                       << "pages";
    return m_pageCount;
}

void BulletinPageRenderer::placeFlow(QTextDocument &doc, bool tableNext, Place &at)
{
    prepare(doc);
    const double pageHeight = doc.pageSize().height();
    int pages = doc.pageCount();
    if (tableNext) {
        const double end = bulletinFlowEnd(doc);
        pages = std::min(pages, int(end / pageHeight) + 1);
        at.y = end - (pages - 1) * pageHeight;
    } else {
        at.y = lastBlockBottom(doc) - (pages - 1) * pageHeight;
    }
    m_flows.push_back({&doc, at.page, pages});
    at.page += pages - 1;
    qCDebug(lcReports) << "flow from page" << m_flows.back().firstPage << pages << "pages, ends at"
                       << at.y / m_unitsPerMm << "mm";
}

void BulletinPageRenderer::placeTable(std::unique_ptr<QTextDocument> heading,
                                      const BulletinTable &table, bool newPage, Place &at)
{
    TableRun run;
    run.table = std::make_unique<BulletinTablePages>(table, m_fonts, m_device, mm(kTextWidthMm));
    double headingHeight = 0;
    if (heading) {
        prepare(*heading);
        headingHeight = newPage ? lastBlockBottom(*heading) : bulletinFlowEnd(*heading);
    }
    // A table starts where its title, header row and first row fit together.
    const double pageHeight = mm(kTextHeightMm);
    if (newPage || at.y + headingHeight + run.table->startHeight() > pageHeight) {
        ++at.page;
        at.y = 0;
    }
    const int pages = run.table->paginate(pageHeight - at.y - headingHeight, pageHeight);
    run.heading = std::move(heading);
    run.headingHeight = headingHeight;
    run.firstPage = at.page;
    run.top = at.y;
    at.page += pages - 1;
    at.y = (pages == 1 ? at.y + headingHeight : 0) + run.table->usedHeight(pages - 1);
    qCDebug(lcReports) << "table from page" << run.firstPage << "at" << run.top / m_unitsPerMm
                       << "mm," << pages << "pages, ends at" << at.y / m_unitsPerMm << "mm";
    m_tables.push_back(std::move(run));
}

void BulletinPageRenderer::placeImprint(const Place &end)
{
    // GB/T 9704-2012: the 版记 stands at the foot of the document's last face, which in
    // double-sided printing (the standard's case) is an even page; a blank page and a
    // 版记 page of its own carry no number. Printed on one side, the last page is enough.
    const bool fits = end.y / m_unitsPerMm + m_parts.imprintHeightMm() <= kTextHeightMm;
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
    for (const FlowRun &run : m_flows) {
        if (index >= run.firstPage && index < run.firstPage + run.pages)
            paintFlow(painter, run, index - run.firstPage);
    }
    for (const TableRun &run : m_tables) {
        if (index >= run.firstPage && index < run.firstPage + run.table->pageCount())
            paintTable(painter, run, index - run.firstPage);
    }
    if (index == 0)
        m_parts.paintMasthead(painter);
    if (index == m_pageCount - 1)
        m_parts.paintImprint(painter);
    if (index < m_bodyPages)
        m_parts.paintPageNumber(painter, number);
    painter.restore();
}

void BulletinPageRenderer::paintFlow(QPainter &painter, const FlowRun &run, int page)
{
    QTextDocument &doc = *run.doc;
    const double pageHeight = doc.pageSize().height();
    painter.save();
    painter.translate(0, -page * pageHeight);
    const QRectF view(0, page * pageHeight, doc.pageSize().width(), pageHeight);
    painter.setClipRect(view);
    drawDocument(doc, painter, view);
    painter.restore();
}

void BulletinPageRenderer::paintTable(QPainter &painter, const TableRun &run, int page)
{
    double top = 0;
    if (page == 0) {
        top = run.top;
        if (run.heading) {
            QTextDocument &heading = *run.heading;
            painter.save();
            painter.translate(0, top);
            drawDocument(heading, painter, QRectF(QPointF(0, 0), heading.pageSize()));
            painter.restore();
            top += run.headingHeight;
        }
    }
    run.table->paint(painter, page, top);
}

} // namespace pingjia
