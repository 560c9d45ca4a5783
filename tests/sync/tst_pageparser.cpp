// SPDX-License-Identifier: GPL-3.0-or-later
// PageParser on hand-made pages: code sets, UTC+8 times, page-level failures (malformed,
// cut mid-record) and record-level ones (wrong types, unknown codes, missing ids, a 1 MB
// comment), each with a clear message and the rest of the page intact.
#include "models/domain/HandlingRecord.h"
#include "models/domain/PlatformTime.h"
#include "models/sync/PageParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pingjia;

namespace {

QJsonObject evaluation(const QString &id, const QString &satisfaction = QStringLiteral("2"))
{
    return {{"evalId", id},
            {"projectNo", "P1"},
            {"taskCode", "T1"},
            {"deptCode", "11620800MB1234567X"},
            {"centerCode", "C620802"},
            {"windowCode", "W620802-007"},
            {"staffId", QJsonValue()},
            {"areaCode", "620802"},
            {"pf", "1"},
            {"satisfaction", satisfaction},
            {"evalDetail", "510,517"},
            {"writingEvaluation", QStringLiteral("排队两个小时无人引导")},
            {"assessTime", "2026-10-15 09:31:02"},
            {"assessNumber", 1},
            {"userProp", 1},
            {"userName", QStringLiteral("张三")},
            {"mobile", "13812345678"},
            {"certkeyGOV", "620802199001011234"},
            {"anonymous", false},
            {"status", "normal"},
            {"updatedAt", "2026-10-15 09:31:05"}};
}

QByteArray page(const QJsonArray &items, bool hasMore = false)
{
    return QJsonDocument(QJsonObject{{"items", items}, {"nextCursor", "c-1"}, {"hasMore", hasMore}})
        .toJson(QJsonDocument::Compact);
}

ParsedPage parseOk(PageParser &parser, CacheList list, const QByteArray &body)
{
    ParsedPage p;
    QString error;
    if (!parser.parse(list, body, &p, &error))
        qWarning() << "unexpected page error:" << error;
    return p;
}

} // namespace

class TestPageParser : public QObject {
    Q_OBJECT
private slots:
    void mapsLevelsThroughTheCodeSet()
    {
        PageParser gbt(CodeSet::Gbt39046, ChannelTable::forCodeSet(CodeSet::Gbt39046));
        PageParser upload(CodeSet::Upload, ChannelTable::forCodeSet(CodeSet::Upload));
        const QByteArray body = page({evaluation("E1", "1"), evaluation("E2", "5")});
        const ParsedPage a = parseOk(gbt, CacheList::Evaluations, body);
        QCOMPARE(a.evaluations.size(), 2);
        QCOMPARE(a.evaluations[0].level, 5); // GB/T 39046: 1 = 非常满意
        QCOMPARE(a.evaluations[1].level, 1);
        QCOMPARE(a.evaluations[0].rawSatisfaction, QStringLiteral("1"));
        const ParsedPage b = parseOk(upload, CacheList::Evaluations, body);
        QCOMPARE(b.evaluations[0].level, 1); // upload: 1 = 非常不满意
        QCOMPARE(b.evaluations[1].level, 5);
        QCOMPARE(b.nextCursor, QStringLiteral("c-1"));
        QCOMPARE(b.hasMore, false);
        QCOMPARE(a.skipped.size(), 0);
        // pf "1" is not in the upload table ("01"…): kept, and reported.
        QCOMPARE(b.skipped.size(), 2);
        QCOMPARE(b.skipped[0].action, SkippedRecord::Action::Kept);
    }

    void readsEveryFieldAtUtcPlus8()
    {
        PageParser parser(CodeSet::Gbt39046, ChannelTable::forCodeSet(CodeSet::Gbt39046));
        const ParsedPage p = parseOk(parser, CacheList::Evaluations, page({evaluation("E1")}));
        QCOMPARE(p.evaluations.size(), 1);
        const Evaluation &e = p.evaluations.first();
        QCOMPARE(e.assessTime.toUTC(), QDateTime(QDate(2026, 10, 15), QTime(1, 31, 2), Qt::UTC));
        QCOMPARE(e.assessTime, parsePlatformTime(QStringLiteral("2026-10-15 09:31:02")));
        QCOMPARE(formatPlatformTime(e.updatedAt), QStringLiteral("2026-10-15 09:31:05"));
        QCOMPARE(e.text, QStringLiteral("排队两个小时无人引导"));
        QCOMPARE(e.userName, QStringLiteral("张三"));
        QCOMPARE(e.certNo, QStringLiteral("620802199001011234"));
        QCOMPARE(e.staffId, QString()); // null
        QCOMPARE(e.level, 4);           // "2" in GB/T 39046 is 满意
        QCOMPARE(e.withdrawn, false);
        QCOMPARE(p.firstUpdatedAt, e.updatedAt);
        QCOMPARE(p.lastUpdatedAt, e.updatedAt);
    }

