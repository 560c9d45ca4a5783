// SPDX-License-Identifier: GPL-3.0-or-later
// 000 art.6: a 不满意/非常不满意 evaluation without text is invalid (kept, excluded from
// indicators). PLATFORM_API.md: withdrawn records are tombstones, excluded as well.
#include "models/domain/EvaluationValidity.h"

#include <QTest>

using namespace pingjia;

class TestEvaluationValidity : public QObject {
    Q_OBJECT
private slots:
    void validity_data();
    void validity();
    void strings();
};

void TestEvaluationValidity::validity_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("withdrawn");
    QTest::addColumn<int>("expected");
    const int valid = int(Validity::Valid);
    const int noText = int(Validity::InvalidNoText);
    const int gone = int(Validity::Withdrawn);
    QTest::newRow("1-with-text") << 1 << "排队两个小时无人引导" << false << valid;
    QTest::newRow("2-with-text") << 2 << "态度差" << false << valid;
    QTest::newRow("1-empty") << 1 << "" << false << noText;
    QTest::newRow("2-null") << 2 << QString() << false << noText;
    QTest::newRow("2-spaces") << 2 << "  \t\n " << false << noText;
    QTest::newRow("1-ideographic-space") << 1 << QStringLiteral("\u3000\u3000") << false << noText;
    QTest::newRow("3-empty-is-fine") << 3 << "" << false << valid; // only 差评 need text
    QTest::newRow("5-empty-is-fine") << 5 << "" << false << valid;
    QTest::newRow("withdrawn-good") << 5 << "很好" << true << gone;
    QTest::newRow("withdrawn-wins-over-no-text") << 1 << "" << true << gone;
}

void TestEvaluationValidity::validity()
{
    QFETCH(int, level);
    QFETCH(QString, text);
    QFETCH(bool, withdrawn);
    QFETCH(int, expected);
    const Validity v = evaluationValidity(level, text, withdrawn);
    QCOMPARE(v, Validity(expected));
    QCOMPARE(countsInIndicators(v), expected == int(Validity::Valid));
}

void TestEvaluationValidity::strings()
{
    QCOMPARE(validityToString(Validity::Valid), QStringLiteral("valid"));
    QCOMPARE(validityToString(Validity::InvalidNoText), QStringLiteral("invalid_no_text"));
    QCOMPARE(validityToString(Validity::Withdrawn), QStringLiteral("withdrawn"));
}

QTEST_GUILESS_MAIN(TestEvaluationValidity)
#include "tst_evaluationvalidity.moc"
