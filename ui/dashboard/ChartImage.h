// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A chart saved as an image: PNG (raster, twice the pixels for sharp print) or SVG
// (vector, QSvgGenerator), chosen by the file's suffix. The chart is drawn in a bare
// QGraphicsScene at the given size, never from an on-screen view (an un-shown view clips
// the title; see ANCHORS "Charts into PDF").

#include <QSize>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace pingjia {

// Draws `chart` (not in any scene; it is put back out of the scene afterwards) at `size`
// into `path` (.png or .svg). False with a translated `error` otherwise. 0600.
bool saveChartImage(QChart &chart, const QString &path, QSize size, QString *error);

} // namespace pingjia
