// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reports/BulletinTextDocument.h"

#include "models/reports/BulletinChartPainter.h"
#include "models/reports/BulletinPageGeometry.h"
#include "models/reports/BulletinTablePages.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <QUrl>

#include <algorithm>

namespace pingjia {

namespace {

using namespace gbt9704;

// The words of the document format (GB/T 9704 prescribes them in Chinese).
const QString kColon = QStringLiteral("：");
const QString kAttachment = QStringLiteral("附件");
const QString kCopyTo = QStringLiteral("抄送");
const QString kPrinted = QStringLiteral("印发");

// Letter spacing that puts 28 characters of 3号 in the 156 mm 版心 (5.571 mm a character
// against a 5.644 mm em): slightly under, so the 28th fits and a 29th does not; justified
// lines then fill the width exactly.
constexpr double kBodyLetterSpacingPercent = 100.0 * (kCharPitchMm - 0.01) / (kSize3Pt * kPointMm);

class Builder {
public:
    Builder(QTextDocument &doc, const BulletinDocumentStyle &style)
        : m_doc(&doc), m_style(style), m_cursor(&doc)
    {
    }

    BulletinTextDocument build(const BulletinContent &content)
    {
        m_cursor.beginEditBlock();
        if (m_style.masthead)
            addMasthead(content);
        addTitle(content.header.title);
        if (!content.header.recipients.isEmpty())
            paragraph(content.header.recipients + kColon, body(), 0, Qt::AlignJustify);
        for (const BulletinBlock &block : content.preamble)
            addBlock(block, nullptr);
        for (int i = 0; i < content.sections.size(); ++i)
            addSection(i + 1, content.sections.at(i));
        addAttachmentNote(content.attachments);
        addSignature(content.header);
        if (m_style.attachmentsInFlow) {
            for (int i = 0; i < content.attachments.size(); ++i)
                addAttachment(i + 1, content.attachments.size(), content.attachments.at(i));
        }
        if (m_style.masthead)
            addImprint(content);
        m_cursor.endEditBlock();
        return std::move(m_result);
    }

private:
    double mm(double millimetres) const { return millimetres * m_style.unitsPerMm; }
    double chars(double n) const { return n * kCharPitchMm * m_style.horizontalUnitsPerMm; }

    QTextCharFormat font(const QString &family, double points) const
    {
        QTextCharFormat format;
        format.setFontFamilies(QStringList{family});
        // The ODF writer of Qt 6.4 reads only the old single-family property.
        format.setProperty(QTextFormat::FontFamily, family);
        format.setFontPointSize(points);
        format.setForeground(Qt::black);
        return format;
    }
    QTextCharFormat body() const
    {
        QTextCharFormat format = font(m_style.fonts.body, kSize3Pt);
        if (m_style.characterGrid) {
            format.setFontLetterSpacingType(QFont::PercentageSpacing);
            format.setFontLetterSpacing(kBodyLetterSpacingPercent);
        }
        return format;
    }

    QTextBlockFormat lineFormat(Qt::Alignment align, double indentChars) const
    {
        QTextBlockFormat format;
        format.setAlignment(align);
        format.setTextIndent(chars(indentChars));
        format.setLineHeight(mm(kLinePitchMm), QTextBlockFormat::FixedHeight);
        return format;
    }

    // Starts a new block, or reuses the current one when it is empty by construction.
    void startBlock(const QTextBlockFormat &format, const QTextCharFormat &chars)
    {
        if (m_reuseBlock) {
            m_cursor.setBlockFormat(format);
            m_cursor.setBlockCharFormat(chars);
            m_cursor.setCharFormat(chars);
            m_reuseBlock = false;
        } else {
            m_cursor.insertBlock(format, chars);
        }
    }

