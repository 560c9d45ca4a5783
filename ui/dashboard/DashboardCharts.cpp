// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/DashboardCharts.h"

#include "models/domain/EvaluationLevel.h"
#include "models/itemmodels/IndicatorText.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace pingjia {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DashboardCharts", text);
}

// Red for 非常不满意 to green for 非常满意.
const QColor kLevelColors[5] = {QColor(0xc6, 0x28, 0x28), QColor(0xef, 0x6c, 0x00),
                                QColor(0xfb, 0xc0, 0x2d), QColor(0x7c, 0xb3, 0x42),
                                QColor(0x2e, 0x7d, 0x32)};

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

QBarCategoryAxis *monthAxis(const DashboardSnapshot &s)
{
    auto *axis = new QBarCategoryAxis;
    for (const PeriodCounts &m : s.months)
        axis->append(m.period.first().toString(QStringLiteral("yy-MM"))); // short: never clipped
    return axis;
}

QValueAxis *valueAxis(double min, double max, const QString &title, const QString &format)
{
    auto *axis = new QValueAxis;
    axis->setRange(min, max);
    axis->setObjectName(title); // the legend names the series: no axis title to clip
    axis->setLabelFormat(format);
    return axis;
}

QLineSeries *satisfactionLine(const DashboardSnapshot &s)
{
    auto *line = new QLineSeries;
    line->setName(indicatorName(Indicator::Satisfaction)); // the name says defaults are in
    line->setPointsVisible(true);
    for (int i = 0; i < s.months.size(); ++i)
        if (const auto v = satisfaction(s.months.at(i).counts))
            line->append(i, *v);
    return line;
}

void clickMonths(QXYSeries *series, const DashboardSnapshot &s, const ChartClicks &clicks)
{
    if (!clicks.month)
        return;
    QList<Period> months;
    for (const PeriodCounts &m : s.months)
        months << m.period;
    QObject::connect(series, &QXYSeries::clicked, series, [months, clicks](const QPointF &p) {
        const int i = qRound(p.x());
        if (i >= 0 && i < months.size())
            clicks.month(months.at(i));
    });
}

QStringList formulas(std::initializer_list<QString> list)
{
    return QStringList(list);
}

} // namespace

QString monthLabel(const Period &month)
{
    return month.first().toString(QStringLiteral("yyyy-MM"));
}

QChart *trendChart(const DashboardSnapshot &s, const ChartClicks &clicks)
{
    QChart *chart = newChart(tr("Satisfaction and bad rate, last 12 months"));
    QLineSeries *sat = satisfactionLine(s);
    auto *bad = new QLineSeries;
    bad->setName(indicatorName(Indicator::BadRate) + QStringLiteral(" (%)"));
    bad->setPointsVisible(true);
    double maxBad = 0;
    for (int i = 0; i < s.months.size(); ++i)
        if (const auto v = badRate(s.months.at(i).counts)) {
            bad->append(i, *v * 100);
            maxBad = std::max(maxBad, *v * 100);
        }
    chart->addSeries(sat);
    chart->addSeries(bad);
    QBarCategoryAxis *x = monthAxis(s);
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis *left =
        valueAxis(1, 5, indicatorName(Indicator::Satisfaction), QStringLiteral("%.1f"));
    chart->addAxis(left, Qt::AlignLeft);
    QValueAxis *right = valueAxis(0, std::max(1.0, maxBad * 1.25),
                                  indicatorName(Indicator::BadRate) + QStringLiteral(" (%)"),
                                  QStringLiteral("%.1f"));
    chart->addAxis(right, Qt::AlignRight);
    for (QLineSeries *line : {sat, bad}) {
        line->attachAxis(x);
        clickMonths(line, s, clicks);
    }
    sat->attachAxis(left);
    bad->attachAxis(right);
    return chart;
}

ExportTable trendTable(const DashboardSnapshot &s)
{
    ExportTable t;
    t.title = tr("Satisfaction and bad rate, last 12 months");
    t.headers = {tr("Month"), indicatorName(Indicator::ValidEvaluations),
                 indicatorName(Indicator::DefaultEvaluations),
                 indicatorName(Indicator::Satisfaction), indicatorName(Indicator::BadRate)};
    t.columnFormulas = formulas(
        {tr("Calendar month, UTC+8"), indicatorFormulaText(Indicator::ValidEvaluations),
         indicatorFormulaText(Indicator::DefaultEvaluations),
         indicatorFormulaText(Indicator::Satisfaction), indicatorFormulaText(Indicator::BadRate)});
    t.numberFormats = {QString(), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0.00"),
                       QStringLiteral("0.0%")};
    for (const PeriodCounts &m : s.months)
        t.rows << QVariantList{monthLabel(m.period), m.counts.validEvaluations,
                               m.counts.defaultEvaluations,
                               indicatorCell(Indicator::Satisfaction, satisfaction(m.counts)),
                               indicatorCell(Indicator::BadRate, badRate(m.counts))};
    return t;
}

