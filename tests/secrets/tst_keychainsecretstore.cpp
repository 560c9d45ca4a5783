// SPDX-License-Identifier: GPL-3.0-or-later
// Runs under tests/launchers/with-keyring.sh: a private D-Bus session with an unlocked
// gnome-keyring, so this talks to a real Secret Service.
#include "models/secrets/KeychainSecretStore.h"
#include "models/secrets/PersonalDataCipher.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace pingjia;

class TestKeychainSecretStore : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("no D-Bus session: run through ctest (the KEYRING launcher)");
    }

    void roundTrip()
    {
        KeychainSecretStore store(u"pingjia-test"_qs);
        const QString key = SecretKeys::password(u"https://127.0.0.1:8443"_qs, u"张主任"_qs);
        const QByteArray secret = QByteArray("p\xC3\xA4ss\x00\xFFword-", 14) + "口令";
        SecretResult written = store.write(key, secret);
        QVERIFY2(written.ok(), qPrintable(written.message));

        KeychainSecretStore other(u"pingjia-test"_qs); // a later run of the app
        SecretResult read = other.read(key);
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.value, secret);

        QVERIFY(store.write(key, "second").ok());
        QCOMPARE(store.read(key).value, QByteArray("second"));

        QVERIFY(store.remove(key).ok());
        read = store.read(key);
        QCOMPARE(read.error, SecretError::NotFound);
        QVERIFY(!read.message.isEmpty());
        QVERIFY(store.remove(key).ok()); // removing twice is fine
    }

    void servicesAreSeparate()
    {
        KeychainSecretStore a(u"pingjia-test-a"_qs);
        KeychainSecretStore b(u"pingjia-test-b"_qs);
        QVERIFY(a.write(u"refresh:x:y"_qs, "token-a").ok());
        QCOMPARE(b.read(u"refresh:x:y"_qs).error, SecretError::NotFound);
        QVERIFY(a.remove(u"refresh:x:y"_qs).ok());
    }

    void secretNeverInPlainFiles()
    {
        KeychainSecretStore store(u"pingjia-test"_qs);
        const QByteArray secret = "plain-canary-5b1f0e";
        QVERIFY(store.write(u"password:canary:u"_qs, secret).ok());
        QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.readAll().contains(secret), qPrintable(f.fileName()));
        }
        QVERIFY(store.remove(u"password:canary:u"_qs).ok());
    }

    void cipherKeyLivesInKeychain()
    {
        KeychainSecretStore store(u"pingjia-test"_qs);
        QByteArray blob;
        {
            PersonalDataCipher cipher(store);
            QString error;
            blob = cipher.encrypt(u"13812345678"_qs, &error).value_or(QByteArray());
            QVERIFY2(!blob.isEmpty(), qPrintable(error));
        }
        QCOMPARE(store.read(SecretKeys::dataKey()).value.size(), PersonalDataCipher::kKeyBytes);
        PersonalDataCipher again(store);
        QCOMPARE(again.decrypt(blob).value_or(QString()), u"13812345678"_qs);
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
