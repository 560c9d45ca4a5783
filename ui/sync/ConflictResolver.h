// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The user's two answers to a conflict (PLATFORM_API.md 409): keep the platform's version
// (the local action is dropped; the platform's record already is in the cache), or apply
// the same action again on top of the platform's version, as a new action that goes out
// with the next push. Either way the conflict is marked resolved in the audit log; nothing
// is overwritten without the user's choice.

#include "models/store/LocalWorkStore.h"

#include <QCoreApplication>

namespace pingjia {

class CacheDatabase;
class LocalWorkDatabase;

class ConflictResolver {
    Q_DECLARE_TR_FUNCTIONS(ConflictResolver)
public:
    static constexpr char kKeepPlatform[] = "keep_platform";
    static constexpr char kReapplied[] = "reapplied";

    ConflictResolver(CacheDatabase &cache, LocalWorkDatabase &localWork);

    // Empty on success, else why not (translated).
    QString keepPlatform(const ConflictEntry &conflict, const QString &actor);
    // Fails (and changes nothing) when the action is not allowed on the platform's
    // current state, e.g. someone verified it already.
    QString reapplyMine(const ConflictEntry &conflict, const QString &actor);

private:
    CacheDatabase &m_cache;
    LocalWorkDatabase &m_localWork;
};

} // namespace pingjia
