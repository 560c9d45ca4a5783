// SPDX-License-Identifier: GPL-3.0-or-later
// /api/v1/meta in both code sets, the policy options, the start-up contract and shutdown.
#include "SimHttp.h"
#include "SimProcess.h"

#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace pingjia;

class TestSimMeta : public QObject {
    Q_OBJECT
private slots:
    void metaGbt39046()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--scale"), QStringLiteral("200")}),
                 qPrintable(sim.errorString()));
        QCOMPARE(sim.baseUrl().scheme(), QStringLiteral("http"));
        QCOMPARE(sim.baseUrl().host(), QStringLiteral("127.0.0.1"));
        SimHttp http(sim.baseUrl());
        const HttpReply r = http.get(QStringLiteral("/api/v1/meta"));
        QCOMPARE(r.status, 200);
        const QJsonObject meta = r.json();
        QCOMPARE(meta.value(QLatin1String("apiVersion")).toInt(), 1);
        QCOMPARE(meta.value(QLatin1String("codes")).toString(), QStringLiteral("gbt39046"));
        const QJsonObject channels = meta.value(QLatin1String("channels")).toObject();
        QCOMPARE(channels.value(QLatin1String("4")).toString(),
                 QStringLiteral("政务服务大厅评价器"));
        const QJsonObject policy = meta.value(QLatin1String("policy")).toObject();
        QCOMPARE(policy.value(QLatin1String("verifyHours")).toInt(), 24);
        QCOMPARE(policy.value(QLatin1String("rectifyDays")).toInt(), 10);
        QCOMPARE(policy.value(QLatin1String("rectifyDayKind")).toString(),
                 QStringLiteral("working"));
        QCOMPARE(sim.stop(), 0); // SIGTERM: a clean exit
    }

    void metaUploadWithPolicyOptions()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--scale"), QStringLiteral("200"),
                            QStringLiteral("--codes"), QStringLiteral("upload"),
                            QStringLiteral("--rectify-days"), QStringLiteral("15"),
                            QStringLiteral("--rectify-kind"), QStringLiteral("natural")}),
                 qPrintable(sim.errorString()));
        SimHttp http(sim.baseUrl());
        const QJsonObject meta = http.get(QStringLiteral("/api/v1/meta")).json();
        QCOMPARE(meta.value(QLatin1String("codes")).toString(), QStringLiteral("upload"));
        const QJsonObject channels = meta.value(QLatin1String("channels")).toObject();
        QCOMPARE(channels.value(QLatin1String("01")).toString(), QStringLiteral("窗口评价器"));
        QVERIFY(!channels.contains(QLatin1String("1")));
        const QJsonObject policy = meta.value(QLatin1String("policy")).toObject();
        QCOMPARE(policy.value(QLatin1String("rectifyDays")).toInt(), 15);
        QCOMPARE(policy.value(QLatin1String("rectifyDayKind")).toString(),
                 QStringLiteral("natural"));
    }

    void badOptionsExitWithUsageError_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("codes") << QStringList{QStringLiteral("--codes"), QStringLiteral("ascii")};
        QTest::newRow("scale") << QStringList{QStringLiteral("--scale"), QStringLiteral("huge")};
        QTest::newRow("now") << QStringList{QStringLiteral("--now"),
                                            QStringLiteral("2026-13-01 00:00:00")};
        QTest::newRow("rate") << QStringList{QStringLiteral("--fail-rate"), QStringLiteral("1.5")};
        QTest::newRow("delay") << QStringList{QStringLiteral("--delay-ms"), QStringLiteral("9-3")};
        QTest::newRow("users") << QStringList{QStringLiteral("--users"),
                                              QStringLiteral("/nonexistent/users.txt")};
        QTest::newRow("tls alone")
            << QStringList{QStringLiteral("--tls-cert"), QStringLiteral("x.pem")};
    }
    void badOptionsExitWithUsageError()
    {
        QFETCH(QStringList, args);
        QProcess p;
        p.start(SimLauncher::defaultProgram(),
                args << QStringLiteral("--port") << QStringLiteral("0"));
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardOutput().isEmpty()); // never the listening line
        QVERIFY(p.readAllStandardError().contains("pingjia-platform-sim:"));
    }

    void unknownEndpointIs404()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--scale"), QStringLiteral("200")}),
                 qPrintable(sim.errorString()));
        SimHttp http(sim.baseUrl());
        const HttpReply r = http.get(QStringLiteral("/api/v1/nothing"));
        QCOMPARE(r.status, 401); // every API path but meta and token needs a token first
        const QString token = http.signIn(QStringLiteral("demo"), QStringLiteral("demo"));
        QCOMPARE(http.get(QStringLiteral("/api/v1/nothing"), token).status, 404);
        QCOMPARE(http.get(QStringLiteral("/api/v1/nothing"), token).errorCode(),
                 QStringLiteral("not_found"));
        QCOMPARE(http.get(QStringLiteral("/sim/nothing")).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestSimMeta)
#include "tst_sim_meta.moc"
