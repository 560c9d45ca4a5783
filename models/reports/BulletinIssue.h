// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Issuing (印发) a written bulletin: its file's SHA-256 and who issued it go into the
// archive of the local-work file (BulletinArchive), so the office can show later exactly
// what was sent. Saving a draft does not issue; the page and `pingjia bulletin --issue`
// do, after the file is written.

#include "models/reports/BulletinContent.h"
#include "models/reports/BulletinExport.h"
#include "models/store/BulletinArchive.h"

#include <QCoreApplication>

namespace pingjia {

class BulletinIssue {
    Q_DECLARE_TR_FUNCTIONS(pingjia::BulletinIssue)
public:
    // Records `path` (already written) for `content`'s month, scope and version under
    // its header's 文号. A folder of CSV files cannot be issued (no one file to hash).
    static StoreResult record(BulletinArchive &archive, const BulletinContent &content,
                              const QString &month, const QString &scope, const QString &path,
                              BulletinFormat format, const QString &user,
                              BulletinArchiveEntry *entry = nullptr);

    // "internal" / "public" (archive and CLI words).
    static QString versionKey(BulletinVersion version);

    // The warning to show before issuing a month again; empty when it is the first time.
    static QString reissueWarning(const QList<BulletinArchiveEntry> &earlier);
};

} // namespace pingjia
