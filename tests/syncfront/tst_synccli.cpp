// SPDX-License-Identifier: GPL-3.0-or-later
// `pingjia sync` and `pingjia demo --headless` end to end: the real binary, the simulator
// over real HTTP on 127.0.0.1, real SQLite files, the real keychain (KEYRING launcher).
#include "CliRun.h"
#include "SimProcess.h"

#include "models/domain/HandlingState.h"
#include "models/secrets/KeychainSecretStore.h"
#include "models/store/CacheDatabase.h"
#include "models/store/LocalActionRecorder.h"
#include "models/store/LocalWorkDatabase.h"
#include "models/store/LocalWorkStore.h"
#include "models/sync/PlatformAccount.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pingjia;
using namespace pingjia::syncfront;

namespace {

const QString kUser = QStringLiteral("zhangsan");
// Distinctive, so a byte search of the home finds it wherever it might have leaked.
const QString kPassword = QStringLiteral("Pw-4711-only-in-the-keychain");

// "Evaluations: 123 received, …" → 123; -1 when the line is missing.
qint64 receivedOf(const QString &out, const QString &title)
{
    const QRegularExpression line(QStringLiteral("^%1: (\\d+) received").arg(title),
                                  QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = line.match(out);
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

// Every byte of every file under `dir` (settings, databases with their -wal, logs).
QByteArray bytesUnder(const QString &dir, QStringList *files)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly)) {
            all += f.readAll();
            files->append(f.fileName());
        }
    }
    return all;
}

void verifyAbsent(const QString &dir, const QByteArray &secret)
{
    QStringList files;
    const QByteArray all = bytesUnder(dir, &files);
    QVERIFY2(!files.isEmpty(), qPrintable(dir));
    QVERIFY2(!all.contains(secret), secret.constData());
    // SQLite and QSettings could also hold it as UTF-16.
    const QString text = QString::fromUtf8(secret);
    const QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QVERIFY(!all.contains(utf16));
}

} // namespace

class TestSyncCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void firstSyncWithUrlThenBareSync();
    void passwordOnStandardInput();
    void wrongPasswordExitsTwoAndRemembersNothing();
    void secretsLiveInTheKeychainOnly();
    void missingKeychainIsSaidPlainly();
    void pinnedCaForAnHttpsPlatform();
    void usageErrorsExitOne_data();
    void usageErrorsExitOne();
    void demoHeadlessSyncsAndStopsTheSimulator();
    void offlineQueueAnswersAndActionsStayPending();

private:
    QString platformUrl() const { return m_sim.baseUrl().toString(); }
    CliResult firstSync(const QString &password);

    SimProcess m_sim;
    QTemporaryDir m_simDir;
    QString m_usersFile;
    std::unique_ptr<QTemporaryDir> m_home;
    CliRunner m_cli;
};

void TestSyncCli::initTestCase()
{
    QVERIFY2(QFileInfo(m_cli.app).isExecutable(), "PINGJIA_APP must name the pingjia binary");
    QVERIFY(m_simDir.isValid());
    m_usersFile = m_simDir.filePath(QStringLiteral("users.txt"));
    QFile users(m_usersFile);
    QVERIFY(users.open(QIODevice::WriteOnly));
    users.write((kUser + u':' + kPassword + QStringLiteral(":620000\n")).toUtf8());
    users.close();
    QVERIFY2(m_sim.start({"--seed", "11", "--scale", "small", "--users", m_usersFile}),
             qPrintable(m_sim.errorString()));
}

void TestSyncCli::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_cli.home = m_home->filePath(QStringLiteral("home"));
}

CliResult TestSyncCli::firstSync(const QString &password)
{
    return m_cli.run({"sync", "--platform", platformUrl(), "--user", kUser},
                     {{"PINGJIA_PASSWORD", password}});
}

void TestSyncCli::firstSyncWithUrlThenBareSync()
{
    const CliResult first = firstSync(kPassword);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY2(receivedOf(first.out, "Evaluations") > 0, qPrintable(first.out));
    QVERIFY2(receivedOf(first.out, "Organizations") > 0, qPrintable(first.out));
    // Nothing was recorded before this first sync, so nothing went up.
    QVERIFY2(first.out.contains("Upload: no action was waiting."), qPrintable(first.out));
    QVERIFY2(first.out.contains("Last sync: "), qPrintable(first.out));
    // Progress with counts and rate on stderr, not on stdout.
    QVERIFY2(first.err.contains("records/s"), qPrintable(first.err));
    QVERIFY(!first.out.contains("records/s"));

    {
        QSettings settings(m_cli.home + "/pingjia.ini", QSettings::IniFormat);
        QCOMPARE(settings.value("account/platform").toString(),
                 PlatformAccount::normalizeUrl(platformUrl()));
        QCOMPARE(settings.value("account/user").toString(), kUser);
    }

    // Bare: the remembered account, the keychain's credentials, only what changed since.
    const CliResult bare = m_cli.run({"sync"});
    QVERIFY2(bare.exitCode == 0, qPrintable(bare.err));
    QVERIFY2(bare.out.contains("Last sync: "), qPrintable(bare.out));
    QVERIFY2(receivedOf(bare.out, "Evaluations") >= 0, qPrintable(bare.out));
    QVERIFY2(receivedOf(bare.out, "Evaluations") < receivedOf(first.out, "Evaluations"),
             qPrintable(bare.out));
}

