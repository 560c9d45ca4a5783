// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reports/BulletinPdf.h"

#include "models/reports/BulletinPageRenderer.h"
#include "models/reports/BulletinPdfToUnicode.h"
#include "models/reports/Logging.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace pingjia {

namespace {

BulletinRenderResult cancelled()
{
    return {BulletinRenderResult::Status::Cancelled, {}, 0};
}

BulletinRenderResult failed(const QString &message)
{
    return {BulletinRenderResult::Status::Failed, message, 0};
}

} // namespace

BulletinRenderResult renderBulletin(const BulletinContent &content, QPagedPaintDevice &device,
                                    const BulletinRenderOptions &options,
                                    const BulletinRenderControl &control)
{
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageOrientation(QPageLayout::Portrait);
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    if (control.cancelled())
        return cancelled();
    BulletinPageRenderer renderer(content, device, options);
    QElapsedTimer timer;
    timer.start();
    const int pages = renderer.layout();
    const qint64 layoutMs = timer.elapsed();
    const int steps = pages + 1;
    control.report(1, steps);
    QPainter painter;
    if (!painter.begin(&device))
        return failed(QCoreApplication::translate("BulletinPdf", "Cannot start printing."));
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < pages; ++i) {
        if (control.cancelled()) {
            if (control.abortDevice)
                control.abortDevice();
            painter.end();
            return cancelled();
        }
        if (i > 0 && !device.newPage())
            return failed(QCoreApplication::translate("BulletinPdf", "Cannot add a page."));
        renderer.paintPage(painter, i);
        control.report(i + 2, steps);
    }
    if (!painter.end())
        return failed(QCoreApplication::translate("BulletinPdf", "Cannot finish the document."));
    qCDebug(lcReports) << "bulletin rendered," << pages << "pages; layout" << layoutMs
                       << "ms, painting" << timer.elapsed() - layoutMs << "ms";
    return {BulletinRenderResult::Status::Ok, {}, pages};
}

BulletinRenderResult writeBulletinPdf(const BulletinContent &content, const QString &path,
                                      const BulletinRenderOptions &options,
                                      const BulletinRenderControl &control)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return failed(QCoreApplication::translate("BulletinPdf", "Cannot write %1: %2")
                          .arg(path, file.errorString()));
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // Written in memory first, so the text map can be mended before the file is.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    BulletinRenderResult result;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(1200);
        writer.setTitle(content.header.title);
        writer.setCreator(QStringLiteral("Pingjia"));
        result = renderBulletin(content, writer, options, control);
    }
    if (!result.ok()) {
        file.cancelWriting();
        return result;
    }
    QByteArray &pdf = buffer.buffer();
    const BulletinFonts fonts = resolveInstalledBulletinFonts(options.fonts);
    const int mended =
        mendPdfToUnicode(pdf, pdfRadicalReplacements({fonts.body, fonts.title, fonts.heading,
                                                      fonts.subheading, fonts.pageNumber}));
    qCDebug(lcReports) << "bulletin PDF text map:" << mended << "radicals mended";
    if (file.write(pdf) != pdf.size() || !file.commit()) {
        return failed(QCoreApplication::translate("BulletinPdf", "Cannot write %1: %2")
                          .arg(path, file.errorString()));
    }
    return result;
}

} // namespace pingjia