    void paragraph(const QString &text, const QTextCharFormat &chars, double indentChars,
                   Qt::Alignment align, double topMarginMm = 0)
    {
        QTextBlockFormat format = lineFormat(align, indentChars);
        format.setTopMargin(mm(topMarginMm));
        startBlock(format, chars);
        m_cursor.insertText(text, chars);
    }
    void blankLine() { paragraph(QString(), body(), 0, Qt::AlignLeft); }

    void addMasthead(const BulletinContent &content)
    {
        // ODT only: the PDF paints the 版头 at the standard's exact places.
        paragraph(bulletinVersionMark(content.version), font(m_style.fonts.heading, kSize3Pt), 0,
                  Qt::AlignLeft);
        QTextCharFormat office = font(m_style.fonts.title, kOfficeMaxPt);
        office.setForeground(QColor(0xE6, 0x00, 0x12));
        QTextBlockFormat officeFormat;
        officeFormat.setAlignment(Qt::AlignHCenter);
        officeFormat.setTopMargin(mm(kOfficeTopMm - 2 * kLinePitchMm));
        startBlock(officeFormat, office);
        m_cursor.insertText(content.header.issuingOffice, office);
        blankLine();
        paragraph(content.header.documentNumber, body(), 0, Qt::AlignHCenter);
        addRedRuleImage();
        blankLine();
    }

    void addRedRuleImage()
    {
        QImage rule(QSize(1560, 8), QImage::Format_RGB32);
        rule.fill(QColor(0xE6, 0x00, 0x12));
        const QUrl name(QStringLiteral("bulletin-red-rule.png"));
        m_doc->addResource(QTextDocument::ImageResource, name, rule);
        QTextBlockFormat format;
        format.setAlignment(Qt::AlignHCenter);
        format.setTopMargin(mm(kRuleBelowNumberMm - 2));
        startBlock(format, body());
        QTextImageFormat image;
        image.setName(name.toString());
        image.setWidth(mm(kTextWidthMm));
        image.setHeight(mm(kRedRuleWidthMm));
        m_cursor.insertImage(image);
    }

    void addTitle(const QString &title)
    {
        if (m_style.firstPageReserveMm > 0) {
            // One empty line as tall as the painted 版头 (a top margin on the first block
            // of a page is dropped by the paged layout).
            QTextBlockFormat spacer;
            spacer.setLineHeight(mm(m_style.firstPageReserveMm), QTextBlockFormat::FixedHeight);
            startBlock(spacer, body());
        }
        QTextBlockFormat format = lineFormat(Qt::AlignHCenter, 0);
        startBlock(format, font(m_style.fonts.title, kSize2Pt));
        m_cursor.insertText(title, font(m_style.fonts.title, kSize2Pt));
        blankLine();
    }

    void addSection(int number, const BulletinSection &section)
    {
        paragraph(bulletinSectionNumber(number) + section.heading,
                  font(m_style.fonts.heading, kSize3Pt), 2, Qt::AlignJustify);
        int subNumber = 0;
        for (const BulletinBlock &block : section.blocks)
            addBlock(block, &subNumber);
    }

    void addBlock(const BulletinBlock &block, int *subNumber)
    {
        switch (block.kind) {
        case BulletinBlock::Kind::Paragraph:
            paragraph(block.text, body(), 2, Qt::AlignJustify);
            break;
        case BulletinBlock::Kind::SubHeading: {
            const QString number = subNumber ? bulletinSubHeadingNumber(++*subNumber) : QString();
            paragraph(number + block.text, font(m_style.fonts.subheading, kSize3Pt), 2,
                      Qt::AlignJustify);
            break;
        }
        case BulletinBlock::Kind::Table:
            if (m_style.tablesInFlow)
                addTable(block.table);
            else
                continueAfter(block.table);
            break;
        case BulletinBlock::Kind::Chart:
            addChart(block.chart);
            break;
        }
    }

