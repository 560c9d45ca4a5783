// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/PageAssembly.h"

#include "app/HomeStores.h"
#include "app/UserHome.h"
#include "models/domain/WorkingCalendar.h"
#include "models/secrets/KeychainSecretStore.h"
#include "ui/CalendarSection.h"
#include "ui/LanguagePreference.h"
#include "ui/MainWindow.h"
#include "ui/SettingsPage.h"
#include "ui/queue/CurrentUser.h"
#include "ui/queue/QueuePage.h"
#include "ui/queue/QueueWorkspace.h"
#include "ui/rectification/RectificationPage.h"
#include "ui/sync/SyncFrontEnd.h"
#include "ui/sync/SyncPanel.h"
#include "ui/sync/SyncStatusProgress.h"

#include <QSettings>
#include <QStatusBar>

namespace pingjia {

void assemblePages(MainWindow &window, const UserHome &home, QSettings &settings,
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
    window.setPage(PageId::Rectification, trackerPage);

    auto *settingsPage = new SettingsPage(storedLanguage(settings), home.directory());
    // The menu and the page both change the language; the window stores it.
    QObject::connect(settingsPage, &SettingsPage::languageChosen, &window,
                     &MainWindow::chooseLanguage);
    QObject::connect(&window, &MainWindow::languageChosen, settingsPage,
                     &SettingsPage::setCurrentLanguage);
    settingsPage->addSection(
        new CalendarSection(WorkingCalendar::builtin(), home.extraCalendarFile()));
    window.setPage(PageId::SyncSettings, settingsPage);

    if (sync) {
        // After a sync the pages read the cache again; an action recorded online goes out
        // at once (offline, the engine's reconnect probe sends it later).
        QObject::connect(sync, &SyncFrontEnd::dataSynced, workspace.get(), &QueueWorkspace::reload);
        QObject::connect(workspace.get(), &QueueWorkspace::dataChanged, sync,
                         &SyncFrontEnd::localWorkChanged);
        settingsPage->setSyncPanel(new SyncPanel(*sync));
        window.statusBar()->addPermanentWidget(new SyncStatusProgress(*sync));
    }
}

} // namespace pingjia
