// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/HandlingRollup.h"

#include "models/store/Connection.h"
#include "models/store/IndicatorSql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pingjia {

StoreResult HandlingRollup::exec(const QString &sql)
{
    QSqlQuery q(m_c.database());
    if (!q.exec(sql))
        return m_c.failure(q.lastError(), tr("updating the handling rollups"));
    return {};
}

bool HandlingRollup::isStale(StoreResult *error)
{
    QSqlQuery q(m_c.database());
    if (!q.exec(QStringLiteral("SELECT stale FROM indicator_handling_state WHERE id = 1"))) {
        if (error)
            *error = m_c.failure(q.lastError(), tr("reading the handling rollups"));
        return true;
    }
    return !q.next() || q.value(0).toInt() != 0;
}

StoreResult HandlingRollup::rebuild()
{
    QStringList sql = {
        QStringLiteral("DROP TABLE IF EXISTS temp.rollup_handling"),
        QStringLiteral("CREATE TEMP TABLE rollup_handling AS ") + IndicatorSql::handlingFactsSql(),
        QStringLiteral("DELETE FROM indicator_handling_month"),
    };
    for (IndicatorSql::Grain g : IndicatorSql::kAllGrains)
        sql << IndicatorSql::handlingRollupSql(g, QStringLiteral("temp.rollup_handling"));
    sql << QStringLiteral("DROP TABLE temp.rollup_handling")
        << QStringLiteral("INSERT INTO indicator_handling_state (id, stale) VALUES (1, 0) "
                          "ON CONFLICT (id) DO UPDATE SET stale = 0");
    for (const QString &s : std::as_const(sql)) {
        if (StoreResult r = exec(s); !r.ok())
            return r;
    }
    return {};
}

StoreResult HandlingRollup::invalidate()
{
    for (const char *s : {"DELETE FROM indicator_handling_month",
                          "UPDATE indicator_handling_state SET stale = 1"}) {
        if (StoreResult r = exec(QString::fromLatin1(s)); !r.ok())
            return r;
    }
    return {};
}

} // namespace pingjia
