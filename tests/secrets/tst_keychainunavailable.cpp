// SPDX-License-Identifier: GPL-3.0-or-later
// No D-Bus session at all: the store must say so and write nothing anywhere, in
// particular no plaintext fallback file.
#include "models/secrets/KeychainSecretStore.h"
#include "models/secrets/PersonalDataCipher.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace pingjia;

namespace {
QTemporaryDir *fakeHome = nullptr;

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}
} // namespace

class TestKeychainUnavailable : public QObject {
    Q_OBJECT
private slots:
    void writeFailsPlainly()
    {
        KeychainSecretStore store;
        const SecretResult r =
            store.write(SecretKeys::password(u"http://127.0.0.1:1"_qs, u"demo"_qs), "secret");
        QCOMPARE(r.error, SecretError::NoKeychain);
        QVERIFY2(r.message.startsWith(u"No system keychain is available ("_qs),
                 qPrintable(r.message));
        QCOMPARE(filesUnder(fakeHome->path()), QStringList());
    }

    void readAndRemoveFailPlainly()
    {
        KeychainSecretStore store;
        QCOMPARE(store.read(u"refresh:x:y"_qs).error, SecretError::NoKeychain);
        QCOMPARE(store.remove(u"refresh:x:y"_qs).error, SecretError::NoKeychain);
    }

    void cipherRefusesWithoutKeychain()
    {
        KeychainSecretStore store;
        PersonalDataCipher cipher(store);
        QString error;
        QVERIFY(!cipher.encrypt(u"张三"_qs, &error).has_value());
        QVERIFY2(error.contains(u"No system keychain"_qs), qPrintable(error));
        QCOMPARE(filesUnder(fakeHome->path()), QStringList());
    }
};

int main(int argc, char **argv)
{
    // Before anything touches D-Bus: no bus address, no X11 autolaunch, and a throwaway
    // home so that any file a fallback might write would be seen.
    QTemporaryDir home;
    fakeHome = &home;
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    const QByteArray h = QFile::encodeName(home.path());
    qputenv("HOME", h);
    qputenv("XDG_RUNTIME_DIR", h + "/run");
    qputenv("XDG_CONFIG_HOME", h + "/config");
    qputenv("XDG_DATA_HOME", h + "/data");
    qputenv("XDG_CACHE_HOME", h + "/cache");
    QCoreApplication app(argc, argv);
    TestKeychainUnavailable test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainunavailable.moc"
