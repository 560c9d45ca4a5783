// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The 月度通报 page on a simulator-synced home with October 2026 read: the set-up of
// tst_bulletinpage and tst_bulletinwalk.
#include "../queue-ui/SyncedHome.h"
#include "ui/bulletin/BulletinPage.h"

#include <QApplication>
#include <QDateEdit>
#include <QTest>

#include <memory>

namespace pingjia::bulletintest {

// Waiting for work on the page's worker thread (generous: the machine may be loaded).
inline constexpr int kPageWaitMs = 120000;

// Syncs `home`, opens the page as "office-user" on October 2026 and waits until its
// figures are read; false with `error` when either fails.
inline bool openPageOnSyncedHome(queueui::SyncedHome &home, std::unique_ptr<BulletinPage> &page,
                                 QString *error)
{
    if (!home.create(error))
        return false;
    page = std::make_unique<BulletinPage>(home.cache(), home.work(),
                                          [] { return QStringLiteral("office-user"); });
    page->resize(1280, 800);
    page->monthEdit()->setDate(QDate(2026, 10, 1));
    page->show();
    if (!QTest::qWaitFor([&] { return page->content().has_value() && !page->isBusy(); },
                         kPageWaitMs)) {
        *error = QStringLiteral("the page did not read October 2026");
        return false;
    }
    QApplication::processEvents();
    return true;
}

} // namespace pingjia::bulletintest
