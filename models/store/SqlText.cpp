// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/SqlText.h"

namespace pingjia::SqlText {

QString upsert(const QString &table, const QStringList &columns, const QStringList &key)
{
    QStringList placeholders;
    QStringList updates;
    for (const QString &c : columns) {
        placeholders << QStringLiteral("?");
        if (!key.contains(c))
            updates << QStringLiteral("%1 = excluded.%1").arg(c);
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO UPDATE SET %5")
        .arg(table, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")),
             key.join(QStringLiteral(", ")), updates.join(QStringLiteral(", ")));
}

QString upsertChanged(const QString &table, const QStringList &columns, const QStringList &key,
                      const QStringList &presenceOnly)
{
    QStringList stored;
    QStringList served;
    for (const QString &c : columns) {
        if (key.contains(c))
            continue;
        const bool presence = presenceOnly.contains(c);
        stored << (presence ? QStringLiteral("%1.%2 IS NULL").arg(table, c)
                            : QStringLiteral("%1.%2").arg(table, c));
        served << (presence ? QStringLiteral("excluded.%1 IS NULL").arg(c)
                            : QStringLiteral("excluded.%1").arg(c));
    }
    return upsert(table, columns, key) +
           QStringLiteral(" WHERE (%1) IS NOT (%2)")
               .arg(stored.join(QStringLiteral(", ")), served.join(QStringLiteral(", ")));
}

QString select(const QString &table, const QStringList &columns)
{
    return QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table);
}

} // namespace pingjia::SqlText
