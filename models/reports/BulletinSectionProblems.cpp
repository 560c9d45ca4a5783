// SPDX-License-Identifier: GPL-3.0-or-later
// 五、共性问题与"双归零", and the block helpers every section uses.
#include "models/reports/BulletinSections.h"
#include "models/reports/BulletinWording.h"

namespace pingjia::bulletinsections {

namespace w = bulletinwording;

namespace {

constexpr int kNamedItems = 5;

// Category names as the document writes them (the UI's names are translated strings).
QString categoryText(const QString &key)
{
    if (key == QLatin1String("waiting_time"))
        return QStringLiteral("排队等候时间长");
    if (key == QLatin1String("attitude"))
        return QStringLiteral("服务态度不佳");
    if (key == QLatin1String("repeated_materials"))
        return QStringLiteral("材料反复提交、多次跑动");
    if (key == QLatin1String("system_failure"))
        return QStringLiteral("系统故障、网络不畅");
    return QStringLiteral("其他问题");
}

QString categoryParagraph(const BulletinProblemFacts &p)
{
    QStringList parts;
    for (const ProblemCount &c : p.byCategory)
        parts << QStringLiteral("%1%2条").arg(categoryText(c.key), w::count(c.count));
    if (parts.isEmpty())
        return QStringLiteral("本月有效差评中未发现共性问题。");
    QString text =
        QStringLiteral("从差评反映的问题看，主要集中在%1。").arg(parts.join(QStringLiteral("、")));
    QStringList items;
    for (int i = 0; i < std::min<qsizetype>(kNamedItems, p.byItem.size()); ++i) {
        const ProblemCount &c = p.byItem.at(i);
        items << QStringLiteral("“%1”（%2条）").arg(c.name, w::count(c.count));
    }
    if (!items.isEmpty())
        text += QStringLiteral("同一事项多次被差评的有%1，反映出相关环节存在共性问题。")
                    .arg(w::enumerate(items));
    return text;
}

QString doubleZeroParagraph(const BulletinFacts &f)
{
    const BulletinProblemFacts &p = f.problems;
    const qint64 units = p.unitsReached + p.unitsNotReached;
    if (units == 0)
        return QStringLiteral("本月各部门均无差评，实现差评件和共性问题“双归零”。");
    if (p.unitsNotReached == 0)
        return QStringLiteral("截至%1，有差评的%2个部门均已实现未办结差评和共性问题“双归零”。")
            .arg(w::dayText(f.handling.asOf.date()))
            .arg(units);
    QStringList names;
    for (const DoubleZeroStatus &d : p.doubleZero) {
        if (d.reached())
            continue;
        QStringList why;
        if (d.openCases > 0)
            why << QStringLiteral("未办结差评%1条").arg(w::count(d.openCases));
        if (d.recurringProblems > 0)
            why << QStringLiteral("反复出现的共性问题%1项").arg(w::count(d.recurringProblems));
        names << QStringLiteral("%1（%2）")
                     .arg(d.unitName.isEmpty() ? d.unitCode : d.unitName,
                          why.join(QStringLiteral("，")));
    }
    return QStringLiteral("截至%1，有差评的%2个部门中，%3个部门实现“双归零”，%4个部门尚未实现："
                          "%5。")
        .arg(w::dayText(f.handling.asOf.date()))
        .arg(units)
        .arg(p.unitsReached)
        .arg(p.unitsNotReached)
        .arg(names.join(QStringLiteral("；")));
}

} // namespace

namespace {

BulletinBlock blockOf(BulletinBlock::Kind kind)
{
    BulletinBlock b;
    b.kind = kind;
    return b;
}

} // namespace

BulletinBlock paragraph(const QString &text, const QString &editableKey)
{
    BulletinBlock b = blockOf(BulletinBlock::Kind::Paragraph);
    b.text = text;
    b.editable = !editableKey.isEmpty();
    b.key = editableKey;
    return b;
}

BulletinBlock subHeading(const QString &text)
{
    BulletinBlock b = blockOf(BulletinBlock::Kind::SubHeading);
    b.text = text;
    return b;
}

BulletinBlock tableBlock(const BulletinTable &table)
{
    BulletinBlock b = blockOf(BulletinBlock::Kind::Table);
    b.table = table;
    return b;
}

BulletinBlock chartBlock(const BulletinChart &chart)
{
    BulletinBlock b = blockOf(BulletinBlock::Kind::Chart);
    b.chart = chart;
    return b;
}

BulletinSection problems(const BulletinFacts &facts)
{
    BulletinSection s;
    s.heading = QStringLiteral("共性问题与“双归零”情况");
    s.blocks << paragraph(categoryParagraph(facts.problems))
             << paragraph(doubleZeroParagraph(facts));
    return s;
}

} // namespace pingjia::bulletinsections
