// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The cache file (cache.sqlite): platform data only, so it may be thrown away and
// refilled by a resync. When it is damaged, rebuild() moves it aside and starts empty;
// the local-work file is a different file and is never touched by this.

#include "models/store/Database.h"

namespace pingjia {

class CacheDatabase : public Database {
    Q_DECLARE_TR_FUNCTIONS(CacheDatabase)
public:
    static constexpr auto kFileName = "cache.sqlite";

    explicit CacheDatabase(const QString &path);

    // Moves the file (and its -wal) to "<path>.corrupt-yyyyMMdd-HHmmss" and creates an
    // empty cache. Stop the sync first: other threads reconnect on their next use.
    // `movedTo` receives the new name of the old file (empty when there was none).
    StoreResult rebuild(QString *movedTo = nullptr);

protected:
    QString corruptAdvice() const override;
    StoreResult afterOpen(Connection &c) override;
};

} // namespace pingjia
