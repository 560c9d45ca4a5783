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
// The same upsert, but a stored row that already holds every value is left alone: the
// UPDATE runs only WHERE (c, …) IS NOT (excluded.c, …), so an unchanged row costs no page
// write, no index maintenance and fires no UPDATE trigger (a re-pull after
// invalid_cursor serves mostly what is stored). Columns in `presenceOnly` are compared
// only on whether they are NULL: encrypted blobs, whose random nonce makes every
// encryption of the same value differ.
QString upsertChanged(const QString &table, const QStringList &columns, const QStringList &key,
                      const QStringList &presenceOnly);
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
