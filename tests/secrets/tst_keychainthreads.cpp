// SPDX-License-Identifier: GPL-3.0-or-later
// KeychainSecretStore from several threads at once, and with a keychain that does not
// answer (issue 12, item 7). Runs under the KEYRING launcher: a private D-Bus session
// with a real, unlocked gnome-keyring. QtKeychain used to crash when jobs came from two
// threads; a stopped keyring used to freeze the caller for good.
#include "models/secrets/KeychainSecretStore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#include <QTest>
#include <QThread>

#include <csignal>
#include <memory>

using namespace pingjia;
using namespace std::chrono_literals;

namespace {

const QString kService = QStringLiteral("pingjia-test-threads");

// Writes, reads back and removes `rounds` secrets of its own; the first mismatch or
// failure, or an empty string.
QString roundTrips(const QString &who, int rounds)
{
    KeychainSecretStore store(kService);
    for (int i = 0; i < rounds; ++i) {
        const QString key = QStringLiteral("password:%1:%2").arg(who).arg(i);
        const QByteArray value = QStringLiteral("%1-secret-%2").arg(who).arg(i).toUtf8();
        if (SecretResult w = store.write(key, value); !w.ok())
            return who + QStringLiteral(" write: ") + w.message;
        const SecretResult r = store.read(key);
        if (!r.ok() || r.value != value)
            return who + QStringLiteral(" read: ") + r.message + QString::fromUtf8(r.value);
        if (SecretResult d = store.remove(key); !d.ok())
            return who + QStringLiteral(" remove: ") + d.message;
    }
    return {};
}

} // namespace

class TestKeychainThreads : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("no D-Bus session: run through ctest (the KEYRING launcher)");
    }

    // Two threads and the main thread use the keychain at the same time.
    void twoThreadsAtOnce()
    {
        QString first, second, main;
        std::unique_ptr<QThread> a(
            QThread::create([&first] { first = roundTrips(QStringLiteral("a"), 15); }));
        std::unique_ptr<QThread> b(
            QThread::create([&second] { second = roundTrips(QStringLiteral("b"), 15); }));
        a->start();
        b->start();
        main = roundTrips(QStringLiteral("main"), 5);
        QVERIFY(a->wait(120000));
        QVERIFY(b->wait(120000));
        QVERIFY2(first.isEmpty(), qPrintable(first));
        QVERIFY2(second.isEmpty(), qPrintable(second));
        QVERIFY2(main.isEmpty(), qPrintable(main));
    }

    // The Secret Service is stopped (SIGSTOP): a call times out with a clear message,
    // the calling (GUI) thread keeps handling its events meanwhile, a second call fails
    // at once while the first is still unanswered, and all is well once it resumes.
    void stoppedKeyringTimesOut()
    {
        const QDBusReply<uint> pid = QDBusConnection::sessionBus().interface()->servicePid(
            QStringLiteral("org.freedesktop.secrets"));
        QVERIFY2(pid.isValid(), qPrintable(pid.error().message()));
        QVERIFY(::kill(pid_t(pid.value()), SIGSTOP) == 0);
        struct Resume {
            pid_t pid;
            ~Resume() { ::kill(pid, SIGCONT); }
        } resume{pid_t(pid.value())};

        bool handled = false;
        QMetaObject::invokeMethod(
            this, [&handled] { handled = true; }, Qt::QueuedConnection);
        KeychainSecretStore store(kService, 2s);
        const SecretResult r = store.read(QStringLiteral("password:stopped:x"));
        QCOMPARE(r.error, SecretError::NoKeychain);
        QVERIFY2(r.message.contains(QLatin1String("did not answer within 2 second")),
                 qPrintable(r.message));
        QVERIFY2(handled, "the waiting thread did not handle its queued events");

        const SecretResult busy = store.read(QStringLiteral("password:stopped:y"));
        QCOMPARE(busy.error, SecretError::NoKeychain);
        QVERIFY2(busy.message.contains(QLatin1String("has not answered an earlier request")),
                 qPrintable(busy.message));

        ::kill(pid_t(pid.value()), SIGCONT);
        KeychainSecretStore patient(kService);
        QTRY_COMPARE_WITH_TIMEOUT(patient.read(QStringLiteral("password:stopped:z")).error,
                                  SecretError::NotFound, 60000);
    }
};

QTEST_GUILESS_MAIN(TestKeychainThreads)
#include "tst_keychainthreads.moc"
