// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Lays out a bulletin on the pages of a paged device and paints them one by one: the text
// flow (QTextDocuments paginated by Qt) with each table of the body laid out by page
// (BulletinTablePages: its title, then its rows, header repeated; the text goes on below
// the table on the page where it ends), then each attachment on pages of its own (its
// heading as a small QTextDocument, its long table by BulletinTablePages), the 版头 on
// page 1, page numbers, and the 版记 on the last page, which GB/T 9704 wants even when
// printed on both sides (a blank page is added when needed; neither carries a number).

#include "models/reports/BulletinContent.h"
#include "models/reports/BulletinPageParts.h"
#include "models/reports/BulletinRender.h"
#include "models/reports/BulletinTextDocument.h"

#include <QTextDocument>

#include <memory>
#include <vector>

class QPagedPaintDevice;
class QPainter;

namespace pingjia {

class BulletinChartObject;
class BulletinTablePages;

class BulletinPageRenderer {
public:
    BulletinPageRenderer(const BulletinContent &content, QPagedPaintDevice &device,
                         const BulletinRenderOptions &options);
    ~BulletinPageRenderer();

    // Builds and lays out everything; returns the number of pages.
    int layout();
    int pageCount() const { return m_pageCount; }
    void paintPage(QPainter &painter, int index);

private:
    // Where the next piece goes: 0-based page, and device units below the 版心 top.
    struct Place {
        int page = 0;
        double y = 0;
    };
    // A document of the text flow, from the top of `firstPage` (its first line keeps
    // what a table above took).
    struct FlowRun {
        QTextDocument *doc = nullptr;
        int firstPage = 0;
        int pages = 1;
    };
    // A table laid out by page under its heading (a body table's title, an attachment's
    // 附件 heading; may be empty), from `top` of `firstPage` on.
    struct TableRun {
        std::unique_ptr<QTextDocument> heading;
        std::unique_ptr<BulletinTablePages> table;
        double headingHeight = 0;
        int firstPage = 0;
        double top = 0;
    };

    double mm(double millimetres) const { return millimetres * m_unitsPerMm; }
    BulletinDocumentStyle documentStyle() const;
    void prepare(QTextDocument &doc);
    void placeFlow(QTextDocument &doc, bool tableNext, Place &at);
    void placeTable(std::unique_ptr<QTextDocument> heading, const BulletinTable &table,
                    bool newPage, Place &at);
    void placeImprint(const Place &end);
    void paintFlow(QPainter &painter, const FlowRun &run, int page);
    void paintTable(QPainter &painter, const TableRun &run, int page);

    const BulletinContent &m_content;
    QPagedPaintDevice &m_device;
    const BulletinRenderOptions &m_options;
    BulletinFonts m_fonts;
    double m_unitsPerMm;
    BulletinPageParts m_parts;
    QTextDocument m_doc;
    BulletinTextDocument m_built; // the text after each body table
    std::unique_ptr<BulletinChartObject> m_charts;
    std::vector<FlowRun> m_flows;
    std::vector<TableRun> m_tables; // of the body, then the attachments
    int m_bodyPages = 0;            // flow and attachments: the numbered pages
    int m_pageCount = 0;            // with a blank page and a 版记 page of their own when needed
};

} // namespace pingjia
