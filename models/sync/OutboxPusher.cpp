// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sync/OutboxPusher.h"

#include "models/store/CacheReader.h"
#include "models/store/CacheWriter.h"
#include "models/store/LocalWorkStore.h"
#include "models/sync/Logging.h"
#include "models/sync/PlatformClient.h"

#include <QJsonDocument>

namespace pingjia {

namespace {

SyncError storeError(const StoreResult &r)
{
    return SyncError{SyncErrorKind::Store, r.message, 0, {}};
}

QString reasonOf(const PlatformAnswer &a)
{
    if (!a.errorMessage.isEmpty())
        return a.errorCode.isEmpty() ? a.errorMessage
                                     : QStringLiteral("%1 (%2)").arg(a.errorMessage, a.errorCode);
    return OutboxPusher::tr("The platform answered %1.").arg(a.status);
}

} // namespace

OutboxPusher::OutboxPusher(PlatformClient &client, CacheDatabase &cache,
                           LocalWorkDatabase &localWork, const std::atomic_bool *cancel)
    : m_client(client), m_cache(cache), m_localWork(localWork), m_cancel(cancel)
{
}

SyncError OutboxPusher::storeRecord(const QJsonObject &json)
{
    QString why;
    const auto record = HandlingRecord::fromJson(json, &why);
    if (!record) {
        // The action is applied all the same; the next pull brings the record.
        qCWarning(lcSync).noquote() << "the platform's record in its answer is unreadable:" << why;
        return {};
    }
    StoreResult r;
    const auto cached = CacheReader(m_cache).badReview(record->evalId, &r);
    if (!r.ok())
        return storeError(r);
    if (cached && cached->version > record->version)
        return {}; // a pull already brought something newer
    r = CacheWriter(m_cache, nullptr).upsertBadReviews({*record});
    return r.ok() ? SyncError{} : storeError(r);
}

SyncError OutboxPusher::settle(const OutboxEntry &entry, const PlatformAnswer &a,
                               PushResult &result)
{
    LocalWorkStore store(m_localWork);
    StoreResult r;
    if (a.status >= 200 && a.status < 300) {
        const QJsonObject reply =
            a.json.isEmpty() ? QJsonDocument::fromJson(a.body).object() : a.json;
        if (SyncError e = storeRecord(reply); !e.ok())
            return e;
        r = store.markAcked(entry.seq, reply);
        ++result.acked;
    } else if (a.status == 409) {
        std::optional<HandlingRecord> current;
        const QJsonObject currentJson = a.json.value(QLatin1String("current")).toObject();
        if (!currentJson.isEmpty()) {
            current = HandlingRecord::fromJson(currentJson);
            if (current)
                if (SyncError e = storeRecord(currentJson); !e.ok())
                    return e;
        }
        r = store.markConflict(entry.seq, current, reasonOf(a), a.json);
        ++result.conflicts;
    } else {
        r = store.markRefused(entry.seq, reasonOf(a), a.json);
        ++result.refused;
    }
    qCInfo(lcSync).noquote() << "action" << entry.actionId << toString(entry.type) << "on"
                             << entry.evalId << "->" << a.status << a.errorCode;
    return r.ok() ? SyncError{} : storeError(r);
}

PushResult OutboxPusher::push()
{
    PushResult result;
    LocalWorkStore store(m_localWork);
    QString lastSeen;
    for (;;) {
        StoreResult r;
        const QList<OutboxEntry> pending = store.pendingActions(&r);
        if (!r.ok()) {
            result.error = storeError(r);
            break;
        }
        result.remaining = int(pending.size());
        if (pending.isEmpty())
            break;
        const OutboxEntry &entry = pending.first();
        if (entry.actionId == lastSeen) {
            result.error = SyncError{SyncErrorKind::Store,
                                     tr("The outbox entry %1 stays pending after the "
                                        "platform's answer.")
                                         .arg(entry.actionId),
                                     0,
                                     {}};
            break;
        }
        if (m_cancel && m_cancel->load()) {
            result.error = SyncError{SyncErrorKind::Cancelled, tr("Stopped as asked."), 0, {}};
            break;
        }
        lastSeen = entry.actionId;
        if (r = store.markSent(entry.seq); !r.ok()) {
            result.error = storeError(r);
            break;
        }
        const PlatformAnswer a = m_client.postAction(entry.evalId, entry.requestBody());
        if (!a.error.ok()) {
            result.error = a.error; // offline or signed out: everything stays queued
            if (r = store.markUnsent(entry.seq); !r.ok())
                qCWarning(lcSync).noquote() << "outbox entry stays marked sent:" << r.message;
            break;
        }
        if (a.status >= 500 || a.status == 401 || a.status == 429) {
            result.error = SyncError{SyncErrorKind::Platform, reasonOf(a), a.status, a.errorCode};
            break;
        }
        if (SyncError e = settle(entry, a, result); !e.ok()) {
            result.error = e;
            break;
        }
    }
    return result;
}

} // namespace pingjia