QChart *distributionChart(const DashboardSnapshot &s, const ChartClicks &clicks)
{
    QChart *chart = newChart(tr("Valid evaluations by level, with satisfaction"));
    auto *bars = new QStackedBarSeries;
    double maxTotal = 0;
    for (int level = 1; level <= 5; ++level) {
        auto *set = new QBarSet(levelName(level));
        set->setColor(kLevelColors[level - 1]);
        for (const PeriodCounts &m : s.months)
            *set << double(m.counts.level(level));
        bars->append(set);
    }
    for (const PeriodCounts &m : s.months)
        maxTotal = std::max(maxTotal, double(m.counts.validEvaluations));
    QLineSeries *sat = satisfactionLine(s);
    chart->addSeries(bars);
    chart->addSeries(sat);
    QBarCategoryAxis *x = monthAxis(s);
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis *left = valueAxis(0, std::max(1.0, maxTotal * 1.1),
                                 indicatorName(Indicator::ValidEvaluations), QStringLiteral("%d"));
    chart->addAxis(left, Qt::AlignLeft);
    QValueAxis *right =
        valueAxis(1, 5, indicatorName(Indicator::Satisfaction), QStringLiteral("%.1f"));
    chart->addAxis(right, Qt::AlignRight);
    bars->attachAxis(x);
    bars->attachAxis(left);
    sat->attachAxis(x);
    sat->attachAxis(right);
    clickMonths(sat, s, clicks);
    if (clicks.month || clicks.badLevel) {
        QList<Period> months;
        for (const PeriodCounts &m : s.months)
            months << m.period;
        const QList<QBarSet *> sets = bars->barSets(); // level 1 first
        QObject::connect(bars, &QStackedBarSeries::clicked, bars,
                         [months, clicks, sets](int index, QBarSet *set) {
                             if (index < 0 || index >= months.size())
                                 return;
                             const int level = int(sets.indexOf(set)) + 1;
                             if (level >= 1 && level <= 2 && clicks.badLevel)
                                 clicks.badLevel(months.at(index), level);
                             else if (clicks.month)
                                 clicks.month(months.at(index));
                         });
    }
    return chart;
}

ExportTable distributionTable(const DashboardSnapshot &s)
{
    ExportTable t;
    t.title = tr("Valid evaluations by level, with satisfaction");
    t.headers << tr("Month");
    t.columnFormulas << tr("Calendar month, UTC+8");
    t.numberFormats << QString();
    for (int level = 1; level <= 5; ++level) {
        const auto indicator = Indicator(int(Indicator::Level1) + level - 1);
        t.headers << levelName(level);
        t.columnFormulas << indicatorFormulaText(indicator);
        t.numberFormats << QStringLiteral("0");
    }
    t.headers << indicatorName(Indicator::DefaultEvaluations)
              << indicatorName(Indicator::Satisfaction);
    t.columnFormulas << indicatorFormulaText(Indicator::DefaultEvaluations)
                     << indicatorFormulaText(Indicator::Satisfaction);
    t.numberFormats << QStringLiteral("0") << QStringLiteral("0.00");
    for (const PeriodCounts &m : s.months) {
        QVariantList row{monthLabel(m.period)};
        for (int level = 1; level <= 5; ++level)
            row << m.counts.level(level);
        row << m.counts.defaultEvaluations
            << indicatorCell(Indicator::Satisfaction, satisfaction(m.counts));
        t.rows << row;
    }
    return t;
}

