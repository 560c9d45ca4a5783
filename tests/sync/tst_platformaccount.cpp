// SPDX-License-Identifier: GPL-3.0-or-later
// One spelling per platform URL: cursors and keychain entries must not split.
#include "models/sync/PlatformAccount.h"

#include <QTest>

using namespace pingjia;

class TestPlatformAccount : public QObject {
    Q_OBJECT
private slots:
    void normalizes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("http://127.0.0.1:8080")
                               << QStringLiteral("http://127.0.0.1:8080");
        QTest::newRow("slash") << QStringLiteral("http://127.0.0.1:8080/")
                               << QStringLiteral("http://127.0.0.1:8080");
        QTest::newRow("case") << QStringLiteral("HTTPS://Platform.GS.gov.cn/api/")
                              << QStringLiteral("https://platform.gs.gov.cn/api");
        QTest::newRow("default port")
            << QStringLiteral("https://p.example:443") << QStringLiteral("https://p.example");
        QTest::newRow("query dropped")
            << QStringLiteral("http://h:1/?a=b#c") << QStringLiteral("http://h:1");
        QTest::newRow("user info dropped")
            << QStringLiteral("http://me:secret@h:1") << QStringLiteral("http://h:1");
        QTest::newRow("ftp") << QStringLiteral("ftp://h") << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void normalizes()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(PlatformAccount::normalizeUrl(input), expected);
    }

    void endpoints()
    {
        PlatformAccount a{QStringLiteral("http://h:1/base"), QStringLiteral("u"), {}};
        QCOMPARE(a.endpoint(QStringLiteral("/api/v1/meta")).toString(),
                 QStringLiteral("http://h:1/base/api/v1/meta"));
        QVERIFY(a.isComplete());
        QVERIFY(!PlatformAccount{}.isComplete());
    }
};

QTEST_GUILESS_MAIN(TestPlatformAccount)
#include "tst_platformaccount.moc"
