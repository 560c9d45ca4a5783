// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/SqliteStatement.h"

#include "models/store/StoredTime.h"

#include <sqlite3.h>

namespace pingjia {

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

QByteArray &SqliteStatement::buffer(int index)
{
    if (m_buffers.size() <= size_t(index))
        m_buffers.resize(size_t(index) + 1);
    QByteArray &b = m_buffers[size_t(index)];
    b.resize(0); // keeps the capacity
    return b;
}

void SqliteStatement::bindUtf8(int index, const QByteArray &utf8)
{
    // STATIC: the buffer stays untouched until this parameter is bound again, which
    // happens only after the statement was run and reset.
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bindText(int index, const QString &value)
{
    if (value.isNull()) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    QByteArray &out = buffer(index);
    out.reserve(value.size() * 3);
    const char16_t *p = reinterpret_cast<const char16_t *>(value.constData());
    const char16_t *end = p + value.size();
    while (p < end) {
        char32_t c = *p++;
        if (QChar::isHighSurrogate(c) && p < end && QChar::isLowSurrogate(*p))
            c = QChar::surrogateToUcs4(char16_t(c), *p++);
        else if (QChar::isSurrogate(c))
            c = 0xFFFD; // a lone half of a pair: as QString::toUtf8() does
        if (c < 0x80) {
            out.append(char(c));
        } else if (c < 0x800) {
            out.append(char(0xC0 | (c >> 6)));
            out.append(char(0x80 | (c & 0x3F)));
        } else if (c < 0x10000) {
            out.append(char(0xE0 | (c >> 12)));
            out.append(char(0x80 | ((c >> 6) & 0x3F)));
            out.append(char(0x80 | (c & 0x3F)));
        } else {
            out.append(char(0xF0 | (c >> 18)));
            out.append(char(0x80 | ((c >> 12) & 0x3F)));
            out.append(char(0x80 | ((c >> 6) & 0x3F)));
            out.append(char(0x80 | (c & 0x3F)));
        }
    }
    bindUtf8(index, out);
}

void SqliteStatement::bindTime(int index, const QDateTime &time)
{
    if (!time.isValid()) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    QByteArray &out = buffer(index);
    out.resize(19);
    if (!StoredTime::writeText(time, out.data()))
        out = StoredTime::toText(time).toUtf8();
    bindUtf8(index, out);
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
    if (value.isEmpty()) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    QByteArray &out = buffer(index);
    out.append(value);
    sqlite3_bind_blob(m_statement, index, out.constData(), int(out.size()), SQLITE_STATIC);
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
    return ok;
}

} // namespace pingjia
