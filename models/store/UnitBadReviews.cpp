// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/UnitBadReviews.h"

#include "models/store/CacheDatabase.h"
#include "models/store/StoredTime.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pingjia {

namespace {

QString unitCondition(UnitLevel level)
{
    switch (level) {
    case UnitLevel::Area:
        return QStringLiteral("area_code LIKE ? || '%'");
    case UnitLevel::Center:
        return QStringLiteral("center_code = ?");
    case UnitLevel::Department:
        return QStringLiteral("dept_code = ?");
    case UnitLevel::Window:
        return QStringLiteral("window_code = ?");
    case UnitLevel::Staff:
        return QStringLiteral("staff_id = ?");
    }
    return QStringLiteral("0");
}

} // namespace

std::optional<QStringList> unitBadReviewIds(CacheDatabase &cache, UnitLevel level,
                                            const QString &unitCode, const Period &period,
                                            StoreResult *error)
{
    Connection &c = cache.connection();
    // Plain SQL (no SQLite-only functions): "level <= 2" is the queue's own condition.
    QSqlQuery q(c.database());
    q.prepare(QStringLiteral("SELECT eval_id FROM evaluations WHERE withdrawn = 0 AND level <= 2 "
                             "AND assess_time >= ? AND assess_time <= ? AND %1 ORDER BY eval_id")
                  .arg(unitCondition(level)));
    q.addBindValue(StoredTime::toText(period.start()));
    q.addBindValue(StoredTime::toText(period.end()));
    q.addBindValue(level == UnitLevel::Area ? areaPrefix(unitCode) : unitCode);
    if (!q.exec()) {
        if (error)
            *error = c.failure(q.lastError(), QStringLiteral("unit bad reviews"));
        return std::nullopt;
    }
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

} // namespace pingjia
