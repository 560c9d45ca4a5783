// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawBaseline.h"

#include "models/store/CommentSearch.h"

#include <QFile>

#include <cstdio>

namespace pingjia::bench {

namespace {

const char *const kTables[] = {"org_units", "staff",       "service_items",
                               "cases",     "evaluations", "bad_reviews"};

bool fail(const char *what, sqlite3 *db)
{
    std::fprintf(stderr, "%s: %s\n", what, db ? sqlite3_errmsg(db) : "no database");
    return false;
}

Value columnValue(sqlite3_stmt *s, int i)
{
    switch (sqlite3_column_type(s, i)) {
    case SQLITE_INTEGER:
        return sqlite3_column_int64(s, i);
    case SQLITE_FLOAT:
        return sqlite3_column_double(s, i);
    case SQLITE_TEXT:
        return std::string(reinterpret_cast<const char *>(sqlite3_column_text(s, i)),
                           std::size_t(sqlite3_column_bytes(s, i)));
    case SQLITE_BLOB: {
        const char *p = static_cast<const char *>(sqlite3_column_blob(s, i));
        return std::vector<char>(p, p + sqlite3_column_bytes(s, i));
    }
    default:
        return {};
    }
}

bool readTable(sqlite3 *db, const char *name, Table *out)
{
    out->name = name;
    sqlite3_stmt *s = nullptr;
    const std::string sql = std::string("SELECT * FROM ") + name;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr) != SQLITE_OK)
        return fail("read", db);
    const int n = sqlite3_column_count(s);
    for (int i = 0; i < n; ++i)
        out->columns.emplace_back(sqlite3_column_name(s, i));
    while (sqlite3_step(s) == SQLITE_ROW) {
        std::vector<Value> row;
        row.reserve(std::size_t(n));
        for (int i = 0; i < n; ++i)
            row.push_back(columnValue(s, i));
        out->rows.push_back(std::move(row));
    }
    sqlite3_finalize(s);
    return true;
}

void bind(sqlite3_stmt *s, const std::vector<Value> &row)
{
    for (std::size_t i = 0; i < row.size(); ++i) {
        const int k = int(i) + 1;
        const Value &v = row[i];
        if (const auto *n = std::get_if<sqlite3_int64>(&v))
            sqlite3_bind_int64(s, k, *n);
        else if (const auto *d = std::get_if<double>(&v))
            sqlite3_bind_double(s, k, *d);
        else if (const auto *text = std::get_if<std::string>(&v))
            sqlite3_bind_text(s, k, text->data(), int(text->size()), SQLITE_STATIC);
        else if (const auto *blob = std::get_if<std::vector<char>>(&v))
            sqlite3_bind_blob(s, k, blob->data(), int(blob->size()), SQLITE_STATIC);
        else
            sqlite3_bind_null(s, k);
    }
}

bool insertTable(sqlite3 *db, const Table &t)
{
    std::string sql = "INSERT INTO " + t.name + " (";
    std::string marks;
    for (std::size_t i = 0; i < t.columns.size(); ++i) {
        sql += (i ? ", " : "") + t.columns[i];
        marks += i ? ", ?" : "?";
    }
    sql += ") VALUES (" + marks + ")";
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v3(db, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &s, nullptr) !=
        SQLITE_OK)
        return fail("prepare", db);
    for (const std::vector<Value> &row : t.rows) {
        bind(s, row);
        if (sqlite3_step(s) != SQLITE_DONE) {
            sqlite3_finalize(s);
            return fail("insert", db);
        }
        sqlite3_reset(s);
    }
    sqlite3_finalize(s);
    return true;
}

} // namespace

sqlite3 *openRaw(const QString &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) !=
        SQLITE_OK) {
        fail("open", db);
        sqlite3_close(db);
        return nullptr;
    }
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536",
                 nullptr, nullptr, nullptr);
    registerCommentSearchFunctions(db); // the evaluations' comment-search triggers need it
    return db;
}

bool readTables(const QString &path, std::vector<Table> *tables)
{
    sqlite3 *db = openRaw(path);
    if (!db)
        return false;
    bool ok = true;
    for (const char *t : kTables) {
        tables->emplace_back();
        ok = ok && readTable(db, t, &tables->back());
    }
    sqlite3_close(db);
    return ok;
}

bool insertAll(sqlite3 *db, const std::vector<Table> &tables)
{
    if (sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail("begin", db);
    for (const Table &t : tables) {
        if (!insertTable(db, t))
            return false;
    }
    if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail("commit", db);
    return true;
}

qint64 rowCount(const std::vector<Table> &tables)
{
    qint64 n = 0;
    for (const Table &t : tables)
        n += qint64(t.rows.size());
    return n;
}

} // namespace pingjia::bench
