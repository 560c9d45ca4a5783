// SPDX-License-Identifier: GPL-3.0-or-later
// 二、排名情况: the department ranking as the rankings engine reports it — the first N
// praised, the last N named, units flagged 连续排名靠后 with their periods, units below
// the minimum sample said as such — and the full table as 附件.
#include "models/reports/BulletinSections.h"
#include "models/reports/BulletinWording.h"

#include <algorithm>

namespace pingjia::bulletinsections {

namespace w = bulletinwording;

namespace {

QList<BulletinRankedUnit> ranked(const BulletinRankingFacts &r)
{
    QList<BulletinRankedUnit> out;
    for (const BulletinRankedUnit &u : r.units) {
        if (u.rank)
            out << u;
    }
    return out;
}

QString nameWithScore(const BulletinRankedUnit &u)
{
    return QStringLiteral("%1（%2分）").arg(u.name, w::score(u.score));
}

QString praiseParagraph(const QList<BulletinRankedUnit> &units, int n)
{
    QStringList names;
    for (int i = 0; i < std::min<qsizetype>(n, units.size()); ++i)
        names << nameWithScore(units.at(i));
    return QStringLiteral("按照综合得分排名，%1位列前%2名，予以通报表扬。")
        .arg(w::enumerate(names))
        .arg(names.size());
}

QString namedParagraph(const QList<BulletinRankedUnit> &units, int n, int praised)
{
    // Never name a unit both praised and criticised when there are few units.
    const qsizetype count = std::min<qsizetype>(n, std::max<qsizetype>(0, units.size() - praised));
    if (count <= 0)
        return {};
    QStringList names;
    for (qsizetype i = units.size() - count; i < units.size(); ++i)
        names << nameWithScore(units.at(i));
    return QStringLiteral("%1排名后%2位，予以通报批评，请认真查找原因、限期整改。")
        .arg(w::enumerate(names))
        .arg(names.size());
}

QString flaggedParagraph(const BulletinRankingFacts &r)
{
    QStringList names;
    for (const BulletinRankedUnit &u : r.units) {
        if (u.lastPeriods > 0)
            names << QStringLiteral("%1（连续%2个月）").arg(u.name).arg(u.lastPeriods);
    }
    if (names.isEmpty())
        return {};
    return QStringLiteral("%1连续排名靠后，请主要负责同志高度重视，专题研究整改措施，"
                          "并于下月10日前书面报送整改情况。")
        .arg(w::enumerate(names));
}

QString belowMinimumParagraph(const BulletinRankingFacts &r)
{
    QStringList names;
    for (const BulletinRankedUnit &u : r.units) {
        if (!u.rank)
            names << QStringLiteral("%1（%2条）").arg(u.name, w::count(u.evaluations));
    }
    if (names.isEmpty())
        return {};
    return QStringLiteral("%1本月有效评价不足%2条，样本量过少，不参与排名。")
        .arg(w::enumerate(names))
        .arg(r.minimumSample);
}

// More bars than a page holds legibly: the first and the last ones (the 附件 has all).
constexpr int kChartBarsEachEnd = 10;

BulletinChart rankingChart(QList<BulletinRankedUnit> units)
{
    BulletinChart chart;
    chart.kind = BulletinChart::Kind::RankingBars;
    chart.title = QStringLiteral("图3  各部门综合得分");
    if (units.size() > 2 * kChartBarsEachEnd) {
        units = units.mid(0, kChartBarsEachEnd) + units.mid(units.size() - kChartBarsEachEnd);
        chart.title += QStringLiteral("（前%1名和后%1名）").arg(kChartBarsEachEnd);
    }
    chart.unit = QStringLiteral("分");
    BulletinChartSeries series{QStringLiteral("综合得分"), {}, false};
    for (const BulletinRankedUnit &u : units) {
        chart.categories << u.name;
        series.values << u.score.value_or(0.0);
    }
    chart.series << series;
    return chart;
}

} // namespace

BulletinSection ranking(const BulletinFacts &facts, const BulletinRequest &request)
{
    BulletinSection s;
    s.heading = QStringLiteral("排名情况");
    const QList<BulletinRankedUnit> units = ranked(facts.departments);
    if (units.isEmpty()) {
        s.blocks << paragraph(QStringLiteral("本月无达到最低评价数的部门，不进行排名。"));
        if (const QString t = belowMinimumParagraph(facts.departments); !t.isEmpty())
            s.blocks << paragraph(t);
        return s;
    }
    s.blocks << paragraph(
        QStringLiteral("本月共有%1个部门参与排名，详细排名见附件。").arg(units.size()));
    s.blocks << subHeading(QStringLiteral("排名靠前的部门"))
             << paragraph(praiseParagraph(units, request.praisedCount));
    const QString named = namedParagraph(units, request.namedCount, request.praisedCount);
    const QString flagged = flaggedParagraph(facts.departments);
    if (!named.isEmpty() || !flagged.isEmpty()) {
        s.blocks << subHeading(QStringLiteral("排名靠后的部门"));
        if (!named.isEmpty())
            s.blocks << paragraph(named);
        if (!flagged.isEmpty())
            s.blocks << paragraph(flagged);
    }
    if (const QString t = belowMinimumParagraph(facts.departments); !t.isEmpty())
        s.blocks << paragraph(t);
    s.blocks << chartBlock(rankingChart(units));
    return s;
}

BulletinTable rankingTable(const BulletinFacts &facts)
{
    BulletinTable t;
    t.headers = {QStringLiteral("排名"),   QStringLiteral("部门"),   QStringLiteral("有效评价数"),
                 QStringLiteral("满意度"), QStringLiteral("满意率"), QStringLiteral("好评率"),
                 QStringLiteral("差评率"), QStringLiteral("覆盖率"), QStringLiteral("综合得分")};
    t.numericColumns = {0, 2, 3, 4, 5, 6, 7, 8};
    t.columnFormulas = facts.departments.formulas;
    for (const BulletinRankedUnit &u : facts.departments.units) {
        t.rows << QStringList{u.rank ? QString::number(*u.rank) : QStringLiteral("不参与排名"),
                              u.name,
                              w::count(u.evaluations),
                              w::score(u.satisfaction),
                              w::percent(u.satisfactionRate),
                              w::percent(u.goodRate),
                              w::percent(u.badRate),
                              w::percent(u.coverage),
                              w::score(u.score)};
    }
    t.note = QStringLiteral("注：有效评价数不足%1条的部门列出但不参与排名；满意度含办结7日未评价"
                            "默认“基本满意”。")
                 .arg(facts.departments.minimumSample);
    return t;
}

} // namespace pingjia::bulletinsections
