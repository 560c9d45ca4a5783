// SPDX-License-Identifier: GPL-3.0-or-later
// Common-problem categories: the default keyword rules, first match wins, editing,
// the JSON form (and its errors), and keeping the user's rules in the local-work
// settings.

#include "QueueFixture.h"

#include "models/domain/CommonProblemCategory.h"
#include "models/store/LocalWorkStore.h"

#include <QJsonDocument>
#include <QtTest>

using namespace pingjia;

class TestCommonProblemCategory : public QObject {
    Q_OBJECT

private slots:
    void defaults_data();
    void defaults();
    void keysAndNames();
    void editing();
    void jsonRoundTrip();
    void badJson_data();
    void badJson();
    void storedInLocalWorkSettings();
};

void TestCommonProblemCategory::defaults_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("category");
    QTest::newRow("queue") << "排队两个小时无人引导" << int(ProblemCategory::WaitingTime);
    QTest::newRow("waited") << "等了半天也没人叫号" << int(ProblemCategory::WaitingTime);
    QTest::newRow("attitude") << "工作人员态度恶劣" << int(ProblemCategory::Attitude);
    QTest::newRow("impatient") << "窗口人员不耐烦" << int(ProblemCategory::Attitude);
    QTest::newRow("materials") << "材料反复提交" << int(ProblemCategory::RepeatedMaterials);
    QTest::newRow("many times") << "多次跑腿才办成" << int(ProblemCategory::RepeatedMaterials);
    QTest::newRow("system") << "系统故障无法办理" << int(ProblemCategory::SystemFailure);
    QTest::newRow("network") << "网络不通" << int(ProblemCategory::SystemFailure);
    QTest::newRow("other") << "不满意" << int(ProblemCategory::Other);
    QTest::newRow("empty") << "" << int(ProblemCategory::Other);
    // First rule wins: waiting time before system failure.
    QTest::newRow("both") << "系统慢，排队久" << int(ProblemCategory::WaitingTime);
}

void TestCommonProblemCategory::defaults()
{
    QFETCH(QString, text);
    QFETCH(int, category);
    QCOMPARE(int(CommonProblemRules::defaults().categorize(text)), category);
}

void TestCommonProblemCategory::keysAndNames()
{
    for (ProblemCategory c : kAllProblemCategories) {
        QCOMPARE(problemCategoryFromKey(problemCategoryKey(c)), std::optional<ProblemCategory>(c));
        QVERIFY(!problemCategoryName(c).isEmpty());
    }
    QVERIFY(!problemCategoryFromKey(QStringLiteral("weather")));
    QCOMPARE(problemCategoryKey(ProblemCategory::RepeatedMaterials),
             QStringLiteral("repeated_materials"));
}

void TestCommonProblemCategory::editing()
{
    CommonProblemRules rules = CommonProblemRules::defaults();
    QCOMPARE(int(rules.categorize(QStringLiteral("停车难"))), int(ProblemCategory::Other));
    rules.setKeywords(ProblemCategory::SystemFailure,
                      {QStringLiteral("停车"), QStringLiteral(" ")});
    QCOMPARE(rules.keywords(ProblemCategory::SystemFailure), QStringList{QStringLiteral("停车")});
    QCOMPARE(int(rules.categorize(QStringLiteral("停车难"))), int(ProblemCategory::SystemFailure));
    QCOMPARE(int(rules.categorize(QStringLiteral("系统故障"))), int(ProblemCategory::Other));
    // Latin keywords match regardless of case.
    rules.setKeywords(ProblemCategory::Attitude, {QStringLiteral("rude")});
    QCOMPARE(int(rules.categorize(QStringLiteral("Staff were RUDE"))),
             int(ProblemCategory::Attitude));
    QVERIFY(rules != CommonProblemRules::defaults());
}

void TestCommonProblemCategory::jsonRoundTrip()
{
    CommonProblemRules rules = CommonProblemRules::defaults();
    rules.setKeywords(ProblemCategory::Attitude, {QStringLiteral("冷脸")});
    QString error;
    const auto back = CommonProblemRules::fromJson(rules.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, rules);
    QCOMPARE(rules.toJson().first().toObject().value(QStringLiteral("category")).toString(),
             QStringLiteral("waiting_time"));
}

void TestCommonProblemCategory::badJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not an object") << QByteArray(R"([1])");
    QTest::newRow("unknown category") << QByteArray(R"([{"category":"weather","keywords":[]}])");
    QTest::newRow("no keyword list") << QByteArray(R"([{"category":"attitude"}])");
    QTest::newRow("keyword not text") << QByteArray(R"([{"category":"attitude","keywords":[3]}])");
}

void TestCommonProblemCategory::badJson()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!CommonProblemRules::fromJson(QJsonDocument::fromJson(json).array(), &error));
    QVERIFY(!error.isEmpty());
}

void TestCommonProblemCategory::storedInLocalWorkSettings()
{
    queuetest::QueueStores stores;
    QVERIFY(stores.open());
    CommonProblemRules rules = CommonProblemRules::defaults();
    rules.setKeywords(ProblemCategory::WaitingTime, {QStringLiteral("叫号慢")});
    LocalWorkStore work(stores.work);
    const QString key = QString::fromLatin1(kCommonProblemRulesSetting);
    QVERIFY(work.setSetting(key, QString::fromUtf8(QJsonDocument(rules.toJson()).toJson())).ok());
    const auto text = work.setting(key);
    QVERIFY(text);
    const auto back = CommonProblemRules::fromJson(QJsonDocument::fromJson(text->toUtf8()).array());
    QVERIFY(back);
    QCOMPARE(*back, rules);
}

QTEST_GUILESS_MAIN(TestCommonProblemCategory)
#include "tst_commonproblemcategory.moc"