void TestSyncCli::passwordOnStandardInput()
{
    const CliResult r = m_cli.run({"sync", "--platform", platformUrl(), "--user", kUser}, {},
                                  (kPassword + QStringLiteral("\n")).toUtf8());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(receivedOf(r.out, "Evaluations") > 0, qPrintable(r.out));

    // Nothing on standard input and no PINGJIA_PASSWORD: a usage error, nothing stored.
    m_cli.home = m_home->filePath(QStringLiteral("other"));
    const CliResult none = m_cli.run({"sync", "--platform", platformUrl(), "--user", kUser});
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(none.err.contains("PINGJIA_PASSWORD"), qPrintable(none.err));
}

void TestSyncCli::wrongPasswordExitsTwoAndRemembersNothing()
{
    const CliResult r = firstSync(QStringLiteral("not-the-password"));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("refused the sign-in"), qPrintable(r.err));
    QVERIFY2(r.err.contains(kUser), qPrintable(r.err));
    QCOMPARE(r.out, QString());
    QSettings settings(m_cli.home + "/pingjia.ini", QSettings::IniFormat);
    QVERIFY(!settings.contains("account/platform"));
    // So a bare sync still has nothing to go on.
    QCOMPARE(m_cli.run({"sync"}).exitCode, 1);
}

void TestSyncCli::secretsLiveInTheKeychainOnly()
{
    const CliResult r = firstSync(kPassword);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!r.out.contains(kPassword) && !r.err.contains(kPassword));

    KeychainSecretStore keychain;
    const QString url = PlatformAccount::normalizeUrl(platformUrl());
    const SecretResult password = keychain.read(SecretKeys::password(url, kUser));
    QVERIFY2(password.ok(), qPrintable(password.message));
    QCOMPARE(QString::fromUtf8(password.value), kPassword);
    const SecretResult refresh = keychain.read(SecretKeys::refreshToken(url, kUser));
    QVERIFY2(refresh.ok(), qPrintable(refresh.message));
    QVERIFY(refresh.value.size() >= 8);

    verifyAbsent(m_cli.home, kPassword.toUtf8());
    verifyAbsent(m_cli.home, refresh.value);
}

void TestSyncCli::missingKeychainIsSaidPlainly()
{
    // No session bus: QtKeychain has no Secret Service to talk to.
    const CliResult r =
        m_cli.run({"sync", "--platform", platformUrl(), "--user", kUser},
                  {{"PINGJIA_PASSWORD", kPassword}, {"DBUS_SESSION_BUS_ADDRESS", QString()}});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("keychain"), qPrintable(r.err));
    QVERIFY2(r.err.contains("never in a file"), qPrintable(r.err));
    QSettings settings(m_cli.home + "/pingjia.ini", QSettings::IniFormat);
    QVERIFY(!settings.contains("account/platform"));
    verifyAbsent(m_cli.home, kPassword.toUtf8());
}

void TestSyncCli::pinnedCaForAnHttpsPlatform()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("openssl is not installed");
    const QString cert = m_home->filePath("cert.pem");
    const QString key = m_home->filePath("key.pem");
    QProcess req;
    req.start(openssl,
              {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
               "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"});
    QVERIFY(req.waitForFinished(120000));
    QCOMPARE(req.exitCode(), 0);
    SimProcess https;
    QVERIFY2(https.start({"--scale", "small", "--users", m_usersFile, "--tls-cert", cert,
                          "--tls-key", key}),
             qPrintable(https.errorString()));
    const QString url = https.baseUrl().toString();
    QVERIFY(url.startsWith("https://"));

    // Certificates are verified: a self-signed one is refused until its CA is pinned.
    const CliResult untrusted =
        m_cli.run({"sync", "--platform", url, "--user", kUser}, {{"PINGJIA_PASSWORD", kPassword}});
    QCOMPARE(untrusted.exitCode, 2);
    QVERIFY2(untrusted.err.contains("certificate is not trusted"), qPrintable(untrusted.err));

    const CliResult pinned = m_cli.run({"sync", "--platform", url, "--user", kUser, "--ca", cert},
                                       {{"PINGJIA_PASSWORD", kPassword}});
    QVERIFY2(pinned.exitCode == 0, qPrintable(pinned.err));
    QVERIFY2(receivedOf(pinned.out, "Evaluations") > 0, qPrintable(pinned.out));
    // The pin is remembered with the platform.
    const CliResult bare = m_cli.run({"sync"});
    QVERIFY2(bare.exitCode == 0, qPrintable(bare.err));
}

