// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Sends the user's handling actions (LocalWorkStore's outbox) to the platform, oldest
// first, each with its own actionId and baseVersion. The platform answers a repeated
// actionId with its first answer, so a resend after a lost reply is safe: an action takes
// effect exactly once from the platform's point of view. Outcomes:
// - 200: the returned record goes into the cache (unless the cache already holds a newer
//   version) and the action is acknowledged (its overlay goes);
// - 409: both versions are kept as a conflict for the user; nothing is overwritten;
// - 422 (and 400/403/404, which no resend can fix): refused with the platform's reason;
// - no answer after every retry: the push stops, the rest stays queued for next time.

#include "models/sync/SyncTypes.h"

#include <QCoreApplication>

#include <atomic>

namespace pingjia {

class CacheDatabase;
class LocalWorkDatabase;
class PlatformClient;
struct PlatformAnswer;
struct OutboxEntry;

class OutboxPusher {
    Q_DECLARE_TR_FUNCTIONS(OutboxPusher)
public:
    OutboxPusher(PlatformClient &client, CacheDatabase &cache, LocalWorkDatabase &localWork,
                 const std::atomic_bool *cancel = nullptr);

    // Pushes until the outbox is empty, the network gives up, or cancel is set.
    PushResult push();

private:
    SyncError settle(const OutboxEntry &entry, const PlatformAnswer &answer, PushResult &result);
    SyncError storeRecord(const QJsonObject &json);

    PlatformClient &m_client;
    CacheDatabase &m_cache;
    LocalWorkDatabase &m_localWork;
    const std::atomic_bool *m_cancel;
};

} // namespace pingjia