    void malformedPagesAreRefusedWhole_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QByteArray good = page({evaluation("E1"), evaluation("E2")});
        QTest::newRow("not json") << QByteArray("<html>502 Bad Gateway</html>");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("cut mid-record") << good.left(good.size() * 2 / 3);
        QTest::newRow("cut after items") << good.left(good.indexOf("\"nextCursor\"") + 5);
        QTest::newRow("array root") << QByteArray("[1,2]");
        QTest::newRow("no items") << QByteArray(R"({"nextCursor":"x","hasMore":false})");
        QTest::newRow("items not a list")
            << QByteArray(R"({"items":{},"nextCursor":"x","hasMore":false})");
        QTest::newRow("no cursor") << QByteArray(R"({"items":[],"hasMore":false})");
        QTest::newRow("cursor not text")
            << QByteArray(R"({"items":[],"nextCursor":7,"hasMore":false})");
        QTest::newRow("no hasMore") << QByteArray(R"({"items":[],"nextCursor":"x"})");
        QTest::newRow("trailing garbage") << good + "xyz";
        QTest::newRow("bad utf-8")
            << QByteArray("{\"items\":[],\"nextCursor\":\"\xff\xfe\",\"hasMore\":false}");
    }
    void malformedPagesAreRefusedWhole()
    {
        QFETCH(QByteArray, body);
        PageParser parser(CodeSet::Gbt39046, {});
        ParsedPage p;
        QString error;
        QVERIFY(!parser.parse(CacheList::Evaluations, body, &p, &error));
        QVERIFY2(error.contains(QStringLiteral("evaluations")), qPrintable(error));
        QCOMPARE(p.recordCount(), 0);
        // The parser is reusable after a failure.
        QVERIFY(parser.parse(CacheList::Evaluations, page({evaluation("E9")}), &p, &error));
        QCOMPARE(p.evaluations.size(), 1);
    }

    void badRecordsAreSkippedAndReported_data()
    {
        QTest::addColumn<QJsonObject>("record");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("reasonPart");
        QJsonObject o = evaluation("E-num");
        o["evalId"] = 12345;
        QTest::newRow("id is a number") << o << QStringLiteral("#1") << QStringLiteral("evalId");
        o = evaluation("E-missing");
        o.remove("evalId");
        QTest::newRow("id missing") << o << QStringLiteral("#1") << QStringLiteral("evalId");
        o = evaluation("");
        QTest::newRow("id empty") << o << QStringLiteral("#1") << QStringLiteral("evalId");
        o = evaluation(QString(100, u'E'));
        QTest::newRow("id too long") << o << QStringLiteral("#1") << QStringLiteral("evalId");
        o = evaluation("E-level", "7");
        QTest::newRow("unknown satisfaction")
            << o << QStringLiteral("E-level") << QStringLiteral("satisfaction");
        o = evaluation("E-level-num");
        o["satisfaction"] = 2;
        QTest::newRow("satisfaction a number")
            << o << QStringLiteral("E-level-num") << QStringLiteral("satisfaction");
        o = evaluation("E-number");
        o["assessNumber"] = "first";
        QTest::newRow("assessNumber text")
            << o << QStringLiteral("E-number") << QStringLiteral("assessNumber");
        o = evaluation("E-frac");
        o["assessNumber"] = 1.5;
        QTest::newRow("assessNumber fraction")
            << o << QStringLiteral("E-frac") << QStringLiteral("assessNumber");
        o = evaluation("E-time");
        o["assessTime"] = "2026-10-15T09:31:02";
        QTest::newRow("time with T")
            << o << QStringLiteral("E-time") << QStringLiteral("assessTime");
        o = evaluation("E-date");
        o["updatedAt"] = "2026-02-30 10:00:00";
        QTest::newRow("impossible date")
            << o << QStringLiteral("E-date") << QStringLiteral("updatedAt");
        o = evaluation("E-status");
        o["status"] = "deleted";
        QTest::newRow("unknown status")
            << o << QStringLiteral("E-status") << QStringLiteral("status");
        o = evaluation("E-anon");
        o["anonymous"] = "no";
        QTest::newRow("bool as text")
            << o << QStringLiteral("E-anon") << QStringLiteral("anonymous");
        o = evaluation("E-mobile");
        o["mobile"] = QString(300, u'1');
        QTest::newRow("absurd mobile")
            << o << QStringLiteral("E-mobile") << QStringLiteral("mobile");
        o = evaluation("E-obj");
        o["projectNo"] = QJsonObject{{"a", 1}};
        QTest::newRow("object for text")
            << o << QStringLiteral("E-obj") << QStringLiteral("projectNo");
    }
    void badRecordsAreSkippedAndReported()
    {
        QFETCH(QJsonObject, record);
        QFETCH(QString, id);
        QFETCH(QString, reasonPart);
        PageParser parser(CodeSet::Gbt39046, ChannelTable::forCodeSet(CodeSet::Gbt39046));
        const ParsedPage p =
            parseOk(parser, CacheList::Evaluations,
                    page({evaluation("E-before"), record, evaluation("E-after")}, true));
        QCOMPARE(p.itemCount, 3);
        QCOMPARE(p.evaluations.size(), 2);
        QCOMPARE(p.evaluations[0].evalId, QStringLiteral("E-before"));
        QCOMPARE(p.evaluations[1].evalId, QStringLiteral("E-after"));
        QCOMPARE(p.skipped.size(), 1);
        QCOMPARE(p.skippedCount(), 1);
        QCOMPARE(p.skipped[0].action, SkippedRecord::Action::Skipped);
        QCOMPARE(p.skipped[0].id, id);
        QVERIFY2(p.skipped[0].reason.contains(reasonPart), qPrintable(p.skipped[0].reason));
        QCOMPARE(p.hasMore, true);
    }

    void aHugeCommentIsCutNotLost()
    {
        PageParser parser(CodeSet::Gbt39046, ChannelTable::forCodeSet(CodeSet::Gbt39046));
        QJsonObject o = evaluation("E-long", "5"); // 非常不满意: a complaint we must keep
        QString huge;
        huge.reserve(1024 * 1024);
        while (huge.size() < 1024 * 1024)
            huge += QStringLiteral("窗口人员态度恶劣😡");
        o["writingEvaluation"] = huge;
        const ParsedPage p = parseOk(parser, CacheList::Evaluations, page({o, evaluation("E2")}));
        QCOMPARE(p.evaluations.size(), 2);
        const Evaluation &e = p.evaluations.first();
        QCOMPARE(e.level, 1);
        QVERIFY(e.text.size() <= PageParser::kMaxTextChars);
        QVERIFY(e.text.endsWith(QChar(0x2026)));
        QVERIFY(huge.startsWith(e.text.chopped(1)));
        QVERIFY(!e.text.chopped(1).back().isHighSurrogate());
        QCOMPARE(p.skipped.size(), 1);
        QCOMPARE(p.skipped[0].action, SkippedRecord::Action::Truncated);
        QCOMPARE(p.skipped[0].id, QStringLiteral("E-long"));
        QCOMPARE(p.skippedCount(), 0);
    }

    void anUnknownChannelKeepsTheEvaluation()
    {
        PageParser parser(CodeSet::Gbt39046, ChannelTable::forCodeSet(CodeSet::Gbt39046));
        QJsonObject o = evaluation("E-pf");
        o["pf"] = "99";
        const ParsedPage p = parseOk(parser, CacheList::Evaluations, page({o}));
        QCOMPARE(p.evaluations.size(), 1);
        QCOMPARE(p.evaluations[0].channelCode, QStringLiteral("99"));
        QCOMPARE(p.skipped.size(), 1);
        QCOMPARE(p.skipped[0].action, SkippedRecord::Action::Kept);
    }

    void nonObjectEntriesAreSkipped()
    {
        PageParser parser(CodeSet::Gbt39046, {});
        const ParsedPage p =
            parseOk(parser, CacheList::Evaluations, page({1, QJsonValue(), evaluation("E1")}));
        QCOMPARE(p.evaluations.size(), 1);
        QCOMPARE(p.skipped.size(), 2);
        QCOMPARE(p.skipped[0].id, QStringLiteral("#0"));
        QCOMPARE(p.skipped[1].id, QStringLiteral("#1"));
    }

    void readsTheReferenceLists()
    {
        PageParser parser(CodeSet::Gbt39046, {});
        const QJsonObject org{{"orgCode", "C620802"},
                              {"name", QStringLiteral("崆峒区政务服务中心")},
                              {"level", "county"},
                              {"kind", "center"},
                              {"parentCode", QJsonValue()},
                              {"areaCode", "620802"},
                              {"creditCode", QJsonValue()},
                              {"status", "withdrawn"},
                              {"updatedAt", "2026-01-02 03:04:05"}};
        QJsonObject badOrg = org;
        badOrg["orgCode"] = "C1";
        badOrg["level"] = "galaxy";
        ParsedPage p = parseOk(parser, CacheList::Orgs, page({org, badOrg}));
        QCOMPARE(p.orgs.size(), 1);
        QCOMPARE(p.orgs[0].withdrawn, true);
        QCOMPARE(p.orgs[0].parentCode, QString());
        QCOMPARE(p.skipped.size(), 1);
        QVERIFY(p.skipped[0].reason.contains(QStringLiteral("galaxy")));

        const QJsonObject c{{"projectNo", "P1"},
                            {"taskCode", "T"},
                            {"deptCode", "D"},
                            {"centerCode", "C1"},
                            {"windowCode", "W1"},
                            {"staffId", "S1"},
                            {"acceptDate", "2026-01-02 03:04:05"},
                            {"finishDate", QJsonValue()},
                            {"proStatus", 2},
                            {"status", "normal"},
                            {"updatedAt", "2026-01-02 03:04:05"}};
        QJsonObject badCase = c;
        badCase["projectNo"] = "P2";
        badCase["proStatus"] = 9;
        p = parseOk(parser, CacheList::Cases, page({c, badCase}));
        QCOMPARE(p.cases.size(), 1);
        QVERIFY(!p.cases[0].finishDate.isValid());
        QCOMPARE(p.cases[0].proStatus, 2);
        QCOMPARE(p.skipped.size(), 1);
        QCOMPARE(p.skipped[0].id, QStringLiteral("P2"));

        p = parseOk(parser, CacheList::Staff,
                    page({QJsonObject{{"staffId", "S1"},
                                      {"name", QStringLiteral("李四")},
                                      {"orgCode", "W1"},
                                      {"status", "normal"},
                                      {"updatedAt", "2026-01-02 03:04:05"}}}));
        QCOMPARE(p.staff.size(), 1);
        p = parseOk(parser, CacheList::Items,
                    page({QJsonObject{{"taskCode", "T1"},
                                      {"taskName", QStringLiteral("营业执照")},
                                      {"taskType", "01"},
                                      {"deptCode", "D"},
                                      {"status", "normal"},
                                      {"updatedAt", "2026-01-02 03:04:05"}}}));
        QCOMPARE(p.items.size(), 1);
        QCOMPARE(p.items[0].taskType, QStringLiteral("01"));
    }

    void readsHandlingRecords()
    {
        HandlingRecord r;
        r.evalId = QStringLiteral("E1");
        r.state = HandlingState::Confirmed;
        r.verifyResult = VerifyResult::Confirmed;
        r.verifiedAt = parsePlatformTime(QStringLiteral("2026-10-15 10:00:00"));
        r.verifyDeadline = parsePlatformTime(QStringLiteral("2026-10-16 09:31:02"));
        r.rectificationDeadline = parsePlatformTime(QStringLiteral("2026-10-29 23:59:59"));
        r.version = 2;
        r.updatedAt = parsePlatformTime(QStringLiteral("2026-10-15 10:00:00"));
        r.history.append(HistoryEntry{QStringLiteral("a-1"), ActionType::Verify,
                                      QStringLiteral("demo"), r.verifiedAt,
                                      QJsonObject{{"evidence", "video"}}});
        QJsonObject bad = r.toJson();
        bad["evalId"] = "E2";
        bad["state"] = "lost";
        PageParser parser(CodeSet::Gbt39046, {});
        const ParsedPage p = parseOk(parser, CacheList::BadReviews, page({r.toJson(), bad}));
        QCOMPARE(p.badReviews.size(), 1);
        QCOMPARE(p.badReviews[0], r);
        QCOMPARE(p.skipped.size(), 1);
        QCOMPARE(p.skipped[0].id, QStringLiteral("E2"));
    }
};

QTEST_GUILESS_MAIN(TestPageParser)
#include "tst_pageparser.moc"
