// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Lays out a bulletin on the pages of a paged device and paints them one by one: the text
// flow (a QTextDocument paginated by Qt), then each attachment on pages of its own (its
// heading as a small QTextDocument, its long table by BulletinTablePages), the 版头 on
// page 1, page numbers, and the 版记 on the last page, which GB/T 9704 wants even when
// printed on both sides (a blank page is added when needed; neither carries a number).

#include "models/reports/BulletinContent.h"
#include "models/reports/BulletinPageParts.h"
#include "models/reports/BulletinRender.h"

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
    struct Attachment {
        std::unique_ptr<QTextDocument> heading;
        std::unique_ptr<BulletinTablePages> table;
        int firstPage = 0; // 0-based page of the document
    };

    double mm(double millimetres) const { return millimetres * m_unitsPerMm; }
    double flowLastPageUsedMm() const;
    double bodyLastPageUsedMm() const;
    void layoutAttachments();
    void placeImprint();
    void paintFlow(QPainter &painter, int index);
    void paintAttachmentPage(QPainter &painter, int index);

    const BulletinContent &m_content;
    QPagedPaintDevice &m_device;
    const BulletinRenderOptions &m_options;
    BulletinFonts m_fonts;
    double m_unitsPerMm;
    BulletinPageParts m_parts;
    QTextDocument m_doc;
    std::unique_ptr<BulletinChartObject> m_charts;
    std::vector<Attachment> m_attachments;
    int m_flowPages = 0;
    int m_bodyPages = 0; // flow and attachments: the numbered pages
    int m_pageCount = 0; // with a blank page and a 版记 page of their own when needed
};

} // namespace pingjia
