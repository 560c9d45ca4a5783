// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/CacheCheck.h"

#include "models/store/CacheDatabase.h"
#include "models/store/CacheReader.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pingjia {

namespace {

constexpr int kMaxComplaints = 20;

StoreResult integrityCheck(Connection &c, QStringList *complaints)
{
    QSqlQuery q(c.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check(%1)").arg(kMaxComplaints)))
        return c.failure(q.lastError(), QStringLiteral("integrity check"));
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            complaints->append(line);
    }
    return {};
}

} // namespace

CacheCheckResult CacheCheck::run(CacheDatabase &cache)
{
    CacheCheckResult result;
    result.status = integrityCheck(cache.connection(), &result.integrity);
    if (!result.ok())
        return result;
    CacheReader reader(cache);
    for (CacheList list : {CacheList::Orgs, CacheList::Staff, CacheList::Items, CacheList::Cases,
                           CacheList::Evaluations, CacheList::BadReviews}) {
        CacheListCheck check{list, reader.summary(list, &result.status)};
        if (!result.status.ok())
            return result;
        result.lists.append(check);
    }
    return result;
}

} // namespace pingjia