QChart *channelChart(const DashboardSnapshot &s, const ChartClicks &clicks)
{
    QChart *chart = newChart(tr("Evaluations by channel"));
    auto *pie = new QPieSeries;
    for (const ChannelCount &c : s.channels) {
        if (c.evaluations <= 0)
            continue;
        QPieSlice *slice = pie->append(c.channelName, double(c.evaluations));
        slice->setLabelVisible(true);
        slice->setLabel(QStringLiteral("%1 %2").arg(c.channelName).arg(c.evaluations));
        if (clicks.channel) {
            const QString code = c.channelCode;
            const QString name = c.channelName;
            QObject::connect(slice, &QPieSlice::clicked, slice,
                             [clicks, code, name] { clicks.channel(code, name); });
        }
        QObject::connect(slice, &QPieSlice::hovered, slice,
                         [slice](bool on) { slice->setExploded(on); });
    }
    pie->setPieSize(0.6);
    chart->addSeries(pie);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

ExportTable channelTable(const DashboardSnapshot &s)
{
    ExportTable t;
    t.title = tr("Evaluations by channel");
    t.headers = {tr("Channel code"), tr("Channel"), indicatorName(Indicator::Evaluations),
                 indicatorName(Indicator::ValidEvaluations)};
    t.columnFormulas = {tr("The platform's pf code"), tr("The platform's name of the channel"),
                        indicatorFormulaText(Indicator::Evaluations),
                        indicatorFormulaText(Indicator::ValidEvaluations)};
    t.numberFormats = {QString(), QString(), QStringLiteral("0"), QStringLiteral("0")};
    for (const ChannelCount &c : s.channels)
        t.rows << QVariantList{c.channelCode, c.channelName, c.evaluations, c.validEvaluations};
    return t;
}

QChart *departmentsChart(const DashboardSnapshot &s, const ChartClicks &clicks)
{
    QChart *chart = newChart(tr("Top and bottom five departments by score"));
    auto *series = new QHorizontalBarSeries;
    auto *top = new QBarSet(tr("Top five"));
    top->setColor(kLevelColors[4]);
    auto *bottom = new QBarSet(tr("Bottom five"));
    bottom->setColor(kLevelColors[0]);
    // One category per department, bottom five first so the best stands at the top.
    QStringList categories;
    QStringList codes;
    const auto add = [&](const RankedUnit &u, bool isTop) {
        const QString name = u.unitName.isEmpty() ? u.unitCode : u.unitName;
        categories << QStringLiteral("%1. %2").arg(u.rank.value_or(0)).arg(name);
        codes << u.unitCode;
        *top << (isTop ? u.score.value_or(0) : 0);
        *bottom << (isTop ? 0 : u.score.value_or(0));
    };
    for (const RankedUnit &u : s.bottomDepartments)
        if (!std::any_of(s.topDepartments.begin(), s.topDepartments.end(),
                         [&u](const RankedUnit &t) { return t.unitCode == u.unitCode; }))
            add(u, false);
    for (auto it = s.topDepartments.rbegin(); it != s.topDepartments.rend(); ++it)
        add(*it, true);
    series->append(bottom);
    series->append(top);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    chart->addAxis(y, Qt::AlignLeft);
    QValueAxis *x = valueAxis(0, 100, indicatorName(Indicator::Score), QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    if (clicks.department)
        QObject::connect(series, &QHorizontalBarSeries::clicked, series,
                         [codes, clicks](int index, QBarSet *) {
                             if (index >= 0 && index < codes.size())
                                 clicks.department(codes.at(index));
                         });
    return chart;
}

ExportTable departmentsTable(const DashboardSnapshot &s)
{
    ExportTable t;
    t.title = tr("Top and bottom five departments by score");
    t.headers = {tr("Group"),
                 tr("Rank"),
                 tr("Department"),
                 tr("Department code"),
                 indicatorName(Indicator::Score),
                 indicatorName(Indicator::ValidEvaluations),
                 indicatorName(Indicator::Satisfaction),
                 indicatorName(Indicator::BadRate)};
    t.columnFormulas = {QString(),
                        tr("Competition ranking on the score (1, 2, 2, 4)"),
                        QString(),
                        QString(),
                        indicatorFormulaText(Indicator::Score),
                        indicatorFormulaText(Indicator::ValidEvaluations),
                        indicatorFormulaText(Indicator::Satisfaction),
                        indicatorFormulaText(Indicator::BadRate)};
    t.numberFormats = {QString(),
                       QStringLiteral("0"),
                       QString(),
                       QString(),
                       QStringLiteral("0.00"),
                       QStringLiteral("0"),
                       QStringLiteral("0.00"),
                       QStringLiteral("0.0%")};
    const auto add = [&t](const QString &group, const RankedUnit &u) {
        t.rows << QVariantList{group,
                               u.rank ? QVariant(*u.rank) : QVariant(),
                               u.unitName,
                               u.unitCode,
                               indicatorCell(Indicator::Score, u.score),
                               u.counts.validEvaluations,
                               indicatorCell(Indicator::Satisfaction, satisfaction(u.counts)),
                               indicatorCell(Indicator::BadRate, badRate(u.counts))};
    };
    for (const RankedUnit &u : s.topDepartments)
        add(tr("Top five"), u);
    for (const RankedUnit &u : s.bottomDepartments)
        add(tr("Bottom five"), u);
    return t;
}

} // namespace pingjia
