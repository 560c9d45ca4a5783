// SPDX-License-Identifier: GPL-3.0-or-later
// writeBulletin(): documents through bulletin-doc's renderers, tables through
// BulletinExport (a file of its own, so table exports link without the renderers).
#include "models/reports/BulletinExport.h"
#include "models/reports/BulletinOdt.h"
#include "models/reports/BulletinPdf.h"

namespace pingjia {

BulletinRenderResult writeBulletin(const BulletinContent &content, const QString &path,
                                   BulletinFormat format, const QDateTime &created,
                                   const BulletinRenderOptions &options,
                                   const BulletinRenderControl &control)
{
    switch (format) {
    case BulletinFormat::Pdf:
        return writeBulletinPdf(content, path, options, control);
    case BulletinFormat::Odt:
        return writeBulletinOdt(content, path, options, control);
    default:
        return BulletinExport::writeTables(content, path, format, created, control);
    }
}

} // namespace pingjia
