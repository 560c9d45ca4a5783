// SPDX-License-Identifier: GPL-3.0-or-later
// The UI speaks Chinese unless the user chose English: the translators the program
// installs (embedded .qm under :/i18n) really reach the navigation, menus and status bar.
#include "app/HomeStores.h"
#include "app/Translations.h"
#include "app/UserHome.h"
#include "app/WindowSession.h"
#include "ui/ConnectionStatusBar.h"
#include "ui/LanguagePreference.h"
#include "ui/MainWindow.h"

#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace pingjia;

class TestLanguage : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void chineseByDefault();
    void englishWhenChosen();
    void unsupportedStoredLanguageFallsBackToChinese();

private:
    QStringList navigationLabels(MainWindow &window);
    QStringList menuTitles(MainWindow &window);

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QSettings> m_settings;
};

void TestLanguage::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_settings = UserHome::inDirectory(m_home->path()).openSettings();
}

void TestLanguage::cleanup()
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_settings.reset();
    m_home.reset();
}

QStringList TestLanguage::navigationLabels(MainWindow &window)
{
    QStringList labels;
    auto *nav = window.findChild<QListWidget *>("navigation");
    for (int i = 0; nav && i < nav->count(); ++i)
        labels << nav->item(i)->text();
    return labels;
}

QStringList TestLanguage::menuTitles(MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

void TestLanguage::chineseByDefault()
{
    QCOMPARE(storedLanguage(*m_settings), QString("zh_CN"));
    installTranslators(*qApp, storedLanguage(*m_settings));
    HomeStores stores(UserHome::inDirectory(m_home->path()));
    QVERIFY(stores.open({}).ok());
    WindowSession session(UserHome::inDirectory(m_home->path()), *m_settings, stores);
    const QStringList nav = navigationLabels(session.window());
    QCOMPARE(nav, QStringList({"概览", "差评工单", "整改跟踪", "排名", "月度通报", "同步与设置"}));
    const QStringList menus = menuTitles(session.window());
    QCOMPARE(menus.size(), 3);
    QVERIFY2(menus.at(0).startsWith("文件"), qPrintable(menus.join(',')));
    QVERIFY2(menus.at(1).startsWith("视图"), qPrintable(menus.join(',')));
    QVERIFY2(menus.at(2).startsWith("帮助"), qPrintable(menus.join(',')));
    QVERIFY2(session.window().connectionStatusBar()->syncText().contains("从未同步"),
             qPrintable(session.window().connectionStatusBar()->syncText()));
}

void TestLanguage::englishWhenChosen()
{
    storeLanguage(*m_settings, "en");
    // Through the file, as the next start reads it.
    m_settings.reset();
    m_settings = UserHome::inDirectory(m_home->path()).openSettings();
    QCOMPARE(storedLanguage(*m_settings), QString("en"));
    installTranslators(*qApp, storedLanguage(*m_settings));
    HomeStores stores(UserHome::inDirectory(m_home->path()));
    QVERIFY(stores.open({}).ok());
    WindowSession session(UserHome::inDirectory(m_home->path()), *m_settings, stores);
    const QStringList nav = navigationLabels(session.window());
    QCOMPARE(nav.value(1), QString("Bad reviews"));
    QCOMPARE(nav.value(5), QString("Sync & settings"));
    QCOMPARE(menuTitles(session.window()).value(0), QString("&File"));
    QVERIFY(session.window().connectionStatusBar()->syncText().contains("never synced"));
}

void TestLanguage::unsupportedStoredLanguageFallsBackToChinese()
{
    m_settings->setValue("ui/language", "fr");
    QCOMPARE(storedLanguage(*m_settings), QString("zh_CN"));
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
