// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/LocalSettings.h"

#include "models/store/LocalWorkDatabase.h"
#include "models/store/LocalWorkRows.h"
#include "models/store/SqlText.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pingjia {

using namespace localwork;

std::optional<QString> LocalSettings::value(const QString &key, StoreResult *error)
{
    setError(error, {});
    Connection &c = m_db.connection();
    QSqlQuery q(c.database());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec()) {
        setError(error, c.failure(q.lastError(), QStringLiteral("settings")));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

StoreResult LocalSettings::setValue(const QString &key, const QString &value)
{
    Connection &c = m_db.connection();
    QSqlQuery q(c.database());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                             "updated_at = excluded.updated_at"));
    q.addBindValue(key);
    q.addBindValue(SqlText::text(value));
    q.addBindValue(now());
    if (!q.exec())
        return c.failure(q.lastError(), QStringLiteral("settings"));
    return {};
}

StoreResult LocalSettings::remove(const QString &key)
{
    Connection &c = m_db.connection();
    QSqlQuery q(c.database());
    q.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return c.failure(q.lastError(), QStringLiteral("settings"));
    return {};
}

} // namespace pingjia
