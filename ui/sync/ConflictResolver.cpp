// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/ConflictResolver.h"

#include "models/domain/CurrentCalendar.h"
#include "models/store/LocalActionRecorder.h"

namespace pingjia {

ConflictResolver::ConflictResolver(CacheDatabase &cache, LocalWorkDatabase &localWork)
    : m_cache(cache), m_localWork(localWork)
{
}

QString ConflictResolver::keepPlatform(const ConflictEntry &conflict, const QString &actor)
{
    const StoreResult r = LocalWorkStore(m_localWork)
                              .resolveConflict(conflict.id, QLatin1String(kKeepPlatform), actor);
    return r.ok() ? QString() : r.message;
}

QString ConflictResolver::reapplyMine(const ConflictEntry &conflict, const QString &actor)
{
    LocalWorkStore store(m_localWork);
    StoreResult r;
    const QList<OutboxEntry> actions = store.actions(conflict.evalId, &r);
    if (!r.ok())
        return r.message;
    const auto mine = std::find_if(actions.begin(), actions.end(),
                                   [&](const OutboxEntry &e) { return e.seq == conflict.seq; });
    if (mine == actions.end())
        return tr("The action of this conflict is no longer in the local work.");
    const RecordedAction again =
        LocalActionRecorder(m_cache, m_localWork, std::nullopt, currentWorkingCalendar())
            .record(conflict.evalId, mine->type, mine->payload, actor);
    if (!again.ok())
        return tr("Cannot apply it again on the platform's version: %1").arg(again.message());
    r = store.resolveConflict(conflict.id, QLatin1String(kReapplied), actor);
    return r.ok() ? QString() : r.message;
}

} // namespace pingjia
