// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The benchmark's baseline: the rows a sync stored, read into memory, then inserted the
// fastest way SQLite allows (prepared statements on the raw handle, one transaction) into
// a fresh file with the same schema, indexes and triggers.

#include <QString>

#include <sqlite3.h>

#include <string>
#include <variant>
#include <vector>

namespace pingjia::bench {

using Value = std::variant<std::monostate, sqlite3_int64, double, std::string, std::vector<char>>;
struct Table {
    std::string name;
    std::vector<std::string> columns;
    std::vector<std::vector<Value>> rows;
};

// Opened as the store configures its connections (WAL, comment-search function).
sqlite3 *openRaw(const QString &path);
// Every synced table of the cache at `path`; false (message on stderr) on failure.
bool readTables(const QString &path, std::vector<Table> *tables);
// Inserts every row into `db` in one transaction.
bool insertAll(sqlite3 *db, const std::vector<Table> &tables);
qint64 rowCount(const std::vector<Table> &tables);

} // namespace pingjia::bench
