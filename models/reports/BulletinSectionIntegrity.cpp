// SPDX-License-Identifier: GPL-3.0-or-later
// 二、排名情况, internal version only: the review-integrity flags of the month per
// department (issue 14), so the office reads the ranking knowing where figures may be
// padded. The public version never carries them (公示版: a flag is a reason to look, not
// a finding to publish).
#include "models/reports/BulletinSections.h"
#include "models/reports/BulletinWording.h"

#include <QRegularExpression>

namespace pingjia::bulletinsections {

namespace w = bulletinwording;

namespace {

// Column heads as an office writes them (the rule explanations are on the 评价核查 page).
QString ruleColumn(IntegrityRule rule)
{
    switch (rule) {
    case IntegrityRule::StaffEvaluator:
        return QStringLiteral("工作人员自评");
    case IntegrityRule::RepeatEvaluator:
        return QStringLiteral("同一人多次评价");
    case IntegrityRule::LevelFiveBurst:
        return QStringLiteral("短时集中好评");
    case IntegrityRule::FollowUpStaffPhone:
        return QStringLiteral("回访号码为工作人员");
    case IntegrityRule::CeilingLowCoverage:
        return QStringLiteral("高好评低覆盖");
    case IntegrityRule::EvaluatedBeforeFinish:
        return QStringLiteral("办结前评价");
    }
    return {};
}

// What each rule looks for, for the XLSX notes sheet.
QString ruleDefinition(IntegrityRule rule)
{
    switch (rule) {
    case IntegrityRule::StaffEvaluator:
        return QStringLiteral("评价人手机号与被评价中心工作人员手机号相同的评价数");
    case IntegrityRule::RepeatEvaluator:
        return QStringLiteral("同一评价人本月评价不同办件达到设定件数的评价数");
    case IntegrityRule::LevelFiveBurst:
        return QStringLiteral("同一窗口短时间内集中出现“非常满意”评价的评价数");
    case IntegrityRule::FollowUpStaffPhone:
        return QStringLiteral("差评回访接听号码为工作人员号码的评价数");
    case IntegrityRule::CeilingLowCoverage:
        return QStringLiteral("好评率接近上限而评价覆盖率偏低的部门（每部门计1条）");
    case IntegrityRule::EvaluatedBeforeFinish:
        return QStringLiteral("评价时间早于办件办结时间的评价数");
    }
    return {};
}

// The rules with at least one flag, in rule order.
QList<IntegrityRule> rulesFlagged(const BulletinIntegrityFacts &f)
{
    QList<IntegrityRule> out;
    for (IntegrityRule rule : allIntegrityRules()) {
        for (const BulletinIntegrityCount &d : f.departments) {
            if (d.byRule.value(rule) > 0) {
                out << rule;
                break;
            }
        }
    }
    return out;
}

BulletinTable integrityTable(const BulletinIntegrityFacts &f)
{
    const QList<IntegrityRule> rules = rulesFlagged(f);
    BulletinTable t;
    t.title = QStringLiteral("表3  各部门评价真实性核查疑点");
    t.headers << QStringLiteral("部门") << QStringLiteral("疑点数");
    t.columnFormulas << QString() << QStringLiteral("本月按各项核查规则标记的评价或部门条数");
    for (IntegrityRule rule : rules) {
        t.headers << ruleColumn(rule);
        t.columnFormulas << ruleDefinition(rule);
    }
    t.headers << QStringLiteral("已确认") << QStringLiteral("已排除");
    t.columnFormulas << QStringLiteral("核查结论为确认存在问题的疑点数")
                     << QStringLiteral("核查结论为排除的疑点数");
    for (int c = 1; c < t.headers.size(); ++c)
        t.numericColumns << c;
    for (const BulletinIntegrityCount &d : f.departments) {
        QStringList row{d.deptName, w::count(d.flags)};
        for (IntegrityRule rule : rules)
            row << w::count(d.byRule.value(rule));
        row << w::count(d.confirmed) << w::count(d.cleared);
        t.rows << row;
    }
    t.note =
        QStringLiteral("注：疑点由系统按评价真实性核查规则比对得出，仅提示核查，不代表评价不实；"
                       "本表仅供内部掌握，不对外公布。");
    return t;
}

QString summaryParagraph(const BulletinIntegrityFacts &f)
{
    qint64 flags = 0, confirmed = 0, cleared = 0;
    for (const BulletinIntegrityCount &d : f.departments) {
        flags += d.flags;
        confirmed += d.confirmed;
        cleared += d.cleared;
    }
    if (flags == 0)
        return QStringLiteral("经评价真实性核查，本月未发现疑点。");
    return QStringLiteral("经评价真实性核查，本月共发现疑点%1条，涉及%2个部门；其中已确认%3条，"
                          "已排除%4条，待核查%5条。请相关部门对照核查，确认存在刷评、"
                          "自评等情况的，依规严肃处理。")
        .arg(w::count(flags))
        .arg(f.departments.size())
        .arg(w::count(confirmed), w::count(cleared), w::count(flags - confirmed - cleared));
}

} // namespace

QList<BulletinBlock> integrity(const BulletinFacts &facts, const BulletinRequest &request)
{
    if (request.version != BulletinVersion::Internal || !facts.integrity.checked)
        return {};
    QList<BulletinBlock> blocks;
    blocks << subHeading(QStringLiteral("评价真实性核查情况（内部掌握）"))
           << paragraph(summaryParagraph(facts.integrity));
    if (!facts.integrity.departments.isEmpty())
        blocks << tableBlock(integrityTable(facts.integrity));
    return blocks;
}

void numberTables(BulletinContent &content)
{
    static const QRegularExpression number(QStringLiteral("^表\\d+"));
    int n = 0;
    for (BulletinSection &section : content.sections) {
        for (BulletinBlock &b : section.blocks) {
            if (b.kind == BulletinBlock::Kind::Table && number.match(b.table.title).hasMatch())
                b.table.title.replace(number, QStringLiteral("表%1").arg(++n));
        }
    }
}

} // namespace pingjia::bulletinsections
