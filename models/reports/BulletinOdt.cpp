// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reports/BulletinOdt.h"

#include "models/reports/BulletinTextDocument.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace pingjia {

namespace {

// QTextDocumentWriter's ODF writer reads lengths as 96-dpi pixels.
constexpr double kOdfUnitsPerMm = 96 / 25.4;

BulletinRenderResult failure(const QString &path, const QString &reason)
{
    return {BulletinRenderResult::Status::Failed,
            QCoreApplication::translate("BulletinOdt", "Cannot write %1: %2").arg(path, reason), 0};
}

} // namespace

BulletinRenderResult writeBulletinOdt(const BulletinContent &content, const QString &path,
                                      const BulletinRenderOptions &options,
                                      const BulletinRenderControl &control)
{
    if (control.cancelled())
        return {BulletinRenderResult::Status::Cancelled, {}, 0};
    control.report(0, 3);
    BulletinDocumentStyle style;
    style.fonts = resolveInstalledBulletinFonts(options.fonts);
    style.unitsPerMm = kOdfUnitsPerMm;
    style.masthead = true;
    style.chartsAsObjects = false; // the ODF writer knows images, not custom objects
    style.characterGrid = false;
    QTextDocument doc;
    buildBulletinDocument(doc, content, style);
    control.report(1, 3);
    if (control.cancelled())
        return {BulletinRenderResult::Status::Cancelled, {}, 0};
    // The ODF writer closes its device, which QSaveFile forbids: zip into memory first.
    QBuffer zipped;
    zipped.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&zipped, "odf");
    if (!writer.write(&doc))
        return failure(path, QCoreApplication::translate("BulletinOdt", "the document could not "
                                                                        "be encoded"));
    control.report(2, 3);
    if (control.cancelled())
        return {BulletinRenderResult::Status::Cancelled, {}, 0};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(path, file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(zipped.data()) != zipped.data().size() || !file.commit())
        return failure(path, file.errorString());
    control.report(3, 3);
    return {};
}

} // namespace pingjia
