// SPDX-License-Identifier: GPL-3.0-or-later
// Sign-in against the real Secret Service (gnome-keyring in a private D-Bus session):
// the password and refresh token go to the keychain and a later session syncs with them
// alone. After a sync, no file of the user's home (the databases and their -wal/-shm)
// holds the password, the refresh token, or any evaluator's mobile or ID number in
// plain text; the encrypted copies still decrypt.
#include "SimProcess.h"
#include "SyncTestSupport.h"

#include "SimHttp.h"
#include "models/secrets/KeychainSecretStore.h"
#include "models/store/CacheReader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace pingjia;
using namespace pingjia::test;

namespace {
const QString kUser = QStringLiteral("zhangsan");
const QString kPassword = QStringLiteral("Pj-S3cret-口令-0042");
} // namespace

class TestSyncKeychain : public QObject {
    Q_OBJECT
private slots:
    void signInKeepsSecretsOnlyInTheKeychain()
    {
        KeychainSecretStore keychain(QStringLiteral("pingjia-test-sync"));
        if (keychain.write(QStringLiteral("probe"), "1").error == SecretError::NoKeychain)
            QFAIL("no Secret Service: run under tests/launchers/with-keyring.sh");
        QTemporaryDir dir;
        const QString users = dir.filePath(QStringLiteral("users.txt"));
        QFile f(users);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write((kUser + u':' + kPassword + QStringLiteral(":620000\n")).toUtf8());
        f.close();
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--scale"), QStringLiteral("3000"),
                            QStringLiteral("--users"), users}),
                 qPrintable(sim.errorString()));

        const QString homePath = dir.filePath(QStringLiteral("home"));
        QDir().mkpath(homePath);
        CacheDatabase cache(homePath + QStringLiteral("/cache.sqlite"));
        LocalWorkDatabase localWork(homePath + QStringLiteral("/localwork.sqlite"));
        QVERIFY(cache.open().ok());
        QVERIFY(localWork.open().ok());
        PersonalDataCipher cipher(keychain);
        const PlatformAccount account{sim.baseUrl().toString(), kUser, {}};
        QString url;
        {
            SyncSession session(account, cache, localWork, keychain, &cipher, fastOptions());
            url = session.account().platformUrl;
            const SyncError e = session.signIn(kPassword);
            QVERIFY2(e.ok(), qPrintable(e.message));
        }
        const SecretResult password = keychain.read(SecretKeys::password(url, kUser));
        QVERIFY2(password.ok(), qPrintable(password.message));
        QCOMPARE(QString::fromUtf8(password.value), kPassword);
        const SecretResult refresh = keychain.read(SecretKeys::refreshToken(url, kUser));
        QVERIFY2(refresh.ok(), qPrintable(refresh.message));
        QVERIFY(!refresh.value.isEmpty());

        // A new session (a later `pingjia sync`): no password given, the keychain has it.
        SyncSession later(account, cache, localWork, keychain, &cipher, fastOptions());
        const SyncResult r = later.sync();
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(later.client().stats().refreshGrants, 1);
        const QByteArray rotated = keychain.read(SecretKeys::refreshToken(url, kUser)).value;
        QVERIFY(!rotated.isEmpty());

        // What must never be in a file, in plain text.
        QSet<QByteArray> secrets = {kPassword.toUtf8(), refresh.value, rotated};
        int mobiles = 0;
        const QByteArray dump = SimHttp(sim.baseUrl()).dumpBytes();
        QString sampleEval;
        QString sampleMobile;
        for (const QByteArray &line : dump.split('\n')) {
            const QJsonObject item =
                QJsonDocument::fromJson(line).object().value(QLatin1String("item")).toObject();
            const QString mobile = item.value(QLatin1String("mobile")).toString();
            if (mobile.size() < 11)
                continue;
            secrets.insert(mobile.toUtf8());
            // Staff records carry a mobile but no ID number: an empty "secret" would match
            // every file.
            const QString cert = item.value(QLatin1String("certkeyGOV")).toString();
            if (!cert.isEmpty())
                secrets.insert(cert.toUtf8());
            ++mobiles;
            if (sampleEval.isEmpty()) {
                sampleEval = item.value(QLatin1String("evalId")).toString();
                sampleMobile = mobile;
            }
        }
        QVERIFY(mobiles > 100);
        const QStringList files = QDir(homePath).entryList(QDir::Files);
        QVERIFY2(files.contains(QStringLiteral("cache.sqlite-wal")), qPrintable(files.join(u' ')));
        for (const QString &name : files) {
            QFile file(QDir(homePath).filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            for (const QByteArray &secret : std::as_const(secrets))
                QVERIFY2(!bytes.contains(secret),
                         qPrintable(QStringLiteral("%1 holds a secret in plain text").arg(name)));
            const QByteArray utf16(reinterpret_cast<const char *>(kPassword.utf16()),
                                   kPassword.size() * 2);
            QVERIFY(!bytes.contains(utf16));
        }

        // The evaluator's data is there, encrypted, for those allowed to see it.
        StoreResult error;
        const auto data = CacheReader(cache).decryptPersonalData(sampleEval, cipher, &error);
        QVERIFY2(data.has_value(), qPrintable(error.message));
        QCOMPARE(data->mobile, sampleMobile);

        keychain.remove(QStringLiteral("probe"));
        QVERIFY(later.signOut().ok());
        QCOMPARE(keychain.read(SecretKeys::password(url, kUser)).error, SecretError::NotFound);
        QCOMPARE(keychain.read(SecretKeys::refreshToken(url, kUser)).error, SecretError::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestSyncKeychain)
#include "tst_sync_keychain.moc"
