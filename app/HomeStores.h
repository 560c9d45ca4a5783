// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "models/store/CacheDatabase.h"
#include "models/store/LocalWorkDatabase.h"
#include "models/store/StoreResult.h"

#include <functional>

namespace pingjia {

class UserHome;

// The two database files of one home: the cache (platform data, rebuildable) and the
// local-work file (the user's own actions, never moved or changed on our own).
class HomeStores {
public:
    enum class CacheChoice { Rebuild, GiveUp };
    // Asked when the cache cannot be used; it decides whether to rebuild.
    using CacheProblemHandler = std::function<CacheChoice(const StoreResult &problem)>;

    explicit HomeStores(const UserHome &home);

    // Opens the local-work file first (on failure nothing else is touched), then the
    // cache. Any cache problem goes to `onCacheProblem`; on Rebuild a damaged, newer or
    // foreign cache is moved aside and an empty one created (a busy or unreadable file
    // is left alone). Returns the failure that remains, if any.
    StoreResult open(const CacheProblemHandler &onCacheProblem);

    CacheDatabase &cache() { return m_cache; }
    LocalWorkDatabase &localWork() { return m_localWork; }
    // After a failed open(): whether the cache (true) or the local-work file failed.
    bool cacheFailed() const { return m_cacheFailed; }
    // Where a rebuilt cache's old file went; empty when nothing was rebuilt.
    QString cacheMovedTo() const { return m_cacheMovedTo; }

private:
    CacheDatabase m_cache;
    LocalWorkDatabase m_localWork;
    QString m_cacheMovedTo;
    bool m_cacheFailed = false;
};

} // namespace pingjia
