// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reports/BulletinPageParts.h"

#include "models/reports/BulletinPageGeometry.h"
#include "models/reports/LatinFace.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <memory>

namespace pingjia {

using namespace gbt9704;

namespace {
const QString kCopyTo = QStringLiteral("抄送：");
const QString kPrinted = QStringLiteral("印发");
// CJK faces draw the ideographic em box from 0.88 em above the baseline to 0.12 em below
// (Noto CJK, SimSun within 0.02 em). GB/T 9704 measures to that box, not to the font's
// line box, so texts at fixed places are set by their em box.
constexpr double kEmAscent = 0.88;
} // namespace

BulletinPageParts::BulletinPageParts(const BulletinContent &content, const BulletinFonts &fonts,
                                     const QPaintDevice &device)
    : m_content(content), m_fonts(fonts), m_device(device),
      m_unitsPerMm(unitsPerMm(device.logicalDpiX())), m_officePt(kOfficeMaxPt)
{
    // The 发文机关标志 keeps within the 版心 width (GB/T 9704 7.2.1).
    const double width = advance(font(fonts.title, kOfficeMaxPt), content.header.issuingOffice);
    if (width > mm(kTextWidthMm))
        m_officePt = kOfficeMaxPt * mm(kTextWidthMm) / width * 0.98;
}

QFont BulletinPageParts::font(const QString &family, double points) const
{
    QFont f(family);
    f.setFamilies({family});
    f.setPointSizeF(points);
    return f;
}

double BulletinPageParts::officeTopMm() const
{
    return kOfficeTopMm;
}

double BulletinPageParts::numberTopMm() const
{
    // 文号 two lines below the 发文机关标志.
    return officeTopMm() + m_officePt * kPointMm + 2 * kLinePitchMm;
}

double BulletinPageParts::redRuleMm() const
{
    return numberTopMm() + kSize3Pt * kPointMm + kRuleBelowNumberMm;
}

double BulletinPageParts::titleTopMm() const
{
    return redRuleMm() + 2 * kLinePitchMm;
}

double BulletinPageParts::titleLineTopMm() const
{
    // Qt's text layout sets the baseline of a FixedHeight line 4/5 of the height below its
    // top (QTextDocumentLayout, getLineHeightParams); the em box top lies 0.88 em above.
    const double emTopInLine = 0.8 * kLinePitchMm - kEmAscent * kSize2Pt * kPointMm;
    return titleTopMm() - emTopInLine;
}

int BulletinPageParts::imprintRows() const
{
    return m_content.header.copyTo.isEmpty() ? 2 : 3;
}

double BulletinPageParts::imprintHeightMm() const
{
    return imprintRows() * kLinePitchMm;
}

namespace {

// One line of `text` laid out by Qt's text engine for `device`, Latin runs in the Latin face
// of `f` (LatinFace.h: else pdftotext loses digits after Latin letters).
std::unique_ptr<QTextLayout> lineLayout(const QFont &f, const QString &text,
                                        const QPaintDevice &device)
{
    auto layout = std::make_unique<QTextLayout>(text, f, const_cast<QPaintDevice *>(&device));
    layout->setFormats(latinFaceRanges(text, f.family()));
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    layout->setTextOption(option);
    layout->beginLayout();
    QTextLine line = layout->createLine();
    if (line.isValid())
        line.setPosition(QPointF(0, 0));
    layout->endLayout();
    return layout;
}

} // namespace

double BulletinPageParts::advance(const QFont &f, const QString &text) const
{
    const auto layout = lineLayout(f, text, m_device);
    return layout->lineCount() ? layout->lineAt(0).naturalTextWidth() : 0;
}

void BulletinPageParts::drawLine(QPainter &painter, const QFont &f, double x, double baseline,
                                 const QString &text) const
{
    const auto layout = lineLayout(f, text, m_device);
    if (layout->lineCount() == 0)
        return;
    layout->draw(&painter, QPointF(x, baseline - layout->lineAt(0).ascent()));
}

void BulletinPageParts::drawInRow(QPainter &painter, const QFont &f, const QRectF &row,
                                  Qt::Alignment align, const QString &text) const
{
    // Centred on the CJK face's line box, as QPainter::drawText(rect, AlignVCenter) does.
    const QFontMetricsF metrics(f, const_cast<QPaintDevice *>(&m_device));
    const double baseline = row.top() + (row.height() - metrics.height()) / 2 + metrics.ascent();
    const double x = align & Qt::AlignRight ? row.right() - advance(f, text) : row.left();
    drawLine(painter, f, x, baseline, text);
}

void BulletinPageParts::drawAtEmTop(QPainter &painter, const QFont &f, double left, double right,
                                    double emTopMm, Qt::Alignment align, const QString &text) const
{
    const double width = advance(f, text);
    double x = left;
    if (align & Qt::AlignRight)
        x = right - width;
    else if (align & Qt::AlignHCenter)
        x = (left + right - width) / 2;
    const double baseline = mm(emTopMm + kEmAscent * f.pointSizeF() * kPointMm);
    drawLine(painter, f, x, baseline, text);
}

void BulletinPageParts::paintMasthead(QPainter &painter) const
{
    const double width = mm(kTextWidthMm);
    const QString version = bulletinVersionMark(m_content.version);
    // The version stands where GB/T 9704 puts 密级 and 紧急程度: top left, 3号黑体.
    painter.setPen(Qt::black);
    drawAtEmTop(painter, font(m_fonts.heading, kSize3Pt), 0, width, 0, Qt::AlignLeft, version);
    painter.setPen(kBulletinRed);
    drawAtEmTop(painter, font(m_fonts.title, m_officePt), 0, width, officeTopMm(), Qt::AlignHCenter,
                m_content.header.issuingOffice);
    painter.setPen(Qt::black);
    drawAtEmTop(painter, font(m_fonts.body, kSize3Pt), 0, width, numberTopMm(), Qt::AlignHCenter,
                m_content.header.documentNumber);
    const double rule = mm(kRedRuleWidthMm);
    painter.fillRect(QRectF(0, mm(redRuleMm()) - rule / 2, width, rule), kBulletinRed);
}

void BulletinPageParts::paintPageNumber(QPainter &painter, int pageNumber) const
{
    // "— N —", 4号宋体, 7 mm below the 版心; odd pages right, even pages left, one
    // character in.
    const double oneChar = mm(kSize4Pt * kPointMm);
    painter.setPen(Qt::black);
    drawAtEmTop(painter, font(m_fonts.pageNumber, kSize4Pt), oneChar, mm(kTextWidthMm) - oneChar,
                kTextHeightMm + kPageNumberBelowMm, pageNumber % 2 ? Qt::AlignRight : Qt::AlignLeft,
                QStringLiteral("— %1 —").arg(pageNumber));
}

void BulletinPageParts::paintImprint(QPainter &painter) const
{
    const double width = mm(kTextWidthMm);
    const double pitch = mm(kLinePitchMm);
    const double bottom = mm(kTextHeightMm);
    const double top = bottom - imprintRows() * pitch;
    const double oneChar = mm(kSize4Pt * kPointMm);
    const QFont imprintFont = font(m_fonts.body, kSize4Pt);
    painter.setPen(Qt::black);
    auto row = [&](int index) {
        return QRectF(oneChar, top + index * pitch, width - 2 * oneChar, pitch);
    };
    auto rule = [&](double y, double thicknessMm) {
        const double t = mm(thicknessMm);
        painter.fillRect(QRectF(0, y - t / 2, width, t), Qt::black);
    };
    const BulletinHeader &h = m_content.header;
    int index = 0;
    drawInRow(painter, imprintFont, row(index++), Qt::AlignLeft,
              bulletinVersionMark(m_content.version));
    if (!h.copyTo.isEmpty())
        drawInRow(painter, imprintFont, row(index++), Qt::AlignLeft, kCopyTo + h.copyTo);
    drawInRow(painter, imprintFont, row(index), Qt::AlignLeft, h.printedBy);
    drawInRow(painter, imprintFont, row(index), Qt::AlignRight,
              bulletinDateText(h.printedOn) + kPrinted);
    rule(top, kImprintThickRuleMm);
    for (int i = 1; i < imprintRows(); ++i)
        rule(top + i * pitch, kImprintThinRuleMm);
    rule(bottom, kImprintThickRuleMm);
}

} // namespace pingjia
