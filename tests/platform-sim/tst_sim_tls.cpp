// SPDX-License-Identifier: GPL-3.0-or-later
// HTTPS with a certificate made at test time by openssl; the client pins it as its CA.
#include "SimHttp.h"
#include "SimProcess.h"

#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pingjia;

class TestSimTls : public QObject {
    Q_OBJECT
private slots:
    void httpsWithAPinnedCertificate()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("openssl is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        QProcess req;
        req.start(openssl,
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   key, QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY(req.waitForFinished(120000));
        QCOMPARE(req.exitCode(), 0);

        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--scale"), QStringLiteral("300"),
                            QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key}),
                 qPrintable(sim.errorString()));
        QCOMPARE(sim.baseUrl().scheme(), QStringLiteral("https"));

        // Without trusting the certificate the handshake fails: verification is on.
        SimHttp untrusting(sim.baseUrl());
        const HttpReply refused = untrusting.get(QStringLiteral("/api/v1/meta"));
        QCOMPARE(refused.status, 0);
        QCOMPARE(refused.error, QNetworkReply::SslHandshakeFailedError);

        SimHttp http(sim.baseUrl());
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(cert));
        http.setSslConfiguration(ssl);
        QCOMPARE(http.get(QStringLiteral("/api/v1/meta")).status, 200);
        const QString token = http.signIn(QStringLiteral("demo"), QStringLiteral("demo"));
        QVERIFY(!token.isEmpty());
        SimHttp::Walk walk;
        QVERIFY(http.walk(QStringLiteral("orgs"), token, 50, &walk));
        QVERIFY(walk.pages > 1);
        QVERIFY(http.dump().size() > 300);
    }

    void unreadableCertificateIsAStartError()
    {
        QTemporaryDir dir;
        const QString junk = dir.filePath(QStringLiteral("junk.pem"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a certificate");
        f.close();
        QProcess p;
        p.start(SimLauncher::defaultProgram(),
                {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--scale"),
                 QStringLiteral("100"), QStringLiteral("--tls-cert"), junk,
                 QStringLiteral("--tls-key"), junk});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("TLS"));
    }
};

QTEST_GUILESS_MAIN(TestSimTls)
#include "tst_sim_tls.moc"
