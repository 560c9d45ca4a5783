// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The bulletin's pages recorded as pictures, for a print preview: laid out and painted on
// any thread (a worker), so the GUI thread only replays them. Each page is a QPicture in
// the units of a paged device of `dpi` (origin at the paper's top left), the same layout
// as writeBulletinPdf and renderBulletin at that resolution.

#include "models/reports/BulletinContent.h"
#include "models/reports/BulletinRender.h"

#include <QList>
#include <QPicture>

namespace pingjia {

struct BulletinRecordedPages {
    BulletinRenderResult result;
    QList<QPicture> pages;
    int dpi = 0;
};

// Progress as renderBulletin: step 1 after the layout (of pages + 1 steps), then a step per
// page. On cancel: Cancelled and no pages.
BulletinRecordedPages recordBulletinPages(const BulletinContent &content, int dpi,
                                          const BulletinRenderOptions &options = {},
                                          const BulletinRenderControl &control = {});

} // namespace pingjia
