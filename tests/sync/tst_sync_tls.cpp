// SPDX-License-Identifier: GPL-3.0-or-later
// HTTPS: a test CA and a server certificate it signs are made with openssl at test time.
// With that CA pinned the client signs in and syncs; without it (or with another CA
// pinned) the certificate is refused with a clear error and nothing is sent.
#include "SimProcess.h"
#include "SyncTestSupport.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pingjia;
using namespace pingjia::test;

namespace {

bool openssl(const QStringList &arguments, QString *error)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        *error = QString::fromLocal8Bit(p.readAllStandardError());
        return false;
    }
    return true;
}

// A CA, and a certificate for 127.0.0.1 signed by it.
bool makeCa(const QString &dir, const QString &name, QString *error)
{
    const QString key = dir + u'/' + name + QStringLiteral("-ca.key");
    const QString pem = dir + u'/' + name + QStringLiteral("-ca.pem");
    return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                    key, QStringLiteral("-out"), pem, QStringLiteral("-days"), QStringLiteral("2"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=Pingjia Test CA %1").arg(name),
                    QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                    QStringLiteral("-addext"),
                    QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
                   error);
}

bool makeServerCert(const QString &dir, const QString &ca, QString *error)
{
    const QString ext = dir + QStringLiteral("/server.ext");
    QFile f(ext);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n"
            "extendedKeyUsage=serverAuth\n");
    f.close();
    return openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                    QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                    dir + QStringLiteral("/server.key"), QStringLiteral("-out"),
                    dir + QStringLiteral("/server.csr"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=127.0.0.1")},
                   error) &&
           openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                    dir + QStringLiteral("/server.csr"), QStringLiteral("-CA"),
                    dir + u'/' + ca + QStringLiteral("-ca.pem"), QStringLiteral("-CAkey"),
                    dir + u'/' + ca + QStringLiteral("-ca.key"), QStringLiteral("-CAcreateserial"),
                    QStringLiteral("-out"), dir + QStringLiteral("/server.pem"),
                    QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), ext},
                   error);
}

} // namespace

class TestSyncTls : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    SimProcess m_sim;

    SyncError signIn(TestHome &home, const QString &caFile)
    {
        SyncSession session({m_sim.baseUrl().toString(), QStringLiteral("demo"), caFile},
                            home.cache(), home.localWork(), home.secrets(), &home.cipher(),
                            fastOptions());
        return session.signIn(QStringLiteral("demo"));
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("openssl is not installed");
        QString error;
        QVERIFY2(makeCa(m_dir.path(), QStringLiteral("platform"), &error), qPrintable(error));
        QVERIFY2(makeCa(m_dir.path(), QStringLiteral("other"), &error), qPrintable(error));
        QVERIFY2(makeServerCert(m_dir.path(), QStringLiteral("platform"), &error),
                 qPrintable(error));
        QVERIFY2(m_sim.start(
                     {QStringLiteral("--scale"), QStringLiteral("500"),
                      QStringLiteral("--tls-cert"), m_dir.filePath(QStringLiteral("server.pem")),
                      QStringLiteral("--tls-key"), m_dir.filePath(QStringLiteral("server.key"))}),
                 qPrintable(m_sim.errorString()));
        QCOMPARE(m_sim.baseUrl().scheme(), QStringLiteral("https"));
    }

    void pinnedCaWorks()
    {
        TestHome home;
        QString error;
        QVERIFY2(home.open(&error), qPrintable(error));
        SyncSession session({m_sim.baseUrl().toString(), QStringLiteral("demo"),
                             m_dir.filePath(QStringLiteral("platform-ca.pem"))},
                            home.cache(), home.localWork(), home.secrets(), &home.cipher(),
                            fastOptions());
        const SyncError e = session.signIn(QStringLiteral("demo"));
        QVERIFY2(e.ok(), qPrintable(e.message));
        const SyncResult r = session.sync();
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QVERIFY(r.progress.of(CacheList::Evaluations).fetched > 0);
    }

    void untrustedCertificateIsRefused()
    {
        TestHome home;
        QString error;
        QVERIFY2(home.open(&error), qPrintable(error));
        const SyncError e = signIn(home, {}); // the system's CAs do not know the test CA
        qInfo().noquote() << "untrusted:" << e.message;
        QCOMPARE(e.kind, SyncErrorKind::Tls);
        QVERIFY2(e.message.contains(QStringLiteral("not trusted")), qPrintable(e.message));
        QVERIFY2(e.message.contains(QStringLiteral("127.0.0.1")), qPrintable(e.message));
        QCOMPARE(home.secrets().size(), 0); // the password went nowhere
    }

    void anotherPinnedCaIsRefused()
    {
        TestHome home;
        QString error;
        QVERIFY2(home.open(&error), qPrintable(error));
        const SyncError e = signIn(home, m_dir.filePath(QStringLiteral("other-ca.pem")));
        QCOMPARE(e.kind, SyncErrorKind::Tls);
        QVERIFY2(e.message.contains(QStringLiteral("other-ca.pem")), qPrintable(e.message));
    }

    void plainHttpToTheTlsPortHintsAtHttps()
    {
        TestHome home;
        QString error;
        QVERIFY2(home.open(&error), qPrintable(error));
        QUrl plain = m_sim.baseUrl();
        plain.setScheme(QStringLiteral("http"));
        SyncSession session({plain.toString(), QStringLiteral("demo"), {}}, home.cache(),
                            home.localWork(), home.secrets(), &home.cipher(), fastOptions());
        const SyncError e = session.signIn(QStringLiteral("demo"));
        qInfo().noquote() << "plain http to TLS:" << e.message;
        QCOMPARE(e.kind, SyncErrorKind::Network);
        QVERIFY2(e.message.contains(QStringLiteral("https://")), qPrintable(e.message));
        QCOMPARE(home.secrets().size(), 0);
    }

    void unreadableCaFileIsAClearError()
    {
        TestHome home;
        QString error;
        QVERIFY2(home.open(&error), qPrintable(error));
        const SyncError e = signIn(home, m_dir.filePath(QStringLiteral("missing.pem")));
        QCOMPARE(e.kind, SyncErrorKind::Tls);
        QVERIFY2(e.message.contains(QStringLiteral("missing.pem")), qPrintable(e.message));
    }
};

QTEST_GUILESS_MAIN(TestSyncTls)
#include "tst_sync_tls.moc"
