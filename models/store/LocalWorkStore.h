// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The user's own work in the local-work file, one class per job: the outbox of handling
// actions (Outbox.h), the pending-state overlay the views show on top of the platform's
// state (PendingOverlay.h), conflicts (ConflictLog.h), the audit and reveal logs
// (AuditLog.h) and settings that must survive a cache rebuild (LocalSettings.h).
//
// LocalWorkStore is the one door for callers that use several of them; each call is the
// named class's own (see there for the rules).

#include "models/store/AuditLog.h"
#include "models/store/ConflictLog.h"
#include "models/store/LocalSettings.h"
#include "models/store/Outbox.h"
#include "models/store/PendingOverlay.h"

namespace pingjia {

class LocalWorkStore {
public:
    explicit LocalWorkStore(LocalWorkDatabase &db)
        : m_outbox(db), m_overlay(db), m_conflicts(db), m_audit(db), m_settings(db)
    {
    }

    Outbox &outbox() { return m_outbox; }
    AuditLog &auditLog() { return m_audit; }

    StoreResult recordAction(const HandlingAction &action, const QString &evalId, int baseVersion,
                             const HandlingRecord &resultingRecord, const QString &actor,
                             qint64 *seq = nullptr)
    {
        return m_outbox.recordAction(action, evalId, baseVersion, resultingRecord, actor, seq);
    }
    QList<OutboxEntry> pendingActions(StoreResult *error = nullptr)
    {
        return m_outbox.pendingActions(error);
    }
    QList<OutboxEntry> actions(const QString &evalId, StoreResult *error = nullptr)
    {
        return m_outbox.actions(evalId, error);
    }
    StoreResult markSent(qint64 seq) { return m_outbox.markSent(seq); }
    StoreResult markUnsent(qint64 seq) { return m_outbox.markUnsent(seq); }
    StoreResult markAcked(qint64 seq, const QJsonObject &reply)
    {
        return m_outbox.markAcked(seq, reply);
    }
    StoreResult markConflict(qint64 seq, const std::optional<HandlingRecord> &platformRecord,
                             const QString &message, const QJsonObject &reply = {})
    {
        return m_outbox.markConflict(seq, platformRecord, message, reply);
    }
    StoreResult markRefused(qint64 seq, const QString &message, const QJsonObject &reply = {})
    {
        return m_outbox.markRefused(seq, message, reply);
    }

    std::optional<HandlingRecord> overlay(const QString &evalId, StoreResult *error = nullptr)
    {
        return m_overlay.overlay(evalId, error);
    }
    QList<HandlingRecord> overlays(StoreResult *error = nullptr)
    {
        return m_overlay.overlays(error);
    }

    QList<ConflictEntry> conflicts(bool includeResolved = false, StoreResult *error = nullptr)
    {
        return m_conflicts.conflicts(includeResolved, error);
    }
    StoreResult resolveConflict(qint64 id, const QString &resolution, const QString &actor)
    {
        return m_conflicts.resolve(id, resolution, actor);
    }

    // Regulation 000 art.5: call before showing the plaintext (AuditLog::recordReveal).
    StoreResult recordReveal(const QString &evalId, const QString &actor, const QStringList &fields,
                             const QString &reason)
    {
        return m_audit.recordReveal(evalId, actor, fields, reason);
    }
    QList<RevealEntry> reveals(const QString &evalId = {}, StoreResult *error = nullptr)
    {
        return m_audit.reveals(evalId, error);
    }
    QList<AuditEntry> audit(const QString &evalId = {}, StoreResult *error = nullptr)
    {
        return m_audit.entries(evalId, error);
    }

    std::optional<QString> setting(const QString &key, StoreResult *error = nullptr)
    {
        return m_settings.value(key, error);
    }
    StoreResult setSetting(const QString &key, const QString &value)
    {
        return m_settings.setValue(key, value);
    }
    StoreResult removeSetting(const QString &key) { return m_settings.remove(key); }

private:
    Outbox m_outbox;
    PendingOverlay m_overlay;
    ConflictLog m_conflicts;
    AuditLog m_audit;
    LocalSettings m_settings;
};

} // namespace pingjia
