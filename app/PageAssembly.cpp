// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/PageAssembly.h"

#include "app/UserHome.h"
#include "models/domain/WorkingCalendar.h"
#include "ui/CalendarSection.h"
#include "ui/LanguagePreference.h"
#include "ui/MainWindow.h"
#include "ui/SettingsPage.h"

#include <QSettings>

namespace pingjia {

void assemblePages(MainWindow &window, const UserHome &home, QSettings &settings,
                   HomeStores &stores)
{
    Q_UNUSED(stores); // the queue, rectification and rankings pages will read them

    auto *settingsPage = new SettingsPage(storedLanguage(settings), home.directory());
    // The menu and the page both change the language; the window stores it.
    QObject::connect(settingsPage, &SettingsPage::languageChosen, &window,
                     &MainWindow::chooseLanguage);
    QObject::connect(&window, &MainWindow::languageChosen, settingsPage,
                     &SettingsPage::setCurrentLanguage);
    settingsPage->addSection(
        new CalendarSection(WorkingCalendar::builtin(), home.extraCalendarFile()));
    window.setPage(PageId::SyncSettings, settingsPage);
}

} // namespace pingjia
