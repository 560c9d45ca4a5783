// SPDX-License-Identifier: GPL-3.0-or-later
// Runs under Xvfb on the real xcb platform: shows the window in Chinese, grabs it and
// saves $PINGJIA_TEST_ARTIFACTS/mainwindow.png (and the settings page) for people to
// look at. Fails when the grab is missing or a single colour (nothing painted).
#include "app/HomeStores.h"
#include "app/Translations.h"
#include "app/UserHome.h"
#include "app/WindowSession.h"
#include "ui/MainWindow.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPixmap>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace pingjia;

class TestScreenshot : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void grabsTheWindow_data();
    void grabsTheWindow();

private:
    QString m_artifacts;
};

void TestScreenshot::initTestCase()
{
    QCOMPARE(QGuiApplication::platformName(), QString("xcb"));
    m_artifacts = qEnvironmentVariable("PINGJIA_TEST_ARTIFACTS",
                                       QDir::temp().filePath("pingjia-test-artifacts"));
    QVERIFY(QDir().mkpath(m_artifacts));
    installTranslators(*qApp, "zh_CN");
}

void TestScreenshot::grabsTheWindow_data()
{
    QTest::addColumn<PageId>("page");
    QTest::addColumn<QString>("file");
    QTest::newRow("overview") << PageId::Dashboard << "mainwindow.png";
    QTest::newRow("settings") << PageId::SyncSettings << "mainwindow-settings.png";
}

void TestScreenshot::grabsTheWindow()
{
    QFETCH(PageId, page);
    QFETCH(QString, file);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    auto settings = UserHome::inDirectory(home.path()).openSettings();
    HomeStores stores(UserHome::inDirectory(home.path()));
    QVERIFY(stores.open({}).ok());
    WindowSession session(UserHome::inDirectory(home.path()), *settings, stores);
    MainWindow &window = session.window();
    window.resize(1200, 760);
    window.showPage(page);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // What the screen shows (window-manager-less Xvfb: the client area).
    const QPixmap shot = window.screen()->grabWindow(window.winId());
    const QString path = QDir(m_artifacts).filePath(file);
    QVERIFY(shot.save(path, "PNG"));

    QImage image(path);
    QVERIFY2(!image.isNull(), qPrintable(path));
    QCOMPARE(image.size(), window.size() * window.devicePixelRatio());
    std::set<QRgb> colours;
    for (int y = 0; y < image.height() && colours.size() < 16; y += 7) {
        for (int x = 0; x < image.width() && colours.size() < 16; x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() >= 16, "the grab is (nearly) one colour: nothing was painted");
}

QTEST_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
