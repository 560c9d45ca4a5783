// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/SqliteStatement.h"

#include <sqlite3.h>

namespace pingjia {

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bindText(int index, const QString &value)
{
    if (value.isNull()) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    // UTF-16 straight from QString; SQLite converts to the file's UTF-8 itself.
    sqlite3_bind_text16(m_statement, index, value.constData(), int(value.size() * 2),
                        SQLITE_TRANSIENT);
}

void SqliteStatement::bindRequiredText(int index, const QString &value)
{
    if (value.isNull())
        sqlite3_bind_text(m_statement, index, "", 0, SQLITE_STATIC);
    else
        bindText(index, value);
}

void SqliteStatement::bindOptionalText(int index, const QString &value)
{
    if (value.isEmpty())
        sqlite3_bind_null(m_statement, index);
    else
        bindText(index, value);
}

void SqliteStatement::bindBlob(int index, const QByteArray &value)
{
    if (value.isEmpty())
        sqlite3_bind_null(m_statement, index);
    else
        sqlite3_bind_blob(m_statement, index, value.constData(), int(value.size()),
                          SQLITE_TRANSIENT);
}

void SqliteStatement::bindInt(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

bool SqliteStatement::exec(int *code, QString *message)
{
    const int rc = sqlite3_step(m_statement);
    const bool ok = rc == SQLITE_DONE || rc == SQLITE_ROW;
    if (!ok) {
        *code = sqlite3_extended_errcode(m_handle) & 0xff;
        *message = QString::fromUtf8(sqlite3_errmsg(m_handle));
    }
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return ok;
}

} // namespace pingjia
