// SPDX-License-Identifier: GPL-3.0-or-later
// The bulletin's text from hand-made figures: the sentences an office writes, the changes
// against last month, the ranking's praise and criticism, the handling figures, and what
// the public version leaves out. Expected texts are written here by hand.
#include "ContentText.h"
#include "HandFacts.h"

#include "models/reports/BulletinAssembler.h"
#include "models/reports/BulletinWording.h"

#include <QTest>

using namespace pingjia;
using namespace pingjia::bulletintest;

namespace {

const BulletinSection &section(const BulletinContent &c, const QString &heading)
{
    for (const BulletinSection &s : c.sections) {
        if (s.heading.contains(heading))
            return s;
    }
    static const BulletinSection none;
    qWarning("no section %s", qPrintable(heading));
    return none;
}

QString sectionText(const BulletinContent &c, const QString &heading)
{
    QStringList out;
    for (const BulletinBlock &b : section(c, heading).blocks)
        out << b.text;
    return out.join(u'\n');
}

} // namespace

class TestBulletinAssembler : public QObject {
    Q_OBJECT

private slots:
    void headerDefaults()
    {
        const BulletinHeader h =
            bulletinDefaultHeader({}, QDate(2026, 10, 1), u"全市"_qs, QDate(2026, 11, 5));
        QCOMPARE(h.title, u"关于2026年10月全市政务服务“好差评”情况的通报"_qs);
        QCOMPARE(h.writtenOn, QDate(2026, 11, 5));
        QCOMPARE(h.printedOn, QDate(2026, 11, 5));
        QVERIFY(!h.issuingOffice.isEmpty());
        QVERIFY(!h.recipients.isEmpty());
        // A center names itself; a given field is kept.
        BulletinHeader given;
        given.recipients = u"各窗口"_qs;
        const BulletinHeader c = bulletinDefaultHeader(
            given, QDate(2026, 10, 1), u"崆峒区政务服务中心"_qs, QDate(2026, 11, 5));
        QCOMPARE(c.title, u"关于2026年10月崆峒区政务服务中心“好差评”情况的通报"_qs);
        QCOMPARE(c.recipients, u"各窗口"_qs);
        QCOMPARE(c.signature, u"崆峒区政务服务中心"_qs);
    }

    void overviewSentences()
    {
        const BulletinContent c =
            assembleBulletin(handFacts(), handRequest(BulletinVersion::Internal));
        QCOMPARE(c.periodLabel, u"2026年10月"_qs);
        QCOMPARE(c.sections.size(), 6);
        QCOMPARE(c.sections.at(0).heading, u"基本情况"_qs);
        QCOMPARE(c.sections.at(5).heading, u"下步工作要求"_qs);
        const QString text = sectionText(c, u"基本情况"_qs);
        // 1200 valid + 8 invalid; 100 more than 1100 = 9.09 % → 9.1 %.
        QVERIFY2(text.contains(u"2026年10月，全市政务服务“好差评”系统共收到评价1208条，其中有效评价"
                               "1200条，无效评价8条"),
                 qPrintable(text));
        QVERIFY2(text.contains(u"较上月增加100条（增长9.1%）"), qPrintable(text));
        // 98.12 − 97.50 = 0.62 points; 1.50 − 2.00 = −0.50; 65.23 − 64.00 = 1.23.
        QVERIFY2(text.contains(u"满意率为98.12%，较上月上升0.62个百分点"), qPrintable(text));
        QVERIFY2(text.contains(u"差评率为1.50%，较上月下降0.50个百分点"), qPrintable(text));
        QVERIFY2(text.contains(u"评价覆盖率为65.23%，较上月上升1.23个百分点"), qPrintable(text));
        QVERIFY2(text.contains(u"4.62分"), qPrintable(text));
        // No same month last year in the cache: no comparison with it.
        QVERIFY(!text.contains(u"去年同期"));
        // 600 of 1200.
        QVERIFY2(text.contains(u"政务服务大厅评价器600条（占50.00%）"), qPrintable(text));
        QVERIFY(c.preamble.at(0).editable);
        QCOMPARE(c.preamble.at(0).key, u"opening"_qs);
    }

    void rankingSentences()
    {
        const BulletinContent c =
            assembleBulletin(handFacts(), handRequest(BulletinVersion::Internal));
        const QString text = sectionText(c, u"排名"_qs);
        QVERIFY2(text.contains(
                     u"市公安局（95.50分）、市税务局（90.00分）和市医保局（90.00分）位列前3名"),
                 qPrintable(text));
        // Four ranked, three praised: only the last one is named.
        QVERIFY2(text.contains(u"市住建局（80.25分）排名后1位，予以通报批评"), qPrintable(text));
        QVERIFY2(text.contains(u"市住建局（连续3个月）连续排名靠后"), qPrintable(text));
        QVERIFY2(text.contains(u"市档案馆（12条）本月有效评价不足30条"), qPrintable(text));
        const BulletinTable &annex = c.attachments.at(0).table;
        QCOMPARE(annex.rows.size(), 5);
        QCOMPARE(annex.rows.at(2).at(0), u"2"_qs); // competition ranking 1, 2, 2, 4
        QCOMPARE(annex.rows.at(3).at(0), u"4"_qs);
        QCOMPARE(annex.rows.at(4).at(0), u"不参与排名"_qs);
        QCOMPARE(annex.rows.at(0).at(8), u"95.50"_qs);
    }

