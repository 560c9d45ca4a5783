// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One SQLite file (the cache or the local-work file) used from any number of threads:
// each thread gets its own Connection, opened on first use and closed when the thread
// ends. open() brings the file to the app's schema, or refuses with a clear reason.

#include "models/store/Connection.h"
#include "models/store/Schema.h"
#include "models/store/StoreResult.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace pingjia {

class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    Database(QString path, SchemaDefinition schema);
    virtual ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Creates the file when missing, checks kind, version and integrity, then migrates.
    // Must succeed before connection() is used.
    StoreResult open();
    // Like open() but stops at `version` (tests of migrations from an older file).
    StoreResult openAtVersion(int version);

    bool isOpen() const;
    const QString &path() const;
    const SchemaDefinition &schema() const;

    // The calling thread's connection ("forThisThread"). Reopened transparently after
    // the file was replaced (CacheDatabase::rebuild).
    Connection &connection();
    // The schema version of the open file.
    int fileVersion();

    // Closes the calling thread's connection (others close when their threads end, or
    // on their next use after invalidateConnections()).
    void closeThisThread();

protected:
    // Makes every thread drop its connection on its next use (the file was replaced).
    void invalidateConnections();
    StoreResult checkAndMigrate(Connection &c, int targetVersion);
    virtual QString corruptAdvice() const = 0;
    // Runs after a successful open at the current schema version.
    virtual StoreResult afterOpen(Connection &) { return {}; }

private:
    struct Shared;
    std::shared_ptr<Shared> d;
};

} // namespace pingjia
