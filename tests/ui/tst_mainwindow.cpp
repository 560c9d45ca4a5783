// SPDX-License-Identifier: GPL-3.0-or-later
// The main window built exactly as the program builds it, on a throwaway home folder:
// every page is reachable by the navigation list and by Ctrl+1…Ctrl+6, every page says
// something, the status bar tells a never-synced cache apart, and the window's
// geometry lands in the home's settings file.
#include "app/HomeStores.h"
#include "app/UserHome.h"
#include "app/WindowSession.h"
#include "ui/ConnectionStatus.h"
#include "ui/ConnectionStatusBar.h"
#include "ui/MainWindow.h"
#include "ui/SettingsKeys.h"
#include "ui/ShellPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace pingjia;

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void navigationListWalksEveryPage();
    void shortcutsWalkEveryPage();
    void everyPageSaysSomething();
    void statusBarSaysNeverSynced();
    void statusBarFollowsConnectionStatus();
    void setPageReplacesTheShell();
    void geometryAndPageSavedInHomeSettings();
    void languageMenuStoresChoice();
    void navigationModelIsWellBehaved();
    void rebuiltCacheIsAnnounced();

private:
    MainWindow &window() { return m_session->window(); }
    QListWidget *navigation() { return window().findChild<QListWidget *>("navigation"); }

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<HomeStores> m_stores;
    std::unique_ptr<WindowSession> m_session;
};

void TestMainWindow::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    const UserHome home = UserHome::inDirectory(m_home->path());
    QString error;
    QVERIFY2(home.ensureExists(&error), qPrintable(error));
    m_settings = home.openSettings();
    m_stores = std::make_unique<HomeStores>(home);
    const StoreResult opened = m_stores->open({});
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    m_session = std::make_unique<WindowSession>(home, *m_settings, *m_stores);
    window().show();
    window().activateWindow();
    QVERIFY(QTest::qWaitForWindowExposed(&window()));
}

void TestMainWindow::cleanup()
{
    m_session.reset();
    m_stores.reset();
    m_settings.reset();
    m_home.reset();
}

void TestMainWindow::navigationListWalksEveryPage()
{
    QListWidget *nav = navigation();
    QVERIFY(nav);
    QCOMPARE(nav->count(), int(kAllPages.size()));
    QSignalSpy changed(&window(), &MainWindow::currentPageChanged);
    for (PageId id : kAllPages) {
        QListWidgetItem *item = nav->item(pageIndex(id));
        QCOMPARE(item->text(), pageTitle(id));
        // A real click on the entry, as a user does it.
        const QRect rect = nav->visualItemRect(item);
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(window().currentPage(), id);
        QVERIFY(window().page(id)->isVisible());
    }
    QVERIFY(changed.count() >= int(kAllPages.size()) - 1);
}

void TestMainWindow::shortcutsWalkEveryPage()
{
    QApplication::setActiveWindow(&window());
    QVERIFY(QTest::qWaitForWindowActive(&window(), 60000));
    // Backwards, so every step really changes the page.
    for (auto it = kAllPages.rbegin(); it != kAllPages.rend(); ++it) {
        const PageId id = *it;
        QTest::keyClick(&window(), Qt::Key(Qt::Key_1 + pageIndex(id)), Qt::ControlModifier);
        QCOMPARE(window().currentPage(), id);
        QCOMPARE(navigation()->currentRow(), pageIndex(id));
        QVERIFY(window().page(id)->isVisible());
    }
}

void TestMainWindow::everyPageSaysSomething()
{
    for (PageId id : kAllPages) {
        window().showPage(id);
        QWidget *page = window().page(id);
        QVERIFY(page);
        QString said;
        if (auto *shell = qobject_cast<ShellPage *>(page)) {
            said = shell->noteText();
        } else {
            for (QLabel *label : page->findChildren<QLabel *>()) {
                if (label->isVisibleTo(page))
                    said += label->text();
            }
        }
        QVERIFY2(said.trimmed().size() > 10, qPrintable(pageKey(id) + ": " + said));
    }
    // The sync and settings page is real already: language, home folder, calendar.
    QWidget *settings = window().page(PageId::SyncSettings);
    QVERIFY(!qobject_cast<ShellPage *>(settings));
    auto *home = settings->findChild<QLabel *>("homeDirectory");
    QVERIFY(home);
    QCOMPARE(home->text(), QDir::toNativeSeparators(m_home->path()));
    QVERIFY(settings->findChild<QWidget *>("calendarSection"));
}

