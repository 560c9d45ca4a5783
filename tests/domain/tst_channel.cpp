// SPDX-License-Identifier: GPL-3.0-or-later
// 000 art.4; 003; 004: channels are the hall evaluator device, PC/web, mobile app, QR code,
// SMS, phone (incl. 12345) and self-service terminal. PLATFORM_API.md "Meta": each
// platform announces its own `pf` table; unknown codes stay visible.
#include "models/domain/Channel.h"

#include <QJsonDocument>
#include <QTest>

using namespace pingjia;

class TestChannel : public QObject {
    Q_OBJECT
private slots:
    void builtinTablesCoverEveryKind_data();
    void builtinTablesCoverEveryKind();
    void tablesDiffer();
    void unknownCodeIsVisible();
    void fromMetaJson();
    void fromMetaJsonWithKinds();
    void rejectsMalformedJson();
    void jsonRoundTripKeepsKinds();
    void labelGuess_data();
    void labelGuess();
    void kindStrings();
};

void TestChannel::builtinTablesCoverEveryKind_data()
{
    QTest::addColumn<int>("codes");
    QTest::newRow("gbt39046") << int(CodeSet::Gbt39046);
    QTest::newRow("upload") << int(CodeSet::Upload);
}

void TestChannel::builtinTablesCoverEveryKind()
{
    QFETCH(int, codes);
    const ChannelTable t = ChannelTable::forCodeSet(CodeSet(codes));
    QSet<ChannelKind> kinds;
    for (const QString &code : t.codes()) {
        kinds.insert(t.kind(code));
        QVERIFY(!t.name(code).isEmpty());
    }
    for (ChannelKind k :
         {ChannelKind::HallDevice, ChannelKind::Pc, ChannelKind::MobileApp, ChannelKind::QrCode,
          ChannelKind::Sms, ChannelKind::Phone, ChannelKind::SelfService})
        QVERIFY2(kinds.contains(k), qPrintable(channelKindToString(k)));
    QVERIFY(!kinds.contains(ChannelKind::Unknown));
}

void TestChannel::tablesDiffer()
{
    const ChannelTable g = ChannelTable::forCodeSet(CodeSet::Gbt39046);
    const ChannelTable u = ChannelTable::forCodeSet(CodeSet::Upload);
    QCOMPARE(g.kind(QStringLiteral("4")), ChannelKind::HallDevice); // the API example's pf "4"
    QCOMPARE(g.kind(QStringLiteral("7")), ChannelKind::Phone);      // 12345热线
    QCOMPARE(u.kind(QStringLiteral("01")), ChannelKind::HallDevice);
    QCOMPARE(u.kind(QStringLiteral("4")), ChannelKind::Unknown);
    QVERIFY(g != u);
}

void TestChannel::unknownCodeIsVisible()
{
    const ChannelTable t = ChannelTable::forCodeSet(CodeSet::Gbt39046);
    QCOMPARE(t.kind(QStringLiteral("99")), ChannelKind::Unknown);
    QCOMPARE(t.name(QStringLiteral("99")), QStringLiteral("unknown channel (99)"));
    QCOMPARE(ChannelTable().name(QString()), QStringLiteral("unknown channel ()"));
}

void TestChannel::fromMetaJson()
{
    // The /api/v1/meta shape: {"1":"PC端", …}.
    const auto doc = QJsonDocument::fromJson(
        R"({"1":"PC端","2":"移动端","3":"扫码评价","4":"大厅评价器","5":"短信","6":"12345热线","7":"自助终端","9":"其他"})");
    QString error;
    const auto t = ChannelTable::fromJson(doc.object(), &error);
    QVERIFY2(t, qPrintable(error));
    QCOMPARE(t->kind(QStringLiteral("1")), ChannelKind::Pc);
    QCOMPARE(t->kind(QStringLiteral("2")), ChannelKind::MobileApp);
    QCOMPARE(t->kind(QStringLiteral("3")), ChannelKind::QrCode);
    QCOMPARE(t->kind(QStringLiteral("4")), ChannelKind::HallDevice);
    QCOMPARE(t->kind(QStringLiteral("5")), ChannelKind::Sms);
    QCOMPARE(t->kind(QStringLiteral("6")), ChannelKind::Phone);
    QCOMPARE(t->kind(QStringLiteral("7")), ChannelKind::SelfService);
    QCOMPARE(t->kind(QStringLiteral("9")), ChannelKind::Unknown);
    QCOMPARE(t->name(QStringLiteral("9")), QStringLiteral("其他")); // known code, label kept
}

