// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A statement prepared on the connection's own sqlite3 handle, for the bulk upserts of
// the sync: binding through QVariant and QSqlResult costs more than the insert itself
// at 10^6 rows. Same handle, so it runs inside the connection's Transaction.

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace pingjia {

class SqliteStatement {
public:
    SqliteStatement(sqlite3 *handle, sqlite3_stmt *statement)
        : m_handle(handle), m_statement(statement)
    {
    }
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Parameters are 1-based, as in SQLite. A null QString binds NULL.
    void bindText(int index, const QString &value);
    // An empty QString binds "" (for NOT NULL columns).
    void bindRequiredText(int index, const QString &value);
    // An empty value binds NULL.
    void bindOptionalText(int index, const QString &value);
    void bindBlob(int index, const QByteArray &value); // empty → NULL
    void bindInt(int index, qint64 value);
    // StoredTime's text form; an invalid time binds NULL.
    void bindTime(int index, const QDateTime &time);
    void bindNull(int index);

    // Runs to completion and resets for the next row. The SQLite result code and
    // message on failure.
    bool exec(int *code, QString *message);

private:
    // One UTF-8 buffer per parameter, reused row after row: binding then costs no
    // allocation and SQLite no UTF-16 conversion.
    QByteArray &buffer(int index);
    void bindUtf8(int index, const QByteArray &utf8);

    sqlite3 *m_handle;
    sqlite3_stmt *m_statement;
    std::vector<QByteArray> m_buffers;
};

} // namespace pingjia
