// SPDX-License-Identifier: GPL-3.0-or-later
// One version, from the CMake project version (PINGJIA_EXPECTED_VERSION, given to this
// test by CMake, not by the code under test): `pingjia --version`, the simulator's
// --version and Help → About all show it; About also names the licence and the Qt version.
#include "app/AppIdentity.h"
#include "ui/ConnectionStatus.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace pingjia;

namespace {

QString firstLineOf(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QStringLiteral("<failed: %1>")
            .arg(QString::fromLocal8Bit(process.readAllStandardError()));
    return QString::fromUtf8(process.readAllStandardOutput()).section(QLatin1Char('\n'), 0, 0);
}

} // namespace

class TestVersion : public QObject {
    Q_OBJECT

private slots:
    void versionOptionShowsProjectVersion();
    void simulatorShowsProjectVersion();
    void aboutShowsVersionLicenceAndQt();
};

void TestVersion::versionOptionShowsProjectVersion()
{
    QCOMPARE(firstLineOf(qEnvironmentVariable("PINGJIA_APP"), {QStringLiteral("--version")}),
             QStringLiteral("pingjia " PINGJIA_EXPECTED_VERSION));
}

void TestVersion::simulatorShowsProjectVersion()
{
    QCOMPARE(firstLineOf(qEnvironmentVariable("PINGJIA_SIM"), {QStringLiteral("--version")}),
             QStringLiteral("pingjia-platform-sim " PINGJIA_EXPECTED_VERSION));
}

void TestVersion::aboutShowsVersionLicenceAndQt()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    setApplicationIdentity(); // what the program does first
    QSettings settings(dir.filePath(QStringLiteral("pingjia.ini")), QSettings::IniFormat);
    ConnectionStatus connection;
    MainWindow window(settings, connection);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QAction *about = window.findChild<QAction *>(QStringLiteral("actionAbout"));
    QVERIFY(about);
    // The dialog is modal: read and close it from inside its event loop.
    QString shown;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->accept();
        }
    });
    poll.start(20);
    about->trigger();
    poll.stop();

    QVERIFY2(shown.contains(QStringLiteral("Pingjia " PINGJIA_EXPECTED_VERSION)),
             qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("GPL-3.0-or-later")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())),
             qPrintable(shown));
}

QTEST_MAIN(TestVersion)
#include "tst_version.moc"