    // The table goes to the renderer; the text after it to a new document, which starts
    // with the line the renderer sizes to the table's room on its last page.
    void continueAfter(const BulletinTable &table)
    {
        if (table.headers.isEmpty())
            return;
        // An empty line of a tiny font ends the text before the table: its top is where
        // the table starts (the bottom of the last block misses a line Qt moved to the next
        // page, as it moves a chart that does not fit). Not after a table alone.
        const bool onlyTheFirstLine = !m_result.continuations.empty() && m_doc->blockCount() == 1;
        if (!onlyTheFirstLine)
            addEnd();
        m_cursor.endEditBlock();
        m_result.continuations.push_back({&table, std::make_unique<QTextDocument>()});
        m_doc = m_result.continuations.back().text.get();
        m_doc->setDocumentMargin(0);
        m_doc->setUndoRedoEnabled(false);
        m_cursor = QTextCursor(m_doc);
        m_cursor.beginEditBlock();
        m_reuseBlock = true;
        startBlock(QTextBlockFormat(), body());
    }

    void addTableTitle(const BulletinTable &table)
    {
        if (!table.title.isEmpty())
            paragraph(table.title, font(m_style.fonts.heading, kSize4Pt), 0, Qt::AlignHCenter);
    }
    // Ends the text with an empty line of a tiny font, whose top bulletinFlowEnd() reads.
    void addEnd() { startBlock(QTextBlockFormat(), font(m_style.fonts.body, 1)); }

public:
    void addTableTitleAndEnd(const BulletinTable &table)
    {
        addTableTitle(table);
        addEnd();
    }

private:
    void addTable(const BulletinTable &table)
    {
        const int columns = int(table.headers.size());
        if (columns == 0)
            return;
        addTableTitle(table);
        QTextTableFormat format;
        format.setBorder(mm(0.5 * kPointMm));
        format.setBorderBrush(Qt::black);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderCollapse(true);
        format.setCellSpacing(0);
        format.setCellPadding(mm(1.0));
        format.setHeaderRowCount(1);
        format.setAlignment(Qt::AlignHCenter);
        // The ODF writer prints a length's raw value with "pt" (100% → "100pt"): give it
        // fixed widths in points there; the PDF layout takes percentages of the 版心.
        const bool fixed = !m_style.characterGrid;
        const double widthPt = kTextWidthMm / kPointMm;
        format.setWidth(fixed ? QTextLength(QTextLength::FixedLength, widthPt)
                              : QTextLength(QTextLength::PercentageLength, 100));
        const QList<double> weights = bulletinColumnWeights(table);
        double total = 0;
        for (double w : weights)
            total += w;
        QList<QTextLength> widths;
        for (double w : weights)
            widths << (fixed ? QTextLength(QTextLength::FixedLength, widthPt * w / total)
                             : QTextLength(QTextLength::PercentageLength, 100.0 * w / total));
        format.setColumnWidthConstraints(widths);
        QTextTable *t = m_cursor.insertTable(int(table.rows.size()) + 1, columns, format);
        // With collapsed borders Qt draws the cells' borders, not the table's.
        m_cellFormat = QTextTableCellFormat();
        m_cellFormat.setVerticalAlignment(QTextCharFormat::AlignMiddle);
        m_cellFormat.setBorder(format.border());
        m_cellFormat.setBorderBrush(Qt::black);
        m_cellFormat.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        m_cellFormat.setTopPadding(mm(0.6));
        m_cellFormat.setBottomPadding(mm(0.6));
        m_cellFormat.setLeftPadding(mm(1.0));
        m_cellFormat.setRightPadding(mm(1.0));
        const QTextCharFormat headerChars = font(m_style.fonts.heading, kTablePt);
        const QTextCharFormat cellChars = font(m_style.fonts.body, kTablePt);
        for (int c = 0; c < columns; ++c)
            fillCell(t, 0, c, table.headers.at(c), headerChars, Qt::AlignCenter);
        for (int r = 0; r < table.rows.size(); ++r) {
            const QStringList &row = table.rows.at(r);
            for (int c = 0; c < columns && c < row.size(); ++c) {
                const Qt::Alignment align = table.numericColumns.contains(c)
                                                ? Qt::AlignRight | Qt::AlignVCenter
                                                : Qt::AlignHCenter | Qt::AlignVCenter;
                fillCell(t, r + 1, c, row.at(c), cellChars, align);
            }
        }
        // Qt keeps a block after every table: the next paragraph reuses it.
        m_cursor.movePosition(QTextCursor::End);
        m_reuseBlock = true;
        if (!table.note.isEmpty())
            paragraph(table.note, font(m_style.fonts.body, kTablePt), 0, Qt::AlignLeft);
    }

