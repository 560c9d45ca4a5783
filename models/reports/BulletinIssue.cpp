// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reports/BulletinIssue.h"

#include "models/domain/PlatformTime.h"

#include <QDir>
#include <QFileInfo>

namespace pingjia {

QString BulletinIssue::versionKey(BulletinVersion version)
{
    return version == BulletinVersion::Public ? QStringLiteral("public")
                                              : QStringLiteral("internal");
}

StoreResult BulletinIssue::record(BulletinArchive &archive, const BulletinContent &content,
                                  const QString &month, const QString &scope, const QString &path,
                                  BulletinFormat format, const QString &user,
                                  BulletinArchiveEntry *entry)
{
    if (format == BulletinFormat::CsvFolder)
        return StoreResult::failure(StoreErrorKind::Data,
                                    tr("A folder of CSV files cannot be issued; issue the PDF, "
                                       "ODT, XLSX or one CSV file."));
    QString error;
    BulletinArchiveEntry e;
    e.sha256 = BulletinArchive::fileSha256(path, &error);
    if (e.sha256.isEmpty())
        return StoreResult::failure(StoreErrorKind::Io, error);
    e.number = content.header.documentNumber;
    e.month = month;
    e.scope = scope;
    e.version = versionKey(content.version);
    e.format = bulletinFormatKey(format);
    e.filePath = QFileInfo(path).absoluteFilePath();
    e.issuedBy = user;
    StoreResult r = archive.record(e);
    if (r.ok() && entry)
        *entry = e;
    return r;
}

QString BulletinIssue::reissueWarning(const QList<BulletinArchiveEntry> &earlier)
{
    if (earlier.isEmpty())
        return {};
    QStringList lines;
    for (const BulletinArchiveEntry &e : earlier) {
        lines << tr("%1 (%2 version) issued by %3 on %4")
                     .arg(e.number, e.version == u"public" ? tr("public") : tr("internal"),
                          e.issuedBy, formatPlatformTime(e.issuedAt));
    }
    return tr("This month was already issued:\n%1\nIssuing it again adds a new record; the "
              "earlier ones stay in the archive.")
        .arg(lines.join(u'\n'));
}

} // namespace pingjia
