// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Generated SQL for the schema-as-code tables: one column list per table drives the
// INSERT, the upsert's UPDATE part and the SELECT, so they cannot drift apart.

#include <QString>
#include <QStringList>
#include <QVariant>

namespace pingjia::SqlText {

// INSERT INTO t (c1, …) VALUES (?, …) ON CONFLICT (key) DO UPDATE SET c = excluded.c, …
QString upsert(const QString &table, const QStringList &columns, const QStringList &key);
QString select(const QString &table, const QStringList &columns);

// A text value for a NOT NULL column: a null QString becomes "".
inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString::fromLatin1("")) : QVariant(value);
}
// NULL for an empty value (optional columns).
inline QVariant optionalText(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}
inline QVariant optionalBlob(const QByteArray &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(value);
}

} // namespace pingjia::SqlText
