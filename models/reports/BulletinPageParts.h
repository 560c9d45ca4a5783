// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The parts of a bulletin page that sit at fixed places of GB/T 9704-2012 rather than in
// the text flow: the 版头 (version mark, red 发文机关标志, 文号, red rule), the page number
// "— N —" and the 版记 at the foot of the last page. Painted in 版心 coordinates (origin at
// the 版心's top left, device units).

#include "models/reports/BulletinContent.h"
#include "models/reports/BulletinFonts.h"

#include <QColor>
#include <QFont>

class QPainter;
class QPaintDevice;

namespace pingjia {

// Red of the 版头 (Y80 M80 in print). Qt 6.4's PDF engine writes RGB only: this is the
// usual screen equivalent of 公文红.
inline const QColor kBulletinRed(0xE6, 0x00, 0x12);

class BulletinPageParts {
public:
    BulletinPageParts(const BulletinContent &content, const BulletinFonts &fonts,
                      const QPaintDevice &device);

    // Where things land, in millimetres below the 版心 top.
    double officeTopMm() const;
    double numberTopMm() const;
    double redRuleMm() const;
    // The title's first line: two lines below the red rule (its em box top).
    double titleTopMm() const;
    // Top of the line box that puts the title's em box at titleTopMm() in the text flow.
    double titleLineTopMm() const;
    // Height of the 版记, whose last rule lies on the 版心 bottom.
    double imprintHeightMm() const;

    void paintMasthead(QPainter &painter) const;
    void paintPageNumber(QPainter &painter, int pageNumber) const;
    void paintImprint(QPainter &painter) const;

private:
    double mm(double millimetres) const { return millimetres * m_unitsPerMm; }
    QFont font(const QString &family, double points) const;
    // Width of `text` in `f` as drawLine() draws it (device units).
    double advance(const QFont &f, const QString &text) const;
    // Draws `text` on one line with its baseline at (x, baseline), in the painter's pen:
    // through Qt's text engine laid out for the device (not the painter's: a picture
    // recorded for the preview keeps the device's resolution), Latin runs in the Latin face.
    void drawLine(QPainter &painter, const QFont &f, double x, double baseline,
                  const QString &text) const;
    // Draws `text` between x `left` and `right` (device units) with its em box top at
    // `emTopMm` below the 版心 top.
    void drawAtEmTop(QPainter &painter, const QFont &f, double left, double right, double emTopMm,
                     Qt::Alignment align, const QString &text) const;
    // Draws `text` vertically centred in `row`, at its left or right end.
    void drawInRow(QPainter &painter, const QFont &f, const QRectF &row, Qt::Alignment align,
                   const QString &text) const;
    int imprintRows() const;

    const BulletinContent &m_content;
    const BulletinFonts &m_fonts;
    const QPaintDevice &m_device;
    double m_unitsPerMm;
    double m_officePt;
};

} // namespace pingjia
