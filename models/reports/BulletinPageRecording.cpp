// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reports/BulletinPageRecording.h"

#include "models/reports/BulletinPageRenderer.h"
#include "models/reports/Logging.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace pingjia {

BulletinRecordedPages recordBulletinPages(const BulletinContent &content, int dpi,
                                          const BulletinRenderOptions &options,
                                          const BulletinRenderControl &control)
{
    BulletinRecordedPages recorded;
    recorded.dpi = dpi;
    recorded.result.status = BulletinRenderResult::Status::Cancelled;
    if (control.cancelled())
        return recorded;
    // The layout needs a paged device for its metrics: a PDF writer that is never painted
    // on (so it writes nothing), at the resolution the pictures will be replayed at.
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter device(&sink);
    device.setResolution(dpi);
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageOrientation(QPageLayout::Portrait);
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    BulletinPageRenderer renderer(content, device, options);
    const int pages = renderer.layout();
    control.report(1, pages + 1);
    for (int i = 0; i < pages; ++i) {
        if (control.cancelled()) {
            recorded.pages.clear();
            return recorded;
        }
        // Texts come from layouts made for `device`, so their fonts keep its resolution in
        // the picture (a QPainter on a QPicture alone would size them for the screen).
        QPicture page;
        QPainter painter(&page);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.paintPage(painter, i);
        painter.end();
        recorded.pages.append(page);
        control.report(i + 2, pages + 1);
    }
    qCDebug(lcReports) << "bulletin recorded for the preview," << pages << "pages";
    recorded.result = {BulletinRenderResult::Status::Ok, {}, pages};
    return recorded;
}

} // namespace pingjia