void TestChannel::fromMetaJsonWithKinds()
{
    const auto doc = QJsonDocument::fromJson(R"({"x":{"name":"甘快办","kind":"mobile_app"}})");
    const auto t = ChannelTable::fromJson(doc.object());
    QVERIFY(t);
    QCOMPARE(t->kind(QStringLiteral("x")), ChannelKind::MobileApp);
    QCOMPARE(t->name(QStringLiteral("x")), QStringLiteral("甘快办"));
}

void TestChannel::rejectsMalformedJson()
{
    QString error;
    QVERIFY(!ChannelTable::fromJson(QJsonDocument::fromJson(R"({"1":5})").object(), &error));
    QVERIFY(error.contains(QLatin1String("1")));
    error.clear();
    QVERIFY(!ChannelTable::fromJson(QJsonDocument::fromJson(R"({" ":"PC"})").object(), &error));
    QVERIFY(!error.isEmpty());
}

void TestChannel::jsonRoundTripKeepsKinds()
{
    for (CodeSet c : {CodeSet::Gbt39046, CodeSet::Upload}) {
        const ChannelTable t = ChannelTable::forCodeSet(c);
        const auto back = ChannelTable::fromJson(t.toJson());
        QVERIFY(back);
        QCOMPARE(*back, t); // names and kinds (guessed from the labels) survive
    }
}

void TestChannel::labelGuess_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("kind");
    QTest::newRow("hotline") << "12345政务服务便民热线" << int(ChannelKind::Phone);
    QTest::newRow("phone-visit") << "电话回访" << int(ChannelKind::Phone);
    QTest::newRow("web") << "政务服务网" << int(ChannelKind::Pc);
    QTest::newRow("pc") << "PC端" << int(ChannelKind::Pc);
    QTest::newRow("app") << "政务服务APP" << int(ChannelKind::MobileApp);
    QTest::newRow("mini-program") << "微信小程序" << int(ChannelKind::MobileApp);
    QTest::newRow("qr") << "二维码" << int(ChannelKind::QrCode);
    QTest::newRow("sms") << "短信评价" << int(ChannelKind::Sms);
    QTest::newRow("self") << "自助服务终端" << int(ChannelKind::SelfService);
    QTest::newRow("hall") << "政务服务大厅评价器" << int(ChannelKind::HallDevice);
    QTest::newRow("window") << "窗口评价器" << int(ChannelKind::HallDevice);
    QTest::newRow("other") << "其他" << int(ChannelKind::Unknown);
}

void TestChannel::labelGuess()
{
    QFETCH(QString, label);
    QFETCH(int, kind);
    QCOMPARE(channelKindFromLabel(label), ChannelKind(kind));
}

void TestChannel::kindStrings()
{
    for (ChannelKind k :
         {ChannelKind::HallDevice, ChannelKind::Pc, ChannelKind::MobileApp, ChannelKind::QrCode,
          ChannelKind::Sms, ChannelKind::Phone, ChannelKind::SelfService, ChannelKind::Unknown}) {
        QCOMPARE(channelKindFromString(channelKindToString(k)), std::optional(k));
        QVERIFY(!channelKindName(k).isEmpty());
    }
    QCOMPARE(channelKindFromString(QStringLiteral("fax")), std::nullopt);
}

QTEST_GUILESS_MAIN(TestChannel)
#include "tst_channel.moc"
