// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/platform-sim/NationalCodes.h"

#include <QTest>

using namespace pingjia;

class TestNationalCodes : public QObject {
    Q_OBJECT
private slots:
    void publishedExamplesAreValid()
    {
        // Examples printed in GB 32100-2015 and GB 11643-1999.
        QVERIFY(isValidCreditCode(QStringLiteral("91350100M000100Y43")));
        QVERIFY(isValidResidentId(QStringLiteral("11010519491231002X")));
        QVERIFY(isValidResidentId(QStringLiteral("440524188001010014")));
    }
    void corruptedCodesAreRejected()
    {
        QVERIFY(!isValidCreditCode(QStringLiteral("91350100M000100Y44")));
        QVERIFY(!isValidCreditCode(QStringLiteral("91350100M000100Y4")));
        QVERIFY(!isValidCreditCode(QStringLiteral("9135010OM000100Y43"))); // letter O
        QVERIFY(!isValidResidentId(QStringLiteral("110105194912310021")));
        QVERIFY(!isValidResidentId(QStringLiteral("11010519491331002X"))); // month 13
    }
    void generatedCodesAreValid()
    {
        for (quint64 serial = 0; serial < 2000; ++serial) {
            const QString code = makeCreditCode(QStringLiteral("11"), QStringLiteral("620802"),
                                                serial * 0x9E3779B97F4A7C15ull);
            QVERIFY2(isValidCreditCode(code), qPrintable(code));
            QCOMPARE(code.left(8), QStringLiteral("11620802"));
        }
        for (int seq = 0; seq < 1000; ++seq) {
            const QString id =
                makeResidentId(QStringLiteral("620802"), QDate(1990, 1, 1).addDays(seq * 7), seq);
            QVERIFY2(isValidResidentId(id), qPrintable(id));
        }
    }
};

QTEST_GUILESS_MAIN(TestNationalCodes)
#include "tst_sim_nationalcodes.moc"
