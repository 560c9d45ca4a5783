// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/secrets/InMemorySecretStore.h"
#include "models/secrets/PersonalDataCipher.h"

#include <QTest>

using namespace pingjia;

class TestPersonalDataCipher : public QObject {
    Q_OBJECT
private slots:
    void roundTrip()
    {
        InMemorySecretStore store;
        PersonalDataCipher cipher(store);
        for (const QString &plain : {u"张三"_qs, u"13812345678"_qs, u"620802199001011234"_qs}) {
            QString error;
            const auto blob = cipher.encrypt(plain, &error);
            QVERIFY2(blob.has_value(), qPrintable(error));
            QVERIFY(!blob->contains(plain.toUtf8()));
            const auto back = cipher.decrypt(*blob, &error);
            QVERIFY2(back.has_value(), qPrintable(error));
            QCOMPARE(*back, plain);
        }
    }

    void keyCreatedOnceAndKeptInStore()
    {
        InMemorySecretStore store;
        QByteArray blob;
        {
            PersonalDataCipher first(store);
            blob = first.encrypt(u"13812345678"_qs).value();
        }
        const SecretResult key = store.read(SecretKeys::dataKey());
        QVERIFY(key.ok());
        QCOMPARE(key.value.size(), PersonalDataCipher::kKeyBytes);
        QCOMPARE(store.size(), 1);
        PersonalDataCipher second(store); // a later run of the app
        QCOMPARE(second.decrypt(blob).value(), u"13812345678"_qs);
        QCOMPARE(store.read(SecretKeys::dataKey()).value, key.value);
    }

    void randomNoncePerValue()
    {
        InMemorySecretStore store;
        PersonalDataCipher cipher(store);
        const QByteArray a = cipher.encrypt(u"张三"_qs).value();
        const QByteArray b = cipher.encrypt(u"张三"_qs).value();
        QVERIFY(a != b);
    }

    void emptyStaysEmpty()
    {
        InMemorySecretStore store;
        PersonalDataCipher cipher(store);
        QCOMPARE(cipher.encrypt(QString()).value(), QByteArray());
        QCOMPARE(cipher.decrypt(QByteArray()).value(), QString());
        QCOMPARE(store.size(), 0); // nothing to protect, no key needed yet
    }

    void wrongKeyFailsCleanly()
    {
        InMemorySecretStore storeA;
        InMemorySecretStore storeB;
        PersonalDataCipher a(storeA);
        PersonalDataCipher b(storeB);
        const QByteArray blob = a.encrypt(u"620802199001011234"_qs).value();
        QString error;
        QVERIFY(!b.decrypt(blob, &error).has_value());
        QVERIFY2(error.contains(u"another key"_qs), qPrintable(error));
    }

    void tamperedAndTruncatedFailCleanly()
    {
        InMemorySecretStore store;
        PersonalDataCipher cipher(store);
        QByteArray blob = cipher.encrypt(u"13812345678"_qs).value();
        QByteArray tampered = blob;
        tampered[tampered.size() - 1] = char(tampered.at(tampered.size() - 1) ^ 0x01);
        QString error;
        QVERIFY(!cipher.decrypt(tampered, &error).has_value());
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!cipher.decrypt(blob.left(10), &error).has_value());
        QVERIFY2(error.contains(u"truncated"_qs), qPrintable(error));
        QVERIFY(!cipher.decrypt(QByteArray(40, 'x'), &error).has_value());
    }

    void noKeychainMeansNoEncryption()
    {
        InMemorySecretStore store;
        store.setUnavailable(true);
        PersonalDataCipher cipher(store);
        QString error;
        QVERIFY(!cipher.encrypt(u"张三"_qs, &error).has_value());
        QVERIFY2(error.contains(u"No system keychain"_qs), qPrintable(error));
    }

    void malformedKeyIsNotReplaced()
    {
        InMemorySecretStore store;
        QVERIFY(store.write(SecretKeys::dataKey(), QByteArray(7, 'k')).ok());
        PersonalDataCipher cipher(store);
        QString error;
        QVERIFY(!cipher.ensureKey(&error));
        QVERIFY2(error.contains(u"malformed"_qs), qPrintable(error));
        QCOMPARE(store.read(SecretKeys::dataKey()).value, QByteArray(7, 'k'));
    }
};

QTEST_GUILESS_MAIN(TestPersonalDataCipher)
#include "tst_personaldatacipher.moc"
