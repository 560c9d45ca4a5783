// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Builds the flowing part of a bulletin (title, 主送, sections, tables, charts, 附件说明,
// 落款, attachments) as a QTextDocument, so Qt's text engine lays it out and paginates it
// (tables repeat their header row on each page; each attachment starts a new page). Shared
// by the PDF/print renderer and the ODT writer.

#include "models/reports/BulletinContent.h"
#include "models/reports/BulletinFonts.h"

#include <QList>
#include <QTextFormat>

#include <memory>
#include <vector>

class QTextDocument;

namespace pingjia {

// Object type of a chart drawn as vectors by BulletinChartObject.
inline constexpr int kBulletinChartObjectType = QTextFormat::UserObject + 1;
// Property of that object's format: index into BulletinTextDocument::charts.
inline constexpr int kBulletinChartIndexProperty = QTextFormat::UserProperty + 1;

struct BulletinDocumentStyle {
    BulletinFonts fonts; // resolved families
    // Qt's layout scales line heights, top/bottom margins and table lengths from logical
    // pixels (qt_defaultDpiY) to the paint device, but takes indents and left/right margins
    // in device units as they are. The ODF writer reads both as 96-dpi pixels.
    double unitsPerMm = 96 / 25.4;           // scaled lengths
    double horizontalUnitsPerMm = 96 / 25.4; // indents, left and right margins
    double firstPageReserveMm = 0;           // PDF: room above the title for the painted 版头
    bool masthead = false;                   // ODT: 版头 and 版记 as paragraphs of the text
    bool chartsAsObjects = true;             // PDF: vector objects; else images (ODT)
    // ODT: attachments as tables of the text. The PDF lays out their long tables by page
    // (BulletinTablePages) after the flow, under buildBulletinAttachmentHeading().
    bool attachmentsInFlow = true;
    // ODT: the body's tables as tables of the text. The PDF lays them out by page too
    // (Qt's document layout re-walks a long QTextTable for every page it paints: seconds
    // for the internal version's table of every department): the document then stops at
    // each table and the text after it goes on in BulletinTextDocument::continuations.
    bool tablesInFlow = true;
    // PDF: letter spacing for 28 characters a line. Not in ODT: the ODF writer turns a
    // percentage into points (98% → "73pt"); word processors keep their own grid.
    bool characterGrid = true;
    double chartImageDpi = 200;
};

// A table of the body laid out by page (tablesInFlow false) and the text that follows it,
// whose first block is an empty line as tall as setBulletinFlowTop() makes it: the room
// the table takes on the page where it ends, so the text goes on below it. A document
// followed by a table ends with an empty line whose top is where the table starts
// (bulletinFlowEnd()); one with only its first line is followed by another table.
struct BulletinFlowContinuation {
    const BulletinTable *table = nullptr; // in the content given
    std::unique_ptr<QTextDocument> text;
};

struct BulletinTextDocument {
    QList<BulletinChart> charts; // in the order of their objects, in all documents
    std::vector<BulletinFlowContinuation> continuations;
};

// Fills the empty `doc`. Call before the layout has a paint device or page size, so Qt
// lays the document out once.
BulletinTextDocument buildBulletinDocument(QTextDocument &doc, const BulletinContent &content,
                                           const BulletinDocumentStyle &style);

// Where the text of `doc`, followed by a table, ends: the top of its last (empty) line,
// in the units of its layout.
double bulletinFlowEnd(const QTextDocument &doc);

// Sets the height of the first line of a continuation's text, in the lengths of the
// style it was built with (BulletinDocumentStyle::unitsPerMm).
void setBulletinFlowTop(QTextDocument &doc, double height);

// Fills the empty `doc` with the title of a table laid out by page (tablesInFlow false):
// the paragraph the flow would have put above it, then the end line of bulletinFlowEnd().
void buildBulletinTableHeading(QTextDocument &doc, const BulletinTable &table,
                               const BulletinDocumentStyle &style);

// Fills the empty `doc` with the heading of attachment `number` of `count` ("附件N", its
// title and its table's title), for the first page of the attachment.
void buildBulletinAttachmentHeading(QTextDocument &doc, int number, int count,
                                    const BulletinAttachment &attachment,
                                    const BulletinDocumentStyle &style);

} // namespace pingjia
