// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Draws the chart objects of a bulletin's QTextDocument as vectors, where the layout put
// them (the layout moves a chart that does not fit to the next page).

#include "models/reports/BulletinContent.h"
#include "models/reports/BulletinFonts.h"

#include <QObject>
#include <QTextObjectInterface>

namespace pingjia {

class BulletinChartObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    BulletinChartObject(QList<BulletinChart> charts, BulletinFonts fonts, double unitsPerMm,
                        QObject *parent = nullptr);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

private:
    const BulletinChart *chartOf(const QTextFormat &format) const;

    QList<BulletinChart> m_charts;
    BulletinFonts m_fonts;
    double m_unitsPerMm;
};

} // namespace pingjia
