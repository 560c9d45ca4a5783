// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Draws a BulletinChart with Qt Charts: as vectors into any painter (PDF, printer) or as
// an image (ODT). The QChart lives in a bare QGraphicsScene only while it is drawn (an
// un-shown QChartView clips its title). Qt Charts parents some objects to the application,
// so off the GUI thread the chart is painted by the GUI thread while the caller waits: the
// GUI thread must keep running its event loop meanwhile.

#include "models/reports/BulletinContent.h"
#include "models/reports/BulletinFonts.h"

#include <QImage>
#include <QRectF>
#include <QSizeF>

class QPainter;

namespace pingjia {

// Size the chart takes in the 版心, in millimetres (ranking bars grow with their units).
QSizeF bulletinChartSizeMm(const BulletinChart &chart);

void paintBulletinChart(QPainter &painter, const QRectF &target, const BulletinChart &chart,
                        const BulletinFonts &fonts);

QImage bulletinChartImage(const BulletinChart &chart, const BulletinFonts &fonts, double dpi);

} // namespace pingjia
