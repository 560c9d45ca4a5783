// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reports/BulletinChartObject.h"

#include "models/reports/BulletinChartPainter.h"
#include "models/reports/BulletinTextDocument.h"

#include <QPainter>

namespace pingjia {

BulletinChartObject::BulletinChartObject(QList<BulletinChart> charts, BulletinFonts fonts,
                                         double unitsPerMm, QObject *parent)
    : QObject(parent), m_charts(std::move(charts)), m_fonts(std::move(fonts)),
      m_unitsPerMm(unitsPerMm)
{
}

const BulletinChart *BulletinChartObject::chartOf(const QTextFormat &format) const
{
    const int index = format.intProperty(kBulletinChartIndexProperty);
    return index >= 0 && index < m_charts.size() ? &m_charts.at(index) : nullptr;
}

QSizeF BulletinChartObject::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    const BulletinChart *chart = chartOf(format);
    return chart ? bulletinChartSizeMm(*chart) * m_unitsPerMm : QSizeF();
}

void BulletinChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                     const QTextFormat &format)
{
    // The layout also asks for objects of the next page that touch this page's clip, and
    // a chart scene does not keep to the painter's clip: draw a chart on its own page only.
    if (painter->hasClipping() && !painter->clipBoundingRect().contains(rect.center()))
        return;
    if (const BulletinChart *chart = chartOf(format)) {
        painter->save();
        paintBulletinChart(*painter, rect, *chart, m_fonts);
        painter->restore();
    }
}

} // namespace pingjia
