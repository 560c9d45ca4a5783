// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AppIcon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <cmath>

namespace pingjia {

namespace {

// Same geometry as packaging/pingjia.svg, on a 256-unit canvas.
QPixmap drawIcon(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 256.0, size / 256.0);
    p.setPen(Qt::NoPen);

    p.setBrush(QColor(0x1f, 0x4e, 0x8c));
    p.drawRoundedRect(QRectF(8, 8, 240, 240), 48, 48);

    QPainterPath bubble;
    bubble.addRoundedRect(QRectF(40, 60, 176, 124), 20, 20);
    QPainterPath tail;
    tail.moveTo(80, 180);
    tail.lineTo(120, 184);
    tail.lineTo(80, 216);
    tail.closeSubpath();
    p.setBrush(Qt::white);
    p.drawPath(bubble.united(tail));

    QPolygonF star;
    for (int i = 0; i < 10; ++i) {
        const double angle = -M_PI / 2 + i * M_PI / 5;
        const double radius = i % 2 == 0 ? 38 : 16;
        star << QPointF(128 + radius * std::cos(angle), 122 + radius * std::sin(angle));
    }
    p.setBrush(QColor(0xc8, 0x16, 0x1d));
    p.drawPolygon(star);
    return pixmap;
}

} // namespace

QIcon appIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(drawIcon(size));
    return icon;
}

} // namespace pingjia