void TestSyncCli::usageErrorsExitOne_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentioned");
    QTest::newRow("nothing configured") << QStringList{"sync"} << "--platform URL --user NAME";
    QTest::newRow("not a URL") << QStringList{"sync", "--platform", "ftp://x", "--user", "u"}
                               << "ftp://x";
    QTest::newRow("unknown codes")
        << QStringList{"sync", "--platform", "http://127.0.0.1:1", "--user", "u", "--codes", "iso"}
        << "gbt39046";
    QTest::newRow("missing CA file")
        << QStringList{"sync", "--platform", "https://127.0.0.1:1", "--user",
                       "u",    "--ca",       "/no/such.pem"}
        << "/no/such.pem";
    QTest::newRow("password as argument")
        << QStringList{"sync", "--platform", "http://127.0.0.1:1", "--password", "x"} << "password";
}

void TestSyncCli::usageErrorsExitOne()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentioned);
    const CliResult r = m_cli.run(args, {{"PINGJIA_PASSWORD", "x"}});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(mentioned), qPrintable(r.err));
    QCOMPARE(r.out, QString());
}

void TestSyncCli::demoHeadlessSyncsAndStopsTheSimulator()
{
    const CliResult r = m_cli.run({"demo", "--headless"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(receivedOf(r.out, "Evaluations") > 0, qPrintable(r.out));
    QVERIFY2(receivedOf(r.out, "Bad-review handling") > 0, qPrintable(r.out));
    const QRegularExpression state(QStringLiteral("Cache state: (\\d+) evaluations"));
    const QRegularExpressionMatch m = state.match(r.out);
    QVERIFY2(m.hasMatch() && m.captured(1).toLongLong() > 0, qPrintable(r.out));
    QVERIFY2(r.err.contains("simulator is stopped"), qPrintable(r.err));

    // The demo's platform is not remembered: its port is gone with it.
    QSettings settings(m_cli.home + "/pingjia.ini", QSettings::IniFormat);
    QVERIFY(!settings.contains("account/platform"));
}

void TestSyncCli::offlineQueueAnswersAndActionsStayPending()
{
    SimProcess sim;
    QVERIFY2(sim.start({"--seed", "12", "--scale", "small", "--users", m_usersFile}),
             qPrintable(sim.errorString()));
    const CliResult synced =
        m_cli.run({"sync", "--platform", sim.baseUrl().toString(), "--user", kUser},
                  {{"PINGJIA_PASSWORD", kPassword}});
    QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));

    // The queue before: one unverified bad review gets a local "verify".
    const CliResult before = m_cli.run({"queue"});
    QVERIFY2(before.exitCode == 0, qPrintable(before.err));
    const QJsonArray rows = QJsonDocument::fromJson(before.out.toUtf8()).array();
    QVERIFY(!rows.isEmpty());
    QString evalId;
    for (const QJsonValue &row : rows) {
        if (row[QLatin1String("state")].toString() == QLatin1String("unverified")) {
            evalId = row[QLatin1String("evalId")].toString();
            break;
        }
    }
    QVERIFY2(!evalId.isEmpty(), "the simulator made no unverified bad review");
    {
        CacheDatabase cache(m_cli.home + "/cache.sqlite");
        LocalWorkDatabase work(m_cli.home + "/localwork.sqlite");
        QVERIFY(cache.open().ok());
        QVERIFY(work.open().ok());
        const RecordedAction recorded =
            LocalActionRecorder(cache, work)
                .record(evalId, ActionType::Verify,
                        QJsonObject{{QStringLiteral("evidence"), QStringLiteral("监控录像核实")}},
                        kUser);
        QVERIFY2(recorded.ok(), qPrintable(recorded.message()));
        cache.closeThisThread();
        work.closeThisThread();
    }

    QCOMPARE(sim.stop(), 0);

    const CliResult queue = m_cli.run({"queue"});
    QVERIFY2(queue.exitCode == 0, qPrintable(queue.err));
    const QJsonArray offlineRows = QJsonDocument::fromJson(queue.out.toUtf8()).array();
    QCOMPARE(offlineRows.size(), rows.size());
    bool pendingShown = false;
    for (const QJsonValue &row : offlineRows) {
        if (row[QLatin1String("evalId")].toString() == evalId)
            pendingShown = row[QLatin1String("pendingUpload")].toBool();
    }
    QVERIFY2(pendingShown, "the local action shows on top of the cached state");

    const CliResult offline = m_cli.run({"sync"});
    QCOMPARE(offline.exitCode, 2);
    QVERIFY2(offline.err.contains("unreachable (offline)"), qPrintable(offline.err));
    QVERIFY2(offline.err.contains("1 local action"), qPrintable(offline.err));

    LocalWorkDatabase work(m_cli.home + "/localwork.sqlite");
    QVERIFY(work.open().ok());
    StoreResult error;
    const QList<OutboxEntry> pending = LocalWorkStore(work).pendingActions(&error);
    QVERIFY(error.ok());
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().evalId, evalId);
    work.closeThisThread();
}

QTEST_GUILESS_MAIN(TestSyncCli)
#include "tst_synccli.moc"
