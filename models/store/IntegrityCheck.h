// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Whether a store file's pages are sound. Database::open() reads every page of the
// local-work file (small) but only checks the cache's length: at province scale the
// cache is a gigabyte, and the window reads it whole with checkIntegrity() on a worker
// thread once it is shown (app/StartupCacheCheck); `pingjia cache check` runs listDamage(Full)
// through CacheCheck.

#include "models/store/StoreResult.h"

#include <QString>
#include <QStringList>

#include <atomic>

namespace pingjia {

class Connection;
class Database;

// How closely SQLite reads the file: Quick checks every page and record (PRAGMA
// quick_check); Full also checks that every index agrees with its table (PRAGMA
// integrity_check), which takes several times as long.
enum class PageCheck { Quick, Full };

// SQLite's complaints about the file behind `c` (at most `limit`) appended to
// `complaints`: none when it is sound. The one place either PRAGMA is run.
StoreResult listDamage(Connection &c, PageCheck depth, int limit, QStringList *complaints);

// listDamage(Quick) over every page: Corrupt, naming the first complaint, when one is damaged.
StoreResult checkEveryPage(Connection &c, const QString &path, const QString &role);
// The size the header records (bytes 28–31, in pages of the size at bytes 16–17; valid
// when the change counter at 24 equals the one at 92) against the file's length: a file
// cut short is caught without reading its pages.
StoreResult checkFileLength(const QString &path, const QString &role);

// checkEveryPage() on the calling thread's connection of an open `db`. Takes time that
// grows with the file: never on the GUI thread. `cancel` set (from any thread) stops it
// with an error of kind Sql.
StoreResult checkIntegrity(Database &db, const std::atomic_bool *cancel = nullptr);

} // namespace pingjia
