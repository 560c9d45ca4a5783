// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/PageAssembly.h"

#include "app/HomeStores.h"
#include "app/IntegrityConfig.h"
#include "app/UserHome.h"
#include "models/domain/CurrentCalendar.h"
#include "models/domain/WorkingCalendar.h"
#include "models/secrets/KeychainSecretStore.h"
#include "ui/CalendarSection.h"
#include "ui/LanguagePreference.h"
#include "ui/MainWindow.h"
#include "ui/SettingsPage.h"
#include "ui/bulletin/BulletinFontsSection.h"
#include "ui/bulletin/BulletinPage.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/integrity/IntegrityPage.h"
#include "ui/queue/CurrentUser.h"
#include "ui/queue/QueuePage.h"
#include "ui/queue/QueueWorkspace.h"
#include "ui/rankings/RankingsPage.h"
#include "ui/rectification/RectificationPage.h"
#include "ui/sync/SyncFrontEnd.h"
#include "ui/sync/SyncPanel.h"
#include "ui/sync/SyncStatusProgress.h"

#include <QPointer>
#include <QSettings>
#include <QStatusBar>

namespace pingjia {

std::function<void()> assemblePages(MainWindow &window, const UserHome &home, QSettings &settings,
                                    HomeStores &stores, SyncFrontEnd *sync)
{
    // The work queue and the tracker share one workspace over the home's stores; the
    // actor of every action is the platform user signed in, asked at each action (the
    // sync front end knows a demo sign-in too, which is never written to the settings).
    std::function<QString()> currentUser = [&settings] { return currentUserName(settings); };
    if (sync)
        currentUser = [sync] { return sync->currentUser(); };
    auto workspace = std::make_shared<QueueWorkspace>(
        stores.cache(), stores.localWork(), std::make_unique<KeychainSecretStore>(), currentUser);
    auto *queuePage = new QueuePage(workspace);
    auto *trackerPage = new RectificationPage(workspace);
    // Every number of the tracker opens the queue on exactly its rows.
    QObject::connect(trackerPage, &RectificationPage::openInQueue, &window,
                     [&window, queuePage](const BadReviewFilter &filter, const QString &origin) {
                         queuePage->setFilter(filter, origin);
                         window.showPage(PageId::BadReviews);
                     });
    window.setPage(PageId::BadReviews, queuePage);
    window.addFileActions(queuePage->fileActions());
    window.setPage(PageId::Rectification, trackerPage);

    // Rankings and the dashboard (with the chase list) read the cache on their own threads;
    // a unit, a channel or a key figure opens the queue on its bad reviews.
    auto *rankingsPage = new RankingsPage(stores.cache());
    auto *dashboardPage = new DashboardPage(stores.cache());
    const auto openQueue = [&window, queuePage](const BadReviewFilter &filter,
                                                const QString &origin) {
        queuePage->setFilter(filter, origin);
        window.showPage(PageId::BadReviews);
    };
    QObject::connect(rankingsPage, &RankingsPage::openInQueue, &window, openQueue);
    QObject::connect(dashboardPage, &DashboardPage::openInQueue, &window, openQueue);
    QObject::connect(dashboardPage, &DashboardPage::openRanking, &window,
                     [&window, rankingsPage, dashboardPage](UnitLevel level, const Period &period,
                                                            const QString &unitCode) {
                         rankingsPage->setScope(dashboardPage->scopeCode());
                         rankingsPage->showUnit(level, period, unitCode);
                         window.showPage(PageId::Rankings);
                     });
    rankingsPage->setIntegritySettings(integritySettings(settings));
    rankingsPage->setLocalWork(&stores.localWork());
    window.setPage(PageId::Rankings, rankingsPage);
    window.setPage(PageId::Dashboard, dashboardPage);
    // 评价核查 (issue 14): a tab of the dashboard; verdicts are given as the signed-in user.
    auto *integrityPage = new IntegrityPage(stores.cache(), stores.localWork(), currentUser);
    integrityPage->setSettings(integritySettings(settings));
    dashboardPage->addTab(integrityPage, IntegrityPage::tr("Review &integrity"));

    // 月度通报: the bulletin of the cache, issued as the signed-in user, in the faces the
    // user chose in the settings (BulletinFontsSection).
    auto *bulletinPage =
        new BulletinPage(stores.cache(), stores.localWork(), currentUser, [&settings] {
            BulletinRenderOptions options;
            options.fonts = loadBulletinFonts(settings);
            return options;
        });
    bulletinPage->setIntegritySettings(integritySettings(settings));
    window.setPage(PageId::Bulletins, bulletinPage);

    auto *settingsPage = new SettingsPage(storedLanguage(settings), home.directory());
    // The menu and the page both change the language; the window stores it.
    QObject::connect(settingsPage, &SettingsPage::languageChosen, &window,
                     &MainWindow::chooseLanguage);
    QObject::connect(&window, &MainWindow::languageChosen, settingsPage,
                     &SettingsPage::setCurrentLanguage);
    auto *calendarSection =
        new CalendarSection(WorkingCalendar::builtin(), home.extraCalendarFile());
    // A newly loaded calendar counts the deadlines of what is recorded from now on.
    QObject::connect(calendarSection, &CalendarSection::calendarLoaded, workspace.get(),
                     [queue = workspace.get()](const WorkingCalendar &calendar) {
                         setCurrentWorkingCalendar(calendar);
                         queue->reload();
                     });
    settingsPage->addSection(calendarSection);
    auto *bulletinFonts = new BulletinFontsSection(settings);
    QObject::connect(bulletinFonts, &BulletinFontsSection::fontsChanged, bulletinPage,
                     &BulletinPage::refreshPages);
    settingsPage->addSection(bulletinFonts);
    window.setPage(PageId::SyncSettings, settingsPage);

    // The pages live as long as the window (it owns them); the workspace as long as them.
    const QPointer<BulletinPage> bulletin(bulletinPage);
    const QPointer<RankingsPage> rankings(rankingsPage);
    const QPointer<DashboardPage> dashboard(dashboardPage);
    const std::weak_ptr<QueueWorkspace> work(workspace);
    std::function<void()> reloadPages = [work, bulletin, rankings, dashboard] {
        if (const auto w = work.lock())
            w->reload();
        if (bulletin)
            bulletin->reload();
        if (rankings)
            rankings->refresh();
        if (dashboard)
            dashboard->refresh();
    };
    if (sync) {
        // After a sync the pages read the cache again; an action recorded online goes out
        // at once (offline, the engine's reconnect probe sends it later).
        QObject::connect(sync, &SyncFrontEnd::dataSynced, &window, reloadPages);
        QObject::connect(workspace.get(), &QueueWorkspace::dataChanged, sync,
                         &SyncFrontEnd::localWorkChanged);
        settingsPage->setSyncPanel(new SyncPanel(*sync));
        window.statusBar()->addPermanentWidget(new SyncStatusProgress(*sync));
    }
    return reloadPages;
}

} // namespace pingjia
