// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reports/BulletinChartPainter.h"

#include "models/reports/BulletinPageGeometry.h"
#include "models/reports/LatinFace.h"
#include "models/reports/Logging.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QPainter>
#include <QPieSeries>
#include <QStackedBarSeries>
#include <QThread>
#include <QValueAxis>

#include <algorithm>
#include <memory>

namespace pingjia {

namespace {

// Scene units are points, so fonts given in pixels come out at that many points.
constexpr int kTitlePt = 11;
constexpr int kLabelPt = 8;

// Latin letters and digits of the labels in the Latin face, Chinese in `family` (LatinFace.h:
// else pdftotext loses the digits of "A1窗口"). Qt Charts draws its labels as whole strings,
// so the face is chosen per character by the font's families, not by runs: the few ASCII-
// like signs the Latin face also has (“ ” — …) take it too in a chart.
QFont fontOf(const QString &family, int points)
{
    QFont font(family);
    font.setFamilies(latinFirstFamilies(family));
    font.setPixelSize(points);
    return font;
}

QValueAxis *valueAxis(const QString &unit, const BulletinFonts &fonts)
{
    auto *axis = new QValueAxis;
    axis->setLabelsFont(fontOf(fonts.body, kLabelPt));
    axis->setTitleFont(fontOf(fonts.body, kLabelPt));
    axis->setTitleText(unit);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    return axis;
}

QBarCategoryAxis *categoryAxis(const QStringList &categories, const BulletinFonts &fonts)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    axis->setLabelsFont(fontOf(fonts.body, kLabelPt));
    axis->setTruncateLabels(false); // department names in full
    return axis;
}

void fitRange(QValueAxis *axis, const QList<double> &values, bool fromZero)
{
    if (values.isEmpty())
        return;
    const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    double min = fromZero ? std::min(0.0, *lo) : *lo;
    double max = *hi;
    if (max <= min)
        max = min + 1;
    axis->setRange(min, max);
    axis->applyNiceNumbers();
    // Rates move by tenths: show the decimals the range needs.
    const double span = axis->max() - axis->min();
    axis->setLabelFormat(span < 1    ? QStringLiteral("%.2f")
                         : span < 10 ? QStringLiteral("%.1f")
                                     : QStringLiteral("%.0f"));
}

void addTrend(QChart &chart, const BulletinChart &data, const BulletinFonts &fonts)
{
    auto *x = categoryAxis(data.categories, fonts);
    chart.addAxis(x, Qt::AlignBottom);
    QValueAxis *primary = nullptr;
    QValueAxis *secondary = nullptr;
    QList<double> primaryValues, secondaryValues;
    for (const BulletinChartSeries &s : data.series)
        (s.secondaryAxis ? secondaryValues : primaryValues) += s.values;
    for (const BulletinChartSeries &s : data.series) {
        auto *line = new QLineSeries;
        line->setName(s.name);
        for (int i = 0; i < s.values.size(); ++i)
            line->append(i, s.values.at(i));
        line->setPointsVisible(true);
        chart.addSeries(line); // the theme gives the colour; then widen the pen
        QPen pen = line->pen();
        pen.setWidthF(1.5);
        line->setPen(pen);
        line->attachAxis(x);
        QValueAxis *&axis = s.secondaryAxis ? secondary : primary;
        if (!axis) {
            axis = valueAxis(s.secondaryAxis ? data.secondaryUnit : data.unit, fonts);
            fitRange(axis, s.secondaryAxis ? secondaryValues : primaryValues, !s.secondaryAxis);
            chart.addAxis(axis, s.secondaryAxis ? Qt::AlignRight : Qt::AlignLeft);
        }
        line->attachAxis(axis);
    }
}

template <typename Series>
void addBars(QChart &chart, const BulletinChart &data, const BulletinFonts &fonts, bool horizontal)
{
    auto *bars = new Series;
    QList<double> all;
    for (const BulletinChartSeries &s : data.series) {
        auto *set = new QBarSet(s.name);
        // Horizontal bars run bottom-up; reverse so the first unit is at the top.
        QList<double> values = s.values;
        if (horizontal)
            std::reverse(values.begin(), values.end());
        set->append(values);
        bars->append(set);
        all += s.values;
    }
    chart.addSeries(bars);
    QStringList categories = data.categories;
    if (horizontal)
        std::reverse(categories.begin(), categories.end());
    auto *cat = categoryAxis(categories, fonts);
    auto *val = valueAxis(data.unit, fonts);
    if (std::is_same_v<Series, QStackedBarSeries>) {
        QList<double> sums(data.categories.size(), 0.0);
        for (const BulletinChartSeries &s : data.series)
            for (int i = 0; i < s.values.size() && i < sums.size(); ++i)
                sums[i] += s.values.at(i);
        all = sums;
    }
    // Scores of ranked units lie close together: bars start below the lowest, not at 0.
    fitRange(val, all, !horizontal);
    chart.addAxis(cat, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart.addAxis(val, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    bars->attachAxis(cat);
    bars->attachAxis(val);
}

void addPie(QChart &chart, const BulletinChart &data, const BulletinFonts &fonts)
{
    auto *pie = new QPieSeries;
    const QList<double> values = data.series.isEmpty() ? QList<double>() : data.series[0].values;
    for (int i = 0; i < values.size() && i < data.categories.size(); ++i) {
        QPieSlice *slice = pie->append(data.categories.at(i), values.at(i));
        slice->setLabelFont(fontOf(fonts.body, kLabelPt));
    }
    for (QPieSlice *slice : pie->slices()) {
        slice->setLabel(
            QStringLiteral("%1 %2%").arg(slice->label()).arg(slice->percentage() * 100, 0, 'f', 1));
        slice->setLabelVisible(slice->percentage() > 0.02);
    }
    pie->setPieSize(0.6);
    chart.addSeries(pie);
}

std::unique_ptr<QChart> buildChart(const BulletinChart &data, const BulletinFonts &fonts)
{
    auto chart = std::make_unique<QChart>();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(data.title);
    chart->setTitleFont(fontOf(fonts.heading, kTitlePt));
    chart->legend()->setFont(fontOf(fonts.body, kLabelPt));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    switch (data.kind) {
    case BulletinChart::Kind::Trend:
        addTrend(*chart, data, fonts);
        break;
    case BulletinChart::Kind::RankingBars:
        addBars<QHorizontalBarSeries>(*chart, data, fonts, true);
        chart->legend()->setVisible(data.series.size() > 1);
        break;
    case BulletinChart::Kind::ChannelMix:
        addPie(*chart, data, fonts);
        chart->legend()->setAlignment(Qt::AlignRight);
        break;
    case BulletinChart::Kind::LevelDistribution:
        addBars<QStackedBarSeries>(*chart, data, fonts, false);
        break;
    }
    return chart;
}

} // namespace

QSizeF bulletinChartSizeMm(const BulletinChart &chart)
{
    double height = 80.0;
    if (chart.kind == BulletinChart::Kind::RankingBars)
        height = std::clamp(30.0 + 8.0 * chart.categories.size(), 60.0, 200.0);
    return {gbt9704::kTextWidthMm, height};
}

namespace {

QRectF scenePointsOf(const BulletinChart &chart)
{
    const QSizeF sizeMm = bulletinChartSizeMm(chart);
    return {0, 0, sizeMm.width() / gbt9704::kPointMm, sizeMm.height() / gbt9704::kPointMm};
}

void paintScene(QPainter &painter, const QRectF &target, const BulletinChart &chart,
                const BulletinFonts &fonts)
{
    const QRectF scenePoints = scenePointsOf(chart);
    std::unique_ptr<QChart> built = buildChart(chart, fonts);
    QGraphicsScene scene;
    scene.setSceneRect(scenePoints);
    scene.addItem(built.get());
    built->setGeometry(scenePoints);
    scene.render(&painter, target, scenePoints, Qt::KeepAspectRatio);
    scene.removeItem(built.get());
}

} // namespace

void paintBulletinChart(QPainter &painter, const QRectF &target, const BulletinChart &chart,
                        const BulletinFonts &fonts)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || QThread::currentThread() == app->thread()) {
        paintScene(painter, target, chart, fonts);
        return;
    }
    // Qt Charts parents some of its objects to the application, so the chart is built
    // and painted on the GUI thread, onto this painter, while this thread waits (the
    // painter is used by one thread at a time).
    QMetaObject::invokeMethod(
        app, [&] { paintScene(painter, target, chart, fonts); }, Qt::BlockingQueuedConnection);
}

QImage bulletinChartImage(const BulletinChart &chart, const BulletinFonts &fonts, double dpi)
{
    const QSizeF sizeMm = bulletinChartSizeMm(chart);
    const double unitsPerMm = gbt9704::unitsPerMm(dpi);
    QImage image((sizeMm * unitsPerMm).toSize(), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(unitsPerMm * 1000));
    image.setDotsPerMeterY(qRound(unitsPerMm * 1000));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    paintBulletinChart(painter, QRectF(QPointF(0, 0), image.size()), chart, fonts);
    return image;
}

} // namespace pingjia
