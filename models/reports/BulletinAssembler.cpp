// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reports/BulletinAssembler.h"

#include "models/reports/BulletinSections.h"
#include "models/reports/BulletinWording.h"

namespace pingjia {

namespace w = bulletinwording;
namespace s = bulletinsections;

namespace {

// The scope as the document names it: an area ("全市", "平凉市") or a center's own name
// ("崆峒区政务服务中心"), which already says 政务服务.
bool isCenter(const QString &scopeName)
{
    return w::servicesName(scopeName) == scopeName;
}

QString officeOf(const QString &scopeName)
{
    if (isCenter(scopeName))
        return scopeName;
    if (scopeName.startsWith(u'全'))
        return QStringLiteral("政务服务管理局");
    return scopeName + QStringLiteral("政务服务管理局");
}

BulletinSection requirementsSection(const BulletinRequest &request)
{
    BulletinSection section;
    section.heading = QStringLiteral("下步工作要求");
    const QStringList paragraphs =
        request.requirements.isEmpty() ? bulletinDefaultRequirements() : request.requirements;
    for (int i = 0; i < paragraphs.size(); ++i)
        section.blocks << s::paragraph(paragraphs.at(i),
                                       QStringLiteral("requirements.%1").arg(i + 1));
    return section;
}

} // namespace

QString bulletinDefaultTitle(QDate month, const QString &scopeName)
{
    return QStringLiteral("关于%1%2“好差评”情况的通报")
        .arg(w::monthText(month), w::servicesName(scopeName));
}

BulletinHeader bulletinDefaultHeader(const BulletinHeader &given, QDate month,
                                     const QString &scopeName, QDate today)
{
    BulletinHeader h = given;
    auto fill = [](QString &field, const QString &value) {
        if (field.trimmed().isEmpty())
            field = value;
    };
    fill(h.issuingOffice, officeOf(scopeName) + QStringLiteral("文件"));
    fill(h.title, bulletinDefaultTitle(month, scopeName));
    fill(h.recipients, isCenter(scopeName) ? QStringLiteral("各进驻部门")
                                           : QStringLiteral("各进驻部门，各级政务服务中心"));
    fill(h.signature, officeOf(scopeName));
    fill(h.printedBy, officeOf(scopeName) + QStringLiteral("办公室"));
    if (!h.writtenOn.isValid())
        h.writtenOn = today;
    if (!h.printedOn.isValid())
        h.printedOn = h.writtenOn;
    return h;
}

QString bulletinDefaultOpening(QDate month, const QString &scopeName)
{
    return QStringLiteral("为深入推进政务服务“好差评”工作，以评促改、以评促优，根据《国务院办公厅"
                          "关于建立政务服务“好差评”制度提高政务服务水平的意见》和省、市有关"
                          "要求，现将%1%2“好差评”情况通报如下。")
        .arg(w::monthText(month), w::servicesName(scopeName));
}

QStringList bulletinDefaultRequirements()
{
    return {
        QStringLiteral("（一）抓好差评整改。各部门要对本通报指出的差评逐件核实、逐件整改，"
                       "在规定时限内完成整改和回访，做到差评件件有回应、事事有着落。"),
        QStringLiteral("（二）推动“双归零”。各部门要针对反复出现的共性问题查找根源、"
                       "完善制度，确保未办结差评和共性问题“双归零”。"),
        QStringLiteral("（三）扩大评价覆盖。各部门要主动引导办事群众和企业开展评价，"
                       "提高评价覆盖率，做到“一次一评”“一事一评”。"),
        QStringLiteral("（四）压实工作责任。排名靠后的部门要认真分析原因，"
                       "于下月10日前将整改情况书面报送。"),
    };
}

BulletinContent assembleBulletin(const BulletinFacts &facts, const BulletinRequest &request)
{
    BulletinContent c;
    c.version = request.version;
    c.periodLabel = w::monthText(facts.month);
    c.scopeLabel = facts.scopeName;
    c.header = request.header;
    c.generatedAt = facts.handling.asOf;
    const QString opening = request.opening.trimmed().isEmpty()
                                ? bulletinDefaultOpening(facts.month, facts.scopeName)
                                : request.opening;
    c.preamble << s::paragraph(opening, QStringLiteral("opening"));
    BulletinSection ranking = s::ranking(facts, request);
    ranking.blocks << s::integrity(facts, request);
    c.sections << s::overview(facts) << ranking << s::handling(facts, request)
               << s::typicalCases(facts, request) << s::problems(facts)
               << requirementsSection(request);
    s::numberTables(c);
    BulletinAttachment table;
    table.title = QStringLiteral("%1%2各部门政务服务“好差评”排名表")
                      .arg(w::monthText(facts.month), facts.scopeName);
    table.table = s::rankingTable(facts);
    c.attachments << table;
    return c;
}

} // namespace pingjia
