// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulletinFixture.h"

namespace pingjia::fixture {

namespace {

const QStringList kAreas = {QStringLiteral("市本级"), QStringLiteral("东城区"),
                            QStringLiteral("西城区"), QStringLiteral("南湖区"),
                            QStringLiteral("北山区"), QStringLiteral("江口县"),
                            QStringLiteral("青石县"), QStringLiteral("白沙县"),
                            QStringLiteral("临河县"), QStringLiteral("云台县")};
const QStringList kDepartments = {
    QStringLiteral("公安局"),           QStringLiteral("人力资源和社会保障局"),
    QStringLiteral("市场监督管理局"),   QStringLiteral("自然资源和规划局"),
    QStringLiteral("住房和城乡建设局"), QStringLiteral("税务局"),
    QStringLiteral("医疗保障局"),       QStringLiteral("民政局"),
    QStringLiteral("交通运输局"),       QStringLiteral("卫生健康委员会"),
    QStringLiteral("不动产登记中心"),   QStringLiteral("公积金管理中心"),
    QStringLiteral("教育局"),           QStringLiteral("生态环境局"),
    QStringLiteral("农业农村局"),       QStringLiteral("水利局"),
    QStringLiteral("文化广电旅游局"),   QStringLiteral("应急管理局"),
    QStringLiteral("城市管理局"),       QStringLiteral("司法局")};

BulletinBlock paragraph(const QString &text, const QString &key = {})
{
    BulletinBlock block;
    block.text = text;
    block.key = key;
    block.editable = !key.isEmpty();
    return block;
}

BulletinBlock subHeading(const QString &text)
{
    BulletinBlock block;
    block.kind = BulletinBlock::Kind::SubHeading;
    block.text = text;
    return block;
}

BulletinBlock tableBlock(BulletinTable table)
{
    BulletinBlock block;
    block.kind = BulletinBlock::Kind::Table;
    block.table = std::move(table);
    return block;
}

BulletinBlock chartBlock(BulletinChart chart)
{
    BulletinBlock block;
    block.kind = BulletinBlock::Kind::Chart;
    block.chart = std::move(chart);
    return block;
}

QString score(int index, int count)
{
    // From 99.80 down to 61.04 for the last unit.
    const double value = count > 1 ? 99.80 - (99.80 - 61.04) * index / (count - 1) : 99.80;
    return QString::number(value, 'f', 2);
}

BulletinTable rankingTable(int departments)
{
    BulletinTable table;
    table.headers = {QStringLiteral("排名"),    QStringLiteral("部门名称"),
                     QStringLiteral("评价数"),  QStringLiteral("满意率"),
                     QStringLiteral("差评数"),  QStringLiteral("按时整改率"),
                     QStringLiteral("综合得分")};
    table.numericColumns = {0, 2, 3, 4, 5, 6};
    table.columnFormulas = {QString(),
                            QString(),
                            QStringLiteral("有效评价数"),
                            QStringLiteral("4、5级评价数÷有效评价数"),
                            QStringLiteral("1、2级评价数"),
                            QStringLiteral("按期完成整改数÷应整改数"),
                            QStringLiteral("加权综合得分")};
    for (int i = 0; i < departments; ++i) {
        table.rows << QStringList{QString::number(i + 1),
                                  departmentName(i),
                                  QString::number(2400 - (i * 7) % 2300),
                                  QStringLiteral("%1%").arg(99.9 - i * 0.01, 0, 'f', 2),
                                  QString::number(i % 9),
                                  QStringLiteral("100.00%"),
                                  score(i, departments)};
    }
    return table;
}

BulletinChart trendChart()
{
    BulletinChart chart;
    chart.kind = BulletinChart::Kind::Trend;
    chart.title = QStringLiteral("近12个月评价量及满意率");
    chart.unit = QStringLiteral("件");
    chart.secondaryUnit = QStringLiteral("%");
    BulletinChartSeries counts{QStringLiteral("评价数"), {}, false};
    BulletinChartSeries rate{QStringLiteral("满意率"), {}, true};
    for (int m = 0; m < 12; ++m) {
        chart.categories << QStringLiteral("%1月").arg((m + 10) % 12 + 1);
        counts.values << 110000 + m * 1500;
        rate.values << 98.9 + (m % 4) * 0.1;
    }
    chart.series = {counts, rate};
    return chart;
}

BulletinChart rankingChart(int departments)
{
    BulletinChart chart;
    chart.kind = BulletinChart::Kind::RankingBars;
    chart.title = QStringLiteral("综合得分前10名部门");
    chart.unit = QStringLiteral("分");
    BulletinChartSeries s{QStringLiteral("综合得分"), {}, false};
    for (int i = 0; i < 10 && i < departments; ++i) {
        chart.categories << departmentName(i);
        s.values << score(i, departments).toDouble();
    }
    chart.series = {s};
    return chart;
}

BulletinChart channelChart()
{
    BulletinChart chart;
    chart.kind = BulletinChart::Kind::ChannelMix;
    chart.title = QStringLiteral("评价渠道分布");
    chart.categories = {QStringLiteral("大厅评价器"), QStringLiteral("政务服务网"),
                        QStringLiteral("移动端"),     QStringLiteral("二维码"),
                        QStringLiteral("短信"),       QStringLiteral("12345热线")};
    chart.series = {{QStringLiteral("评价数"), {61020, 20311, 30110, 11245, 4120, 1600}, false}};
    return chart;
}

BulletinChart levelChart()
{
    BulletinChart chart;
    chart.kind = BulletinChart::Kind::LevelDistribution;
    chart.title = QStringLiteral("各渠道评价等级分布");
    chart.categories = {QStringLiteral("大厅"), QStringLiteral("网上"), QStringLiteral("移动端")};
    chart.unit = QStringLiteral("件");
    const QStringList levels = {QStringLiteral("非常满意"), QStringLiteral("满意"),
                                QStringLiteral("基本满意"), QStringLiteral("不满意"),
                                QStringLiteral("非常不满意")};
    const QList<QList<double>> values = {
        {50000, 16000, 25000}, {9000, 3500, 4000}, {1800, 700, 1000}, {150, 80, 90}, {70, 31, 20}};
    for (int i = 0; i < levels.size(); ++i)
        chart.series << BulletinChartSeries{levels.at(i), values.at(i), false};
    return chart;
}

BulletinSection basicSection()
{
    BulletinSection s{QStringLiteral("基本情况"), {}};
    s.blocks << paragraph(QStringLiteral("2026年10月，全市政务服务“好差评”系统共收到评价") +
                          kTotalEvaluations +
                          QStringLiteral("件，环比增长3.2%，同比增长11.5%；其中有效评价127,990件，"
                                         "无效评价416件。满意率") +
                          kSatisfactionRate + QStringLiteral("，环比上升0.05个百分点；差评") +
                          kBadReviews + QStringLiteral("件，差评率0.32%。"));
    BulletinTable indicators;
    indicators.title = QStringLiteral("表1 主要指标");
    indicators.headers = {QStringLiteral("指标"),     QStringLiteral("本月"),
                          QStringLiteral("上月"),     QStringLiteral("环比"),
                          QStringLiteral("去年同期"), QStringLiteral("同比")};
    indicators.numericColumns = {1, 2, 3, 4, 5};
    indicators.rows = {
        {QStringLiteral("评价数"), kTotalEvaluations, QStringLiteral("124,426"),
         QStringLiteral("+3.2%"), QStringLiteral("115,163"), QStringLiteral("+11.5%")},
        {QStringLiteral("满意率"), kSatisfactionRate, QStringLiteral("99.22%"),
         QStringLiteral("+0.05"), QStringLiteral("98.91%"), QStringLiteral("+0.36")},
        {QStringLiteral("差评数"), kBadReviews, QStringLiteral("433"), QStringLiteral("-4.8%"),
         QStringLiteral("520"), QStringLiteral("-20.8%")},
        {QStringLiteral("覆盖率"), QStringLiteral("96.40%"), QStringLiteral("95.87%"),
         QStringLiteral("+0.53"), QStringLiteral("91.02%"), QStringLiteral("+5.38")}};
    s.blocks << tableBlock(indicators) << chartBlock(trendChart()) << chartBlock(channelChart())
             << chartBlock(levelChart());
    return s;
}

BulletinSection rankingSection(BulletinVersion version, int departments)
{
    BulletinSection s{QStringLiteral("排名情况"), {}};
    s.blocks << subHeading(QStringLiteral("表扬部门"));
    s.blocks << paragraph(QStringLiteral("综合得分排名前五的部门为：") + departmentName(0) +
                          QStringLiteral("、") + departmentName(1) + QStringLiteral("、") +
                          departmentName(2) + QStringLiteral("、") + departmentName(3) +
                          QStringLiteral("、") + departmentName(4) +
                          QStringLiteral("，予以通报表扬。"));
    s.blocks << subHeading(QStringLiteral("通报部门"));
    s.blocks << paragraph(QStringLiteral("综合得分排名末位的部门为") +
                          departmentName(departments - 1) + QStringLiteral("（") +
                          kLastDepartmentScore +
                          QStringLiteral("分），已连续3个月排名靠后，请认真分析原因，限期整改。"));
    s.blocks << chartBlock(rankingChart(departments));
    if (version == BulletinVersion::Internal) {
        BulletinTable staff;
        staff.title = QStringLiteral("表2 差评涉及窗口及工作人员");
        staff.headers = {QStringLiteral("窗口"), QStringLiteral("工作人员"),
                         QStringLiteral("差评数")};
        staff.numericColumns = {2};
        const QStringList names = staffAndWindowNames();
        for (int i = 0; i + 1 < names.size(); i += 2)
            staff.rows << QStringList{names.at(i), names.at(i + 1), QString::number(3 - i / 2)};
        s.blocks << tableBlock(staff);
    }
    return s;
}

BulletinSection handlingSection()
{
    BulletinSection s{QStringLiteral("差评处置情况"), {}};
    s.blocks << paragraph(QStringLiteral("本月差评412件，经核实属实298件、误评71件、恶意差评12件，"
                                         "待核实31件；按时核实率97.82%，按时整改率95.30%，"
                                         "逾期未整改4件，批准延期6件。"));
    return s;
}

} // namespace

QStringList staffAndWindowNames()
{
    return {QStringLiteral("综合受理7号窗口"),    QStringLiteral("张晓梅"),
            QStringLiteral("不动产登记12号窗口"), QStringLiteral("李建国"),
            QStringLiteral("社保医保3号窗口"),    QStringLiteral("王秀英")};
}

QString departmentName(int index)
{
    const QString area = kAreas.at((index / kDepartments.size()) % kAreas.size());
    QString name = area + kDepartments.at(index % kDepartments.size());
    const int round = index / (kDepartments.size() * kAreas.size());
    if (round > 0)
        name += QStringLiteral("第%1分局").arg(round + 1);
    return name;
}

BulletinTable integrityTable(int rows)
{
    BulletinTable table;
    table.title = QStringLiteral("表3  各部门评价真实性核查疑点");
    table.headers = {QStringLiteral("部门"),         QStringLiteral("疑点数"),
                     QStringLiteral("工作人员自评"), QStringLiteral("同一人多次评价"),
                     QStringLiteral("短时集中好评"), QStringLiteral("已确认"),
                     QStringLiteral("已排除")};
    table.numericColumns = {1, 2, 3, 4, 5, 6};
    for (int i = 0; i < rows; ++i) {
        const int a = i % 7, b = (i * 3) % 11, c = (i * 5) % 13;
        table.rows << QStringList{QStringLiteral("单位%1").arg(i + 1, 3, 10, QLatin1Char('0')),
                                  QString::number(a + b + c),
                                  QString::number(a),
                                  QString::number(b),
                                  QString::number(c),
                                  QString::number(i % 5),
                                  QString::number(i % 3)};
    }
    table.note = QStringLiteral("注：疑点仅提示核查，不代表评价不实；本表仅供内部掌握。");
    return table;
}

BulletinContent longTableBulletin(int rows)
{
    BulletinContent c = gridBulletin(1);
    c.header.title = QStringLiteral("关于评价真实性核查情况的通报");
    c.sections.first().blocks << tableBlock(integrityTable(rows)) << paragraph(kAfterTable);
    return c;
}

BulletinContent monthlyBulletin(BulletinVersion version, int departments, int integrityRows)
{
    BulletinContent c;
    c.version = version;
    c.periodLabel = QStringLiteral("2026年10月");
    c.scopeLabel = QStringLiteral("全市");
    c.header.issuingOffice = QStringLiteral("青川市政务服务管理局");
    c.header.documentNumber = QStringLiteral("青政务〔2026〕12号");
    c.header.title = QStringLiteral("关于2026年10月全市政务服务“好差评”情况的通报");
    c.header.recipients = QStringLiteral("各县（市、区）政务服务中心，市直各部门");
    c.header.writtenOn = QDate(2026, 11, 5);
    c.header.signature = QStringLiteral("青川市政务服务管理局");
    c.header.copyTo = QStringLiteral("市政府办公室，市纪委监委");
    c.header.printedBy = QStringLiteral("青川市政务服务管理局办公室");
    c.header.printedOn = QDate(2026, 11, 5);
    c.preamble << paragraph(QStringLiteral("为持续提升政务服务质量，根据《政务服务评价工作指南》"
                                           "有关要求，现将2026年10月全市政务服务“好差评”情况"
                                           "通报如下："),
                            QStringLiteral("opening"));
    c.sections << basicSection() << rankingSection(version, departments) << handlingSection();
    if (version == BulletinVersion::Internal && integrityRows > 0)
        c.sections[1].blocks << tableBlock(integrityTable(integrityRows));
    c.sections << BulletinSection{
        QStringLiteral("典型差评及整改"),
        {paragraph(QStringLiteral("某申请人反映办理营业执照变更时材料要求不一致，经核实属实，"
                                  "已统一材料清单并在窗口公示，回访满意。"))}};
    c.sections << BulletinSection{
        QStringLiteral("共性问题与“双归零”"),
        {paragraph(QStringLiteral("本月共性问题主要集中在排队等候时间长、一次性告知不到位，"
                                  "已实现“双归零”。"))}};
    c.sections << BulletinSection{
        QStringLiteral("下步工作要求"),
        {paragraph(QStringLiteral("各单位要对照本通报查找不足，逐项抓好整改落实。"),
                   QStringLiteral("requirements.1"))}};
    c.attachments << BulletinAttachment{QStringLiteral("2026年10月各部门“好差评”综合排名表"),
                                        rankingTable(departments)};
    c.generatedAt = QDateTime(QDate(2026, 11, 5), QTime(9, 0));
    return c;
}

BulletinContent gridBulletin(int lines)
{
    BulletinContent c;
    c.periodLabel = QStringLiteral("2026年10月");
    c.header.issuingOffice = QStringLiteral("青川市政务服务管理局");
    c.header.documentNumber = QStringLiteral("青政务〔2026〕13号");
    c.header.title = QStringLiteral("关于行距检验的通报");
    c.header.recipients = QStringLiteral("各部门");
    c.header.printedBy = QStringLiteral("青川市政务服务管理局办公室");
    c.header.printedOn = QDate(2026, 11, 5);
    BulletinSection section{QStringLiteral("行距"), {}};
    const QString filler = QStringLiteral("政务服务好差评通报正文行距检验用字");
    for (int i = 0; i < lines; ++i) {
        // "第N行" then filler: at most 26 characters after the 2-character indent.
        QString text = QStringLiteral("第%1行").arg(i + 1);
        while (text.size() < 20)
            text += filler.at(text.size() % filler.size());
        section.blocks << paragraph(text);
    }
    c.sections << section;
    return c;
}

} // namespace pingjia::fixture
