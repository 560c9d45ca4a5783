// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/secrets/PersonalDataMask.h"

#include <QTest>

using namespace pingjia;

class TestPersonalDataMask : public QObject {
    Q_OBJECT
private slots:
    void name_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("two") << u"张三"_qs << u"张*"_qs;
        QTest::newRow("four") << u"欧阳娜娜"_qs << u"欧***"_qs;
        QTest::newRow("three") << u"李小明"_qs << u"李**"_qs;
        QTest::newRow("one") << u"王"_qs << u"*"_qs;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("spaces") << u"  张三 "_qs << u"张*"_qs;
        // U+20BB7 𠮷 is outside the BMP: one character, one star.
        QTest::newRow("astral") << QString::fromUtf8("𠮷𠮷𠮷") << QString::fromUtf8("𠮷**");
    }
    void name()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(PersonalDataMask::name(in), out);
    }

    void mobile_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("mobile") << u"13812345678"_qs << u"138****5678"_qs;
        QTest::newRow("landline") << u"09318888888"_qs << u"093****8888"_qs;
        QTest::newRow("short") << u"12345"_qs << u"*2345"_qs;
        QTest::newRow("empty") << QString() << QString();
    }
    void mobile()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(PersonalDataMask::mobile(in), out);
    }

    void certNo_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("id18") << u"620802199001011234"_qs << u"620802********1234"_qs;
        QTest::newRow("idX") << u"62080219900101123X"_qs << u"620802********123X"_qs;
        QTest::newRow("short") << u"AB1234"_qs << u"**1234"_qs;
        QTest::newRow("empty") << QString() << QString();
    }
    void certNo()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(PersonalDataMask::certNo(in), out);
    }
};

QTEST_GUILESS_MAIN(TestPersonalDataMask)
#include "tst_personaldatamask.moc"
