// SPDX-License-Identifier: GPL-3.0-or-later
// 三、差评处置情况 and 四、典型差评及整改.
#include "models/reports/BulletinSections.h"
#include "models/reports/BulletinWording.h"

namespace pingjia::bulletinsections {

namespace w = bulletinwording;

namespace {

QString outcomeParagraph(const BulletinFacts &f)
{
    const BulletinOutcomes &o = f.handling.outcomes;
    if (o.total == 0)
        return QStringLiteral("本月未收到差评。");
    QStringList clauses;
    clauses << QStringLiteral("本月共收到差评%1条").arg(w::count(o.total));
    if (o.invalid > 0)
        clauses << QStringLiteral("其中未填写评价内容的无效差评%1条").arg(w::count(o.invalid));
    clauses << QStringLiteral("经核实，属实%1条，误评%2条，恶意差评%3条，尚待核实%4条")
                   .arg(w::count(o.confirmed), w::count(o.mistaken), w::count(o.malicious),
                        w::count(o.pending));
    if (f.current.verifiedOnTime)
        clauses << QStringLiteral("差评按时核实率为%1").arg(w::percent(f.current.verifiedOnTime));
    if (f.current.rectifiedOnTime)
        clauses << QStringLiteral("按时整改率为%1").arg(w::percent(f.current.rectifiedOnTime));
    return w::sentence(clauses);
}

QString progressParagraph(const BulletinFacts &f)
{
    const BulletinHandlingFacts &h = f.handling;
    if (h.outcomes.confirmed == 0 && h.overdue == 0)
        return {};
    QStringList clauses;
    clauses << QStringLiteral("截至%1，属实差评已完成整改%2条，其中已回访%3条；正在整改%4条")
                   .arg(w::dayText(h.asOf.date()), w::count(h.rectified), w::count(h.followedUp),
                        w::count(h.inRectification));
    if (h.delaysGranted > 0)
        clauses << QStringLiteral("经审批延期整改%1条").arg(w::count(h.delaysGranted));
    if (h.delaysPending > 0)
        clauses << QStringLiteral("延期申请待审批%1条").arg(w::count(h.delaysPending));
    if (h.overdue == 0) {
        clauses << QStringLiteral("无逾期未处置差评");
        return w::sentence(clauses);
    }
    QStringList late;
    for (const BulletinDepartmentHandling &d : h.departments) {
        if (d.overdue > 0)
            late << QStringLiteral("%1（%2条）").arg(d.deptName, w::count(d.overdue));
    }
    clauses << QStringLiteral("逾期未核实或未整改%1条，涉及%2")
                   .arg(w::count(h.overdue), w::enumerate(late));
    return w::sentence(clauses) + QStringLiteral("请相关部门立即整改，并说明逾期原因。");
}

BulletinTable departmentTable(const BulletinFacts &f)
{
    BulletinTable t;
    t.title = QStringLiteral("表3  各部门差评处置情况");
    t.headers = {QStringLiteral("责任部门"), QStringLiteral("差评数"), QStringLiteral("属实"),
                 QStringLiteral("已整改"),   QStringLiteral("已回访"), QStringLiteral("逾期"),
                 QStringLiteral("延期")};
    t.numericColumns = {1, 2, 3, 4, 5, 6};
    t.columnFormulas = {QString(),
                        QStringLiteral("本月评价为不满意、非常不满意且有评价内容的条数"),
                        QStringLiteral("核实结果为属实的差评数"),
                        QStringLiteral("状态为已整改或已回访的差评数"),
                        QStringLiteral("已完成回访的差评数"),
                        QStringLiteral("核实或整改期限已过仍未完成的差评数（截至成文时）"),
                        QStringLiteral("经审批延长整改期限的差评数")};
    for (const BulletinDepartmentHandling &d : f.handling.departments) {
        t.rows << QStringList{d.deptName,
                              w::count(d.badReviews),
                              w::count(d.confirmed),
                              w::count(d.rectified),
                              w::count(d.followedUp),
                              w::count(d.overdue),
                              w::count(d.delaysGranted)};
    }
    return t;
}

QString caseHeading(const BulletinTypicalCase &c)
{
    return QStringLiteral("%1“%2”事项差评").arg(c.deptName, c.serviceItem);
}

// Where and who: the internal version only.
QString caseWhere(const BulletinTypicalCase &c, bool internal)
{
    if (!internal)
        return {};
    QStringList parts;
    if (!c.windowName.isEmpty())
        parts << c.windowName;
    if (!c.staffName.isEmpty())
        parts << QStringLiteral("工作人员%1").arg(c.staffName);
    return parts.isEmpty() ? QString()
                           : QStringLiteral("（%1）").arg(parts.join(QStringLiteral("，")));
}

QString caseParagraph(const BulletinTypicalCase &c, const BulletinFacts &f, bool internal)
{
    const QString comment =
        internal ? w::redactPersonalNumbers(c.comment) : w::redact(c.comment, f.redactions);
    QString text =
        QStringLiteral("%1，有办事群众在办理%2%3业务后评价称：“%4”。经核实，情况属实。")
            .arg(w::dayText(c.assessTime.date()), c.deptName, caseWhere(c, internal), comment);
    if (!c.measures.isEmpty()) {
        const QString measures = internal ? c.measures : w::redact(c.measures, f.redactions);
        text += QStringLiteral("整改措施：%1。").arg(measures);
        if (internal && !c.responsible.isEmpty())
            text += QStringLiteral("整改责任人：%1。").arg(c.responsible);
    }
    if (!c.changes.isEmpty())
        text += QStringLiteral("整改结果：%1。")
                    .arg(internal ? c.changes : w::redact(c.changes, f.redactions));
    else
        text += QStringLiteral("目前正在整改中。");
    if (c.followUpSatisfaction > 0)
        text += QStringLiteral("经回访，办事群众对整改结果表示%1。")
                    .arg(w::levelText(c.followUpSatisfaction));
    // Chinese text ends each part with "。"; a comment that ended with one doubles it.
    text.replace(QStringLiteral("。。"), QStringLiteral("。"));
    return text;
}

} // namespace

BulletinSection handling(const BulletinFacts &facts, const BulletinRequest &)
{
    BulletinSection s;
    s.heading = QStringLiteral("差评处置情况");
    s.blocks << paragraph(outcomeParagraph(facts));
    if (const QString t = progressParagraph(facts); !t.isEmpty())
        s.blocks << paragraph(t);
    if (!facts.handling.departments.isEmpty())
        s.blocks << tableBlock(departmentTable(facts));
    return s;
}

BulletinSection typicalCases(const BulletinFacts &facts, const BulletinRequest &request)
{
    BulletinSection s;
    s.heading = QStringLiteral("典型差评及整改");
    if (facts.typicalCases.isEmpty()) {
        s.blocks << paragraph(QStringLiteral("本月无需通报的典型差评。"));
        return s;
    }
    const bool internal = request.version == BulletinVersion::Internal;
    for (const BulletinTypicalCase &c : facts.typicalCases)
        s.blocks << subHeading(caseHeading(c)) << paragraph(caseParagraph(c, facts, internal));
    return s;
}

} // namespace pingjia::bulletinsections
