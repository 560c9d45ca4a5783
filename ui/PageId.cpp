// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PageId.h"

#include <QCoreApplication>

namespace pingjia {

namespace {

struct PageText {
    const char *key;
    const char *title;
    const char *arrival;
};

// Context "PageId" in the translation files.
constexpr PageText kPageTexts[] = {
    {"dashboard", QT_TRANSLATE_NOOP("PageId", "Overview"),
     QT_TRANSLATE_NOOP("PageId", "The overview of indicators, open bad reviews and deadlines "
                                 "arrives with the dashboard feature.")},
    {"bad-reviews", QT_TRANSLATE_NOOP("PageId", "Bad reviews"),
     QT_TRANSLATE_NOOP("PageId", "The bad-review work queue (verification within 24 hours, "
                                 "rectification deadlines) arrives with the queue feature.")},
    {"rectification", QT_TRANSLATE_NOOP("PageId", "Rectification"),
     QT_TRANSLATE_NOOP("PageId", "Tracking from verification to rectification and follow-up "
                                 "visit arrives with the rectification feature.")},
    {"rankings", QT_TRANSLATE_NOOP("PageId", "Rankings"),
     QT_TRANSLATE_NOOP("PageId", "Rankings of departments, windows and staff, with trends, "
                                 "arrive with the rankings feature.")},
    {"bulletins", QT_TRANSLATE_NOOP("PageId", "Monthly bulletins"),
     QT_TRANSLATE_NOOP("PageId", "The monthly bulletin (PDF, XLSX, CSV, ODT) arrives with the "
                                 "bulletin feature.")},
    {"sync-settings", QT_TRANSLATE_NOOP("PageId", "Sync & settings"),
     QT_TRANSLATE_NOOP("PageId", "Platform sign-in and synchronization arrive with the sync "
                                 "feature.")},
};

const PageText &textOf(PageId page)
{
    return kPageTexts[pageIndex(page)];
}

} // namespace

int pageIndex(PageId page)
{
    return static_cast<int>(page);
}

QString pageKey(PageId page)
{
    return QString::fromLatin1(textOf(page).key);
}

QString pageTitle(PageId page)
{
    return QCoreApplication::translate("PageId", textOf(page).title);
}

QString pageArrivalNote(PageId page)
{
    return QCoreApplication::translate("PageId", textOf(page).arrival);
}

} // namespace pingjia