    void handlingSentences()
    {
        const BulletinContent c =
            assembleBulletin(handFacts(), handRequest(BulletinVersion::Internal));
        const QString text = sectionText(c, u"差评处置"_qs);
        QVERIFY2(
            text.contains(u"本月共收到差评20条，其中未填写评价内容的无效差评2条，经核实，属实12条，"
                          "误评3条，恶意差评1条，尚待核实2条，差评按时核实率为95.00%，"
                          "按时整改率为80.00%。"),
            qPrintable(text));
        QVERIFY2(text.contains(u"截至11月5日，属实差评已完成整改8条，其中已回访6条；正在整改4条"),
                 qPrintable(text));
        QVERIFY2(text.contains(u"经审批延期整改1条"), qPrintable(text));
        QVERIFY2(text.contains(u"逾期未核实或未整改2条，涉及市住建局（2条）"), qPrintable(text));
        const QString problems = sectionText(c, u"共性问题"_qs);
        QVERIFY2(problems.contains(u"排队等候时间长5条、服务态度不佳3条"), qPrintable(problems));
        QVERIFY2(problems.contains(u"“不动产登记”（4条）"), qPrintable(problems));
        QVERIFY2(
            problems.contains(u"1个部门实现“双归零”，1个部门尚未实现：市住建局（未办结差评2条，"
                              "反复出现的共性问题1项）"),
            qPrintable(problems));
    }

    void internalNamesWindowsAndStaff()
    {
        const BulletinContent c =
            assembleBulletin(handFacts(), handRequest(BulletinVersion::Internal));
        const QString text = sectionText(c, u"典型差评"_qs);
        QVERIFY2(text.contains(u"3号窗口（市住建局）"), qPrintable(text));
        QVERIFY2(text.contains(u"工作人员王小明"), qPrintable(text));
        QVERIFY2(text.contains(u"整改责任人：李建国"), qPrintable(text));
        QVERIFY2(text.contains(u"经回访，办事群众对整改结果表示满意"), qPrintable(text));
        // A mobile number typed into a comment is never printed, in any version.
        QVERIFY(!allText(c).contains(u"13812345678"));
        QCOMPARE(c.version, BulletinVersion::Internal);
    }

    void publicLeavesOutPeople()
    {
        const BulletinContent c =
            assembleBulletin(handFacts(), handRequest(BulletinVersion::Public));
        QCOMPARE(c.version, BulletinVersion::Public);
        const QString text = allText(c);
        for (const QString &leak : {u"王小明"_qs, u"3号窗口"_qs, u"李建国"_qs, u"13812345678"_qs})
            QVERIFY2(!text.contains(leak), qPrintable(leak));
        const QString cases = sectionText(c, u"典型差评"_qs);
        QVERIFY2(cases.contains(u"××态度差"), qPrintable(cases));
        QVERIFY2(cases.contains(u"市住建局"), qPrintable(cases));
    }

    void editedNarrativeIsUsed()
    {
        BulletinRequest r = handRequest(BulletinVersion::Internal);
        r.opening = u"现将有关情况通报如下。"_qs;
        r.requirements = {u"一是加强培训。"_qs, u"二是严格考核。"_qs};
        const BulletinContent c = assembleBulletin(handFacts(), r);
        QCOMPARE(c.preamble.at(0).text, r.opening);
        const BulletinSection &last = c.sections.constLast();
        QCOMPARE(last.blocks.size(), 2);
        QCOMPARE(last.blocks.at(1).text, u"二是严格考核。"_qs);
        QVERIFY(last.blocks.at(1).editable);
        QCOMPARE(last.blocks.at(1).key, u"requirements.2"_qs);
        // Figures are never editable.
        for (const BulletinBlock &b : c.sections.at(0).blocks)
            QVERIFY(!b.editable);
    }

    void emptyMonth()
    {
        BulletinFacts f;
        f.month = QDate(2026, 10, 1);
        f.scopeName = u"全市"_qs;
        const BulletinContent c = assembleBulletin(f, handRequest(BulletinVersion::Public));
        QVERIFY(sectionText(c, u"基本情况"_qs).contains(u"未收到评价"));
        QVERIFY(sectionText(c, u"差评处置"_qs).contains(u"本月未收到差评"));
        QVERIFY(sectionText(c, u"典型差评"_qs).contains(u"本月无需通报的典型差评"));
    }

    void wording()
    {
        namespace w = bulletinwording;
        QCOMPARE(w::percent(0.98125), u"98.13%"_qs);
        QCOMPARE(w::percent(std::nullopt), u"—"_qs);
        QCOMPARE(w::rateChange(u"上月"_qs, 0.5, 0.5), u"较上月持平"_qs);
        QCOMPARE(w::countChange(u"上月"_qs, 90, 100), u"较上月减少10条（下降10.0%）"_qs);
        QCOMPARE(w::enumerate({u"甲"_qs, u"乙"_qs, u"丙"_qs}), u"甲、乙和丙"_qs);
        QCOMPARE(
            w::redact(u"张三丰和张三，身份证620802199001011234"_qs, {u"张三"_qs, u"张三丰"_qs}),
            u"××和××，身份证××"_qs);
    }
};

QTEST_GUILESS_MAIN(TestBulletinAssembler)
#include "tst_bulletinassembler.moc"