    void fillCell(QTextTable *table, int row, int column, const QString &text,
                  const QTextCharFormat &chars, Qt::Alignment align)
    {
        QTextTableCell cell = table->cellAt(row, column);
        cell.setFormat(m_cellFormat);
        QTextCursor cursor = cell.firstCursorPosition();
        QTextBlockFormat format;
        format.setAlignment(align & Qt::AlignHorizontal_Mask);
        format.setLineHeight(mm(kTablePt * kPointMm * 1.3), QTextBlockFormat::FixedHeight);
        cursor.setBlockFormat(format);
        cursor.insertText(text, chars);
    }

    void addChart(const BulletinChart &chart)
    {
        QTextBlockFormat format;
        format.setAlignment(Qt::AlignHCenter);
        startBlock(format, body());
        const QSizeF size = bulletinChartSizeMm(chart);
        if (m_style.chartsAsObjects) {
            QTextCharFormat object;
            object.setObjectType(kBulletinChartObjectType);
            object.setProperty(kBulletinChartIndexProperty, int(m_result.charts.size()));
            m_result.charts << chart;
            m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
            return;
        }
        const QUrl name(QStringLiteral("bulletin-chart-%1.png").arg(++m_imageCount));
        m_doc->addResource(QTextDocument::ImageResource, name,
                           bulletinChartImage(chart, m_style.fonts, m_style.chartImageDpi));
        QTextImageFormat image;
        image.setName(name.toString());
        image.setWidth(mm(size.width()));
        image.setHeight(mm(size.height()));
        m_cursor.insertImage(image);
    }

    void addAttachmentNote(const QList<BulletinAttachment> &attachments)
    {
        if (attachments.isEmpty())
            return;
        blankLine();
        const QString lead = kAttachment + kColon;
        for (int i = 0; i < attachments.size(); ++i) {
            const QString number =
                attachments.size() > 1 ? QStringLiteral("%1.").arg(i + 1) : QString();
            const QString text = (i == 0 ? lead : QString()) + number + attachments.at(i).title;
            QTextBlockFormat format = lineFormat(Qt::AlignLeft, 0);
            // Later titles align under the first one (左空二字 + "附件：").
            format.setLeftMargin(chars(i == 0 ? 2 : 5));
            startBlock(format, body());
            m_cursor.insertText(text, body());
        }
    }

