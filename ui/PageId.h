// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

#include <array>

namespace pingjia {

// The pages of the main window, in navigation order (Ctrl+1 … Ctrl+6 follow this order).
enum class PageId { Dashboard, BadReviews, Rectification, Rankings, Bulletins, SyncSettings };

inline constexpr std::array<PageId, 6> kAllPages = {PageId::Dashboard,     PageId::BadReviews,
                                                    PageId::Rectification, PageId::Rankings,
                                                    PageId::Bulletins,     PageId::SyncSettings};

int pageIndex(PageId page);
// Stable, untranslated key: object names, settings, tests.
QString pageKey(PageId page);
// Navigation label and page title, translated.
QString pageTitle(PageId page);
// What the page will hold, shown while it is still a shell, translated.
QString pageArrivalNote(PageId page);

} // namespace pingjia