void TestMainWindow::statusBarSaysNeverSynced()
{
    ConnectionStatusBar *bar = window().connectionStatusBar();
    QVERIFY(bar);
    QVERIFY(window().statusBar()->isAncestorOf(bar));
    QCOMPARE(bar->syncText(), ConnectionStatusBar::tr("Last sync: never synced"));
    // This home never signed in: "not signed in", not "offline".
    QCOMPARE(bar->onlineText(), ConnectionStatusBar::tr("● Not signed in"));
}

void TestMainWindow::statusBarFollowsConnectionStatus()
{
    ConnectionStatusBar *bar = window().connectionStatusBar();
    m_session->connection().setOnline(true);
    QCOMPARE(bar->onlineText(), ConnectionStatusBar::tr("● Online"));
    // 2026-10-31 09:30 China Standard Time, given in UTC to prove the conversion.
    m_session->connection().setLastSync(QDateTime(QDate(2026, 10, 31), QTime(1, 30), Qt::UTC));
    QVERIFY2(bar->syncText().contains("2026-10-31 09:30"), qPrintable(bar->syncText()));
    QVERIFY(!bar->syncText().contains(ConnectionStatusBar::tr("Last sync: never synced")));
}

void TestMainWindow::setPageReplacesTheShell()
{
    // A bare window (no pages assembled) holds shells; setPage replaces one in place.
    ConnectionStatus connection;
    MainWindow bare(*m_settings, connection);
    bare.show();
    bare.showPage(PageId::Rankings);
    QPointer<QWidget> shell = bare.page(PageId::Rankings);
    QVERIFY(qobject_cast<ShellPage *>(shell.data()));
    auto *real = new QLabel("rankings table");
    bare.setPage(PageId::Rankings, real);
    QCOMPARE(bare.page(PageId::Rankings), real);
    QCOMPARE(bare.currentPage(), PageId::Rankings);
    QVERIFY(real->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(shell.isNull(), 60000); // deleteLater
    // Other pages kept their places.
    for (PageId id : kAllPages) {
        bare.showPage(id);
        QCOMPARE(bare.currentPage(), id);
    }
}

void TestMainWindow::geometryAndPageSavedInHomeSettings()
{
    window().showPage(PageId::Bulletins);
    // A size and place that fit the screen (a larger one is fitted to the screen on start).
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    window().move(available.topLeft());
    window().resize(available.size() * 0.8);
    const QSize chosen = window().size();
    QVERIFY(chosen != QSize(1440, 900));
    QVERIFY(window().close());
    const QString ini = m_home->filePath("pingjia.ini");
    QVERIFY(QFile::exists(ini));
    QSettings stored(ini, QSettings::IniFormat);
    QVERIFY(!stored.value(settings_keys::kWindowGeometry).toByteArray().isEmpty());
    QCOMPARE(stored.value(settings_keys::kLastPage).toInt(), pageIndex(PageId::Bulletins));

    // A new window on the same home comes back on the same page and size.
    m_session.reset();
    m_session = std::make_unique<WindowSession>(UserHome::inDirectory(m_home->path()), *m_settings,
                                                *m_stores);
    QCOMPARE(window().currentPage(), PageId::Bulletins);
    QCOMPARE(window().size(), chosen);
}

void TestMainWindow::languageMenuStoresChoice()
{
    auto *english = window().findChild<QAction *>("actionLanguage-en");
    QVERIFY(english);
    english->trigger();
    QCOMPARE(m_settings->value(settings_keys::kLanguage).toString(), QString("en"));
    QVERIFY(english->isChecked());
    QVERIFY(!window().statusBar()->currentMessage().isEmpty()); // "takes effect on restart"
    auto *combo = window().page(PageId::SyncSettings)->findChild<QComboBox *>("languageCombo");
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toString(), QString("en"));
}

void TestMainWindow::navigationModelIsWellBehaved()
{
    QAbstractItemModelTester tester(navigation()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (PageId id : kAllPages)
        window().showPage(id);
}

void TestMainWindow::rebuiltCacheIsAnnounced()
{
    QTemporaryDir dir;
    const UserHome home = UserHome::inDirectory(dir.path());
    QString error;
    QVERIFY(home.ensureExists(&error));
    QFile cache(home.cacheFile());
    QVERIFY(cache.open(QIODevice::WriteOnly));
    cache.write(QByteArray(4096, 'x'));
    cache.close();
    HomeStores stores(home);
    QVERIFY(stores.open([](const StoreResult &) { return HomeStores::CacheChoice::Rebuild; }).ok());
    auto settings = home.openSettings();
    WindowSession session(home, *settings, stores);
    const QString message = session.window().statusBar()->currentMessage();
    QVERIFY2(message.contains(QDir::toNativeSeparators(stores.cacheMovedTo())),
             qPrintable(message));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