    void addSignature(const BulletinHeader &header)
    {
        if (header.signature.isEmpty() && !header.writtenOn.isValid())
            return;
        blankLine();
        // 署名右空二字; the date starts two characters right of the 署名, unless longer,
        // then the date keeps 右空二字 and the 署名 moves left (GB/T 9704 7.3.5.2).
        const QString date = bulletinDateText(header.writtenOn);
        const double signatureChars = bulletinVisualChars(header.signature);
        const double dateChars = bulletinVisualChars(date);
        double signatureRight = 2;
        double dateRight = 2 + signatureChars - 2 - dateChars;
        if (dateRight < 2) {
            dateRight = 2;
            signatureRight = dateRight + dateChars + 2 - signatureChars;
        }
        QTextBlockFormat format = lineFormat(Qt::AlignRight, 0);
        format.setRightMargin(chars(signatureRight));
        startBlock(format, body());
        m_cursor.insertText(header.signature, body());
        format.setRightMargin(chars(dateRight));
        startBlock(format, body());
        m_cursor.insertText(date, body());
    }

public:
    // 附件 另面编排: "附件N" 黑体 top left of the first line, title centred on line 3, then
    // the table's own title.
    void addAttachmentHeading(int number, int count, const BulletinAttachment &attachment,
                              bool pageBreak)
    {
        QTextBlockFormat format = lineFormat(Qt::AlignLeft, 0);
        if (pageBreak)
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        startBlock(format, font(m_style.fonts.heading, kSize3Pt));
        m_cursor.insertText(count > 1 ? kAttachment + QString::number(number) : kAttachment,
                            font(m_style.fonts.heading, kSize3Pt));
        blankLine();
        paragraph(attachment.title, font(m_style.fonts.title, kSize2Pt), 0, Qt::AlignHCenter);
        blankLine();
        if (!attachment.table.title.isEmpty())
            paragraph(attachment.table.title, font(m_style.fonts.heading, kSize4Pt), 0,
                      Qt::AlignHCenter);
    }

private:
    void addAttachment(int number, int count, const BulletinAttachment &attachment)
    {
        addAttachmentHeading(number, count, attachment, true);
        BulletinTable table = attachment.table;
        table.title.clear(); // printed by the heading
        addTable(table);
    }

    void addImprint(const BulletinContent &content)
    {
        // ODT only: the PDF paints the 版记 at the foot of the last page.
        const BulletinHeader &h = content.header;
        blankLine();
        const QTextCharFormat chars4 = font(m_style.fonts.body, kSize4Pt);
        paragraph(bulletinVersionMark(content.version), chars4, 0, Qt::AlignLeft);
        if (!h.copyTo.isEmpty())
            paragraph(kCopyTo + kColon + h.copyTo, chars4, 0, Qt::AlignLeft);
        paragraph(h.printedBy + QStringLiteral("　　") + bulletinDateText(h.printedOn) + kPrinted,
                  chars4, 0, Qt::AlignLeft);
    }

    QTextDocument *m_doc; // the one being filled: the first, or the last continuation
    const BulletinDocumentStyle &m_style;
    QTextCursor m_cursor;
    BulletinTextDocument m_result;
    QTextTableCellFormat m_cellFormat;
    bool m_reuseBlock = true; // the document's first block, or the one after a table
    int m_imageCount = 0;
};

} // namespace

double bulletinFlowEnd(const QTextDocument &doc)
{
    const QTextLayout *last = doc.lastBlock().layout();
    // A line moved to the next page keeps its block's position and is offset itself.
    return last->position().y() + (last->lineCount() > 0 ? last->lineAt(0).y() : 0);
}

void setBulletinFlowTop(QTextDocument &doc, double height)
{
    QTextCursor cursor(doc.firstBlock());
    QTextBlockFormat format = cursor.blockFormat();
    format.setLineHeight(height, QTextBlockFormat::FixedHeight);
    cursor.setBlockFormat(format);
}

void buildBulletinTableHeading(QTextDocument &doc, const BulletinTable &table,
                               const BulletinDocumentStyle &style)
{
    doc.setDocumentMargin(0);
    doc.setUndoRedoEnabled(false);
    Builder(doc, style).addTableTitleAndEnd(table);
}

void buildBulletinAttachmentHeading(QTextDocument &doc, int number, int count,
                                    const BulletinAttachment &attachment,
                                    const BulletinDocumentStyle &style)
{
    doc.setDocumentMargin(0);
    doc.setUndoRedoEnabled(false);
    Builder(doc, style).addAttachmentHeading(number, count, attachment, false);
}

BulletinTextDocument buildBulletinDocument(QTextDocument &doc, const BulletinContent &content,
                                           const BulletinDocumentStyle &style)
{
    doc.setDocumentMargin(0);
    doc.setUndoRedoEnabled(false);
    return Builder(doc, style).build(content);
}

} // namespace pingjia
