// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/ChartImage.h"

#include "models/reports/ExportFile.h"

#include <QChart>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

namespace pingjia {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ChartImage", text);
}

void drawChart(QChart &chart, QPainter &painter, QSize size)
{
    QGraphicsScene scene;
    scene.addItem(&chart);
    chart.setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    scene.setSceneRect(chart.geometry());
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), chart.geometry());
    scene.removeItem(&chart);
}

bool writePng(QChart &chart, const QString &path, QSize size, QString *error)
{
    constexpr qreal kScale = 2;
    QImage image(size * kScale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(kScale);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        drawChart(chart, painter, size);
    }
    if (image.save(path, "PNG"))
        return true;
    *error = tr("Cannot write the image %1.").arg(QDir::toNativeSeparators(path));
    return false;
}

bool writeSvg(QChart &chart, const QString &path, QSize size, const QString &title, QString *error)
{
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(title);
    QPainter painter;
    if (!painter.begin(&svg)) {
        *error = tr("Cannot write the image %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
    drawChart(chart, painter, size);
    return painter.end();
}

} // namespace

bool saveChartImage(QChart &chart, const QString &path, QSize size, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"png" && suffix != u"svg") {
        *error = tr("Save the chart as .png or .svg.");
        return false;
    }
    return replaceFileAtomically(
        path,
        [&](const QString &temporary, QString *why) {
            return suffix == u"svg" ? writeSvg(chart, temporary, size, chart.title(), why)
                                    : writePng(chart, temporary, size, why);
        },
        error);
}

} // namespace pingjia
