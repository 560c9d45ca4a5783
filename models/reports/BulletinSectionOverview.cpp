// SPDX-License-Identifier: GPL-3.0-or-later
// 一、基本情况: the month's evaluations and headline indicators with their changes, the
// channel mix and the 12-month trend.
#include "models/reports/BulletinSections.h"
#include "models/reports/BulletinWording.h"

namespace pingjia::bulletinsections {

namespace w = bulletinwording;

namespace {

const QString kPrev = QStringLiteral("上月");
const QString kLastYear = QStringLiteral("去年同期");

// "评价覆盖率为35.20%，较上月上升1.20个百分点，较去年同期下降0.50个百分点"
QString rateClause(const QString &label, std::optional<double> now,
                   const std::optional<BulletinIndicators> &prev,
                   const std::optional<BulletinIndicators> &lastYear,
                   std::optional<double> BulletinIndicators::*field)
{
    if (!now)
        return {};
    QStringList parts{label + QStringLiteral("为") + w::percent(now)};
    if (prev)
        parts << w::rateChange(kPrev, now, (*prev).*field);
    if (lastYear)
        parts << w::rateChange(kLastYear, now, (*lastYear).*field);
    parts.removeAll(QString());
    return parts.join(QStringLiteral("，"));
}

QString countsParagraph(const BulletinFacts &f)
{
    const BulletinIndicators &c = f.current;
    const qint64 total = c.evaluations + c.invalid;
    QStringList clauses;
    clauses << QStringLiteral("%1，%2“好差评”系统共收到评价%3条")
                   .arg(w::monthText(f.month), w::servicesName(f.scopeName), w::count(total));
    clauses << QStringLiteral("其中有效评价%1条，无效评价%2条（差评未填写评价内容）")
                   .arg(w::count(c.evaluations), w::count(c.invalid));
    if (f.previousMonth)
        clauses << QStringLiteral("有效评价") +
                       w::countChange(kPrev, c.evaluations, f.previousMonth->evaluations);
    if (f.lastYear)
        clauses << w::countChange(kLastYear, c.evaluations, f.lastYear->evaluations);
    return w::sentence(clauses);
}

QString satisfactionParagraph(const BulletinFacts &f)
{
    const BulletinIndicators &c = f.current;
    const auto &p = f.previousMonth;
    const auto &y = f.lastYear;
    QStringList clauses;
    if (c.satisfaction) {
        QStringList parts{QStringLiteral("平均满意度（含办结7日未评价默认“基本满意”）为%1分")
                              .arg(w::score(c.satisfaction))};
        if (p)
            parts << w::scoreChange(kPrev, c.satisfaction, p->satisfaction);
        parts.removeAll(QString());
        clauses << parts.join(QStringLiteral("，"));
    }
    clauses << rateClause(QStringLiteral("满意率"), c.satisfactionRate, p, y,
                          &BulletinIndicators::satisfactionRate);
    clauses << rateClause(QStringLiteral("好评率"), c.goodRate, p, y,
                          &BulletinIndicators::goodRate);
    clauses << rateClause(QStringLiteral("差评率"), c.badRate, p, y, &BulletinIndicators::badRate);
    clauses << rateClause(QStringLiteral("评价覆盖率"), c.coverage, p, y,
                          &BulletinIndicators::coverage);
    const QString text = w::sentence(clauses);
    return text.isEmpty() ? QString() : QStringLiteral("从评价结果看，") + text;
}

QString channelParagraph(const BulletinFacts &f)
{
    qint64 total = 0;
    for (const BulletinChannelCount &c : f.channels)
        total += c.evaluations;
    if (total == 0)
        return {};
    QStringList parts;
    for (const BulletinChannelCount &c : f.channels) {
        parts << QStringLiteral("%1%2条（占%3）")
                     .arg(c.name, w::count(c.evaluations),
                          w::percent(double(c.evaluations) / double(total)));
    }
    return QStringLiteral("从评价渠道看，") + parts.join(QStringLiteral("，")) +
           QStringLiteral("。");
}

// 表1: the headline indicators against last month and the same month last year.
BulletinTable indicatorTable(const BulletinFacts &f)
{
    BulletinTable t;
    t.title = QStringLiteral("表1  %1主要指标").arg(w::monthText(f.month));
    t.headers = {QStringLiteral("指标"), QStringLiteral("本月"), QStringLiteral("上月"),
                 QStringLiteral("去年同期")};
    t.numericColumns = {1, 2, 3};
    using Getter = QString (*)(const BulletinIndicators &);
    const QList<QPair<QString, Getter>> rows = {
        {QStringLiteral("有效评价数（条）"),
         [](const BulletinIndicators &i) { return w::count(i.evaluations); }},
        {QStringLiteral("无效评价数（条）"),
         [](const BulletinIndicators &i) { return w::count(i.invalid); }},
        {QStringLiteral("评价覆盖率"),
         [](const BulletinIndicators &i) { return w::percent(i.coverage); }},
        {QStringLiteral("满意度（分）"),
         [](const BulletinIndicators &i) { return w::score(i.satisfaction); }},
        {QStringLiteral("满意率"),
         [](const BulletinIndicators &i) { return w::percent(i.satisfactionRate); }},
        {QStringLiteral("好评率"),
         [](const BulletinIndicators &i) { return w::percent(i.goodRate); }},
        {QStringLiteral("差评率"),
         [](const BulletinIndicators &i) { return w::percent(i.badRate); }},
        {QStringLiteral("差评按时核实率"),
         [](const BulletinIndicators &i) { return w::percent(i.verifiedOnTime); }},
        {QStringLiteral("差评按时整改率"),
         [](const BulletinIndicators &i) { return w::percent(i.rectifiedOnTime); }},
    };
    const QString none = w::percent(std::nullopt);
    for (const auto &[label, get] : rows) {
        t.rows << QStringList{label, get(f.current), f.previousMonth ? get(*f.previousMonth) : none,
                              f.lastYear ? get(*f.lastYear) : none};
    }
    t.note = QStringLiteral("注：满意度、满意率含办结7日未评价默认“基本满意”；“—”表示无数据。");
    return t;
}

BulletinTable channelTable(const BulletinFacts &f)
{
    BulletinTable t;
    t.title = QStringLiteral("表2  %1评价渠道分布").arg(w::monthText(f.month));
    t.headers = {QStringLiteral("评价渠道"), QStringLiteral("评价数（条）"),
                 QStringLiteral("占比")};
    t.numericColumns = {1, 2};
    t.columnFormulas = {QString(), QStringLiteral("本月经该渠道收到的评价数"),
                        QStringLiteral("该渠道评价数 ÷ 各渠道评价数之和")};
    qint64 total = 0;
    for (const BulletinChannelCount &c : f.channels)
        total += c.evaluations;
    for (const BulletinChannelCount &c : f.channels) {
        t.rows << QStringList{
            c.name, w::count(c.evaluations),
            w::percent(total ? std::optional<double>(double(c.evaluations) / double(total))
                             : std::nullopt)};
    }
    return t;
}

BulletinChart channelChart(const BulletinFacts &f)
{
    BulletinChart chart;
    chart.kind = BulletinChart::Kind::ChannelMix;
    chart.title = QStringLiteral("图2  评价渠道分布");
    chart.unit = QStringLiteral("条");
    BulletinChartSeries series{QStringLiteral("评价数"), {}, false};
    for (const BulletinChannelCount &c : f.channels) {
        chart.categories << c.name;
        series.values << double(c.evaluations);
    }
    chart.series << series;
    return chart;
}

BulletinChart trendChart(const BulletinFacts &f)
{
    BulletinChart chart;
    chart.kind = BulletinChart::Kind::Trend;
    chart.title = QStringLiteral("图1  近12个月评价量及满意率走势");
    chart.unit = QStringLiteral("条");
    chart.secondaryUnit = QStringLiteral("%");
    BulletinChartSeries counts{QStringLiteral("有效评价数"), {}, false};
    BulletinChartSeries rate{QStringLiteral("满意率"), {}, true};
    for (const BulletinTrendPoint &p : f.trend) {
        // "11月", "12月", "2026年1月": the year where it changes.
        chart.categories << (p.month.month() == 1 || chart.categories.isEmpty()
                                 ? w::monthText(p.month)
                                 : QStringLiteral("%1月").arg(p.month.month()));
        counts.values << double(p.evaluations);
        rate.values << (p.satisfactionRate ? *p.satisfactionRate * 100.0 : 0.0);
    }
    chart.series << counts << rate;
    return chart;
}

} // namespace

BulletinSection overview(const BulletinFacts &facts)
{
    BulletinSection s;
    s.heading = QStringLiteral("基本情况");
    if (!facts.current.hasData()) {
        s.blocks << paragraph(
            QStringLiteral("%1，%2“好差评”系统未收到评价。")
                .arg(w::monthText(facts.month), w::servicesName(facts.scopeName)));
        return s;
    }
    s.blocks << paragraph(countsParagraph(facts));
    if (const QString text = satisfactionParagraph(facts); !text.isEmpty())
        s.blocks << paragraph(text);
    s.blocks << tableBlock(indicatorTable(facts));
    if (facts.trend.size() > 1)
        s.blocks << chartBlock(trendChart(facts));
    if (const QString text = channelParagraph(facts); !text.isEmpty()) {
        s.blocks << paragraph(text) << tableBlock(channelTable(facts))
                 << chartBlock(channelChart(facts));
    }
    return s;
}

} // namespace pingjia::bulletinsections
