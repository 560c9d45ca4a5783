// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/HomeStores.h"

#include "app/Logging.h"
#include "app/UserHome.h"
#include "ui/CacheProblemDialog.h"

namespace pingjia {

HomeStores::HomeStores(const UserHome &home)
    : m_cache(home.cacheFile()), m_localWork(home.localWorkFile())
{
}

StoreResult HomeStores::open(const CacheProblemHandler &onCacheProblem)
{
    StoreResult r = m_localWork.open();
    if (!r.ok()) {
        // Logged only: the caller shows the message (stderr or a dialog) once.
        qCInfo(lcApp).noquote() << "local-work file unusable:" << r.message;
        return r;
    }
    r = m_cache.open();
    if (r.ok())
        return r;
    qCInfo(lcApp).noquote() << "cache unusable:" << r.message;
    m_cacheFailed = true;
    if (!onCacheProblem || onCacheProblem(r) != CacheChoice::Rebuild ||
        !CacheProblemDialog::rebuildHelps(r.kind))
        return r;
    r = m_cache.rebuild(&m_cacheMovedTo);
    if (r.ok()) {
        m_cacheFailed = false;
        qCInfo(lcApp) << "cache rebuilt; the old file is" << m_cacheMovedTo;
    }
    return r;
}

} // namespace pingjia
