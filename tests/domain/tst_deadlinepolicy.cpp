// SPDX-License-Identifier: GPL-3.0-or-later
// DESIGN.md §1 / PLATFORM_API.md "Meta": deadlines come from the platform's `policy`
// (太原 24 h + 10 working days per 000 art.7; 新乡 5 working per 003 art.35(3); 浙江 15
// natural), never hard-coded.
#include "models/domain/DeadlinePolicy.h"

#include <QJsonDocument>
#include <QTest>

using namespace pingjia;

class TestDeadlinePolicy : public QObject {
    Q_OBJECT
private slots:
    void defaultsAreArticle7();
    void readsMeta_data();
    void readsMeta();
    void rejectsBadValues_data();
    void rejectsBadValues();
    void roundTrip();
};

void TestDeadlinePolicy::defaultsAreArticle7()
{
    const DeadlinePolicy p;
    QCOMPARE(p.verifyHours, 24);
    QCOMPARE(p.rectifyDays, 10);
    QCOMPARE(p.dayKind, DayKind::Working);
}

void TestDeadlinePolicy::readsMeta_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("hours");
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("kind");
    QTest::newRow("taiyuan")
        << QByteArray(R"({"verifyHours":24,"rectifyDays":10,"rectifyDayKind":"working"})") << 24
        << 10 << int(DayKind::Working);
    QTest::newRow("xinxiang") << QByteArray(R"({"rectifyDays":5})") << 24 << 5
                              << int(DayKind::Working);
    QTest::newRow("zhejiang") << QByteArray(R"({"rectifyDays":15,"rectifyDayKind":"natural"})")
                              << 24 << 15 << int(DayKind::Natural);
    QTest::newRow("empty-keeps-defaults") << QByteArray("{}") << 24 << 10 << int(DayKind::Working);
    QTest::newRow("48h") << QByteArray(R"({"verifyHours":48.0})") << 48 << 10
                         << int(DayKind::Working);
}

void TestDeadlinePolicy::readsMeta()
{
    QFETCH(QByteArray, json);
    QFETCH(int, hours);
    QFETCH(int, days);
    QFETCH(int, kind);
    QString error;
    const auto p = DeadlinePolicy::fromJson(QJsonDocument::fromJson(json).object(), &error);
    QVERIFY2(p, qPrintable(error));
    QCOMPARE(p->verifyHours, hours);
    QCOMPARE(p->rectifyDays, days);
    QCOMPARE(p->dayKind, DayKind(kind));
}

void TestDeadlinePolicy::rejectsBadValues_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("hours-0") << QByteArray(R"({"verifyHours":0})") << "verifyHours";
    QTest::newRow("hours-string") << QByteArray(R"({"verifyHours":"24"})") << "verifyHours";
    QTest::newRow("hours-fraction") << QByteArray(R"({"verifyHours":1.5})") << "verifyHours";
    QTest::newRow("days-negative") << QByteArray(R"({"rectifyDays":-5})") << "rectifyDays";
    QTest::newRow("days-huge") << QByteArray(R"({"rectifyDays":100000})") << "rectifyDays";
    QTest::newRow("kind-unknown") << QByteArray(R"({"rectifyDayKind":"calendar"})")
                                  << "rectifyDayKind";
    QTest::newRow("kind-null") << QByteArray(R"({"rectifyDayKind":null})") << "rectifyDayKind";
}

void TestDeadlinePolicy::rejectsBadValues()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QString error;
    QCOMPARE(DeadlinePolicy::fromJson(QJsonDocument::fromJson(json).object(), &error),
             std::nullopt);
    QVERIFY2(error.contains(field), qPrintable(error));
}

void TestDeadlinePolicy::roundTrip()
{
    const DeadlinePolicy p{48, 15, DayKind::Natural};
    QCOMPARE(DeadlinePolicy::fromJson(p.toJson()), std::optional(p));
    QCOMPARE(p.toJson().value(QLatin1String("rectifyDayKind")).toString(),
             QStringLiteral("natural"));
    QCOMPARE(dayKindFromString(QStringLiteral("working")), std::optional(DayKind::Working));
    QCOMPARE(dayKindFromString(QStringLiteral("Working")), std::nullopt);
}

QTEST_GUILESS_MAIN(TestDeadlinePolicy)
#include "tst_deadlinepolicy.moc"
