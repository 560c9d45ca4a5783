// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A database file's schema as code: an ordered list of migrations, version N being the
// result of the first N. The file records its version in PRAGMA user_version and its
// kind in PRAGMA application_id, so a file from a newer Pingjia or of the wrong kind is
// recognised before anything is written.

#include "models/store/StoreResult.h"

#include <QList>
#include <QString>

#include <functional>

namespace pingjia {

class Connection;

struct Migration {
    QString description;
    // Runs inside the migration's transaction; SQL statements or C++ (backfills).
    std::function<StoreResult(Connection &)> apply;
};

struct SchemaDefinition {
    QString role;           // "cache" or "localwork": in messages and connection names
    qint32 applicationId{}; // PRAGMA application_id
    QList<Migration> migrations;

    int version() const { return int(migrations.size()); }
};

// Migration steps made of plain statements.
Migration sqlMigration(QString description, QStringList statements);

} // namespace pingjia
