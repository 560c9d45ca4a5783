// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `pingjia cache check`: SQLite's full integrity check of the cache file, then each
// list's record count and content checksum (ContentChecksum.h) as the cache holds it.
// The platform API (v1) reports neither a count nor a checksum per list, so there is
// nothing of the platform's to compare them with short of pulling every list again
// (which is what `pingjia cache rebuild` does).

#include "models/store/CacheTypes.h"
#include "models/store/StoreResult.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace pingjia {

class CacheDatabase;

struct CacheListCheck {
    CacheList list = CacheList::Orgs;
    TableSummary summary;
};

struct CacheCheckResult {
    StoreResult status;    // the file could not be read at all
    QStringList integrity; // SQLite's complaints (at most 20); empty: intact
    QList<CacheListCheck> lists;

    bool ok() const { return status.ok() && integrity.isEmpty(); }
};

class CacheCheck {
    Q_DECLARE_TR_FUNCTIONS(CacheCheck)
public:
    // `cache` must be open.
    static CacheCheckResult run(CacheDatabase &cache);
};

} // namespace pingjia
