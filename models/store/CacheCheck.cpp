// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/CacheCheck.h"

#include "models/store/CacheDatabase.h"
#include "models/store/CacheReader.h"
#include "models/store/IntegrityCheck.h"

namespace pingjia {

CacheCheckResult CacheCheck::run(CacheDatabase &cache)
{
    CacheCheckResult result;
    constexpr int kMaxComplaints = 20;
    result.status =
        listDamage(cache.connection(), PageCheck::Full, kMaxComplaints, &result.integrity);
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
