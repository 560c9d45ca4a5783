// SPDX-License-Identifier: GPL-3.0-or-later
// 000 art.6 / 004 §7: five levels, 1–2 are 差评. DESIGN.md §1: GB/T 39046-2020 A.8 numbers
// 1=非常满意 … 5=非常不满意; upload interfaces 1=非常不满意 … 5=非常满意.
#include "models/domain/EvaluationLevel.h"

#include <QTest>

using namespace pingjia;

class TestEvaluationLevel : public QObject {
    Q_OBJECT
private slots:
    void normalizes_data();
    void normalizes();
    void rejectsOtherCodes_data();
    void rejectsOtherCodes();
    void rawCodeRoundTrip();
    void badAndGood();
    void codeSetStrings();
    void names();
};

void TestEvaluationLevel::normalizes_data()
{
    QTest::addColumn<int>("codes");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<int>("level");
    const int g = int(CodeSet::Gbt39046);
    const int u = int(CodeSet::Upload);
    // GB/T 39046 A.8: "1" 非常满意 → 5 … "5" 非常不满意 → 1.
    QTest::newRow("gbt-1") << g << "1" << 5;
    QTest::newRow("gbt-2") << g << "2" << 4;
    QTest::newRow("gbt-3") << g << "3" << 3;
    QTest::newRow("gbt-4") << g << "4" << 2;
    QTest::newRow("gbt-5") << g << "5" << 1;
    // Upload: "1" 非常不满意 → 1 … "5" 非常满意 → 5.
    QTest::newRow("upload-1") << u << "1" << 1;
    QTest::newRow("upload-2") << u << "2" << 2;
    QTest::newRow("upload-3") << u << "3" << 3;
    QTest::newRow("upload-4") << u << "4" << 4;
    QTest::newRow("upload-5") << u << "5" << 5;
}

void TestEvaluationLevel::normalizes()
{
    QFETCH(int, codes);
    QFETCH(QString, raw);
    QFETCH(int, level);
    QCOMPARE(normalizedLevel(CodeSet(codes), raw), std::optional<int>(level));
}

void TestEvaluationLevel::rejectsOtherCodes_data()
{
    QTest::addColumn<QString>("raw");
    for (const char *s : {"6", "0", "", "a", " 2", "2 ", "02", "-1", "2.0", "１", "22", "五"})
        QTest::newRow(s[0] ? s : "empty") << QString::fromUtf8(s);
}

void TestEvaluationLevel::rejectsOtherCodes()
{
    QFETCH(QString, raw);
    QCOMPARE(normalizedLevel(CodeSet::Gbt39046, raw), std::nullopt);
    QCOMPARE(normalizedLevel(CodeSet::Upload, raw), std::nullopt);
}

void TestEvaluationLevel::rawCodeRoundTrip()
{
    for (CodeSet c : {CodeSet::Gbt39046, CodeSet::Upload}) {
        for (int level = 1; level <= 5; ++level)
            QCOMPARE(normalizedLevel(c, rawLevelCode(c, level)), std::optional<int>(level));
        QCOMPARE(rawLevelCode(c, 0), QString());
        QCOMPARE(rawLevelCode(c, 6), QString());
    }
    QCOMPARE(rawLevelCode(CodeSet::Gbt39046, 1), QStringLiteral("5")); // 非常不满意
    QCOMPARE(rawLevelCode(CodeSet::Upload, 1), QStringLiteral("1"));
}

void TestEvaluationLevel::badAndGood()
{
    // 000 art.6: 不满意 and 非常不满意 are 差评; DESIGN §3: good rate = levels 4–5.
    QVERIFY(isBadLevel(1));
    QVERIFY(isBadLevel(2));
    QVERIFY(!isBadLevel(3));
    QVERIFY(!isBadLevel(0));
    QVERIFY(!isBadLevel(6));
    QVERIFY(isGoodLevel(4));
    QVERIFY(isGoodLevel(5));
    QVERIFY(!isGoodLevel(3));
}

void TestEvaluationLevel::codeSetStrings()
{
    QCOMPARE(codeSetFromString(QStringLiteral("gbt39046")), std::optional(CodeSet::Gbt39046));
    QCOMPARE(codeSetFromString(QStringLiteral("upload")), std::optional(CodeSet::Upload));
    QCOMPARE(codeSetFromString(QStringLiteral("GBT39046")), std::nullopt);
    QCOMPARE(codeSetToString(CodeSet::Upload), QStringLiteral("upload"));
    QCOMPARE(codeSetToString(CodeSet::Gbt39046), QStringLiteral("gbt39046"));
}

void TestEvaluationLevel::names()
{
    QCOMPARE(levelName(5), QStringLiteral("Very satisfied"));
    QCOMPARE(levelName(3), QStringLiteral("Basically satisfied"));
    QCOMPARE(levelName(1), QStringLiteral("Very dissatisfied"));
    QCOMPARE(levelName(0), QString());
}

QTEST_GUILESS_MAIN(TestEvaluationLevel)
#include "tst_evaluationlevel.moc"
