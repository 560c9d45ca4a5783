// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The user's own work, in the local-work file: handling actions waiting for the
// platform (the outbox), the audit log, the pending-state overlay the views show on top
// of the platform's state, conflicts, the log of personal-data reveals, and settings
// that must survive a cache rebuild.
//
// Outbox life cycle: recordAction → pending → (markSent) → markAcked | markConflict |
// markRefused. When an action ends in conflict or is refused, the later actions on the
// same evaluation that were built on it end the same way (they could only fail on the
// platform), and the overlay goes: the views fall back to the platform's state and the
// conflict list shows both versions. Nothing is ever overwritten silently.

#include "models/domain/HandlingRecord.h"
#include "models/domain/HandlingStateMachine.h"
#include "models/store/StoreResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace pingjia {

class LocalWorkDatabase;

enum class OutboxStatus { Pending, Sent, Acked, Conflict, Refused };
// In pingjia::wire like the domain's enum strings, so QCOMPARE does not find it by ADL.
namespace wire {
QString toString(OutboxStatus status); // "pending", "sent", "acked", "conflict", "refused"
}
using namespace wire;

struct OutboxEntry {
    qint64 seq = 0;
    QString actionId;
    QString evalId;
    ActionType type = ActionType::Verify;
    int baseVersion = 0;
    QDateTime at;
    QString actor;
    QJsonObject payload;
    HandlingRecord resultingRecord; // what the console computed locally
    OutboxStatus status = OutboxStatus::Pending;
    QString error;
    QJsonObject reply; // the platform's answer, when there was one

    // The POST body of PLATFORM_API.md (actionId, type, baseVersion, at, payload).
    QJsonObject requestBody() const;
};

struct ConflictEntry {
    qint64 id = 0;
    qint64 seq = 0;
    QString actionId;
    QString evalId;
    HandlingRecord localRecord;
    std::optional<HandlingRecord> platformRecord;
    QString message;
    QDateTime at;
    bool resolved = false;
    QString resolution;
};

struct RevealEntry {
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString evalId;
    QStringList fields; // "userName", "mobile", "certNo"
    QString reason;
};

struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString event; // "action", "acked", "conflict", "refused", "reveal", "conflict_resolved"
    QString evalId;
    QString actionId;
    QJsonObject detail;
};

class LocalWorkStore {
    Q_DECLARE_TR_FUNCTIONS(LocalWorkStore)
public:
    explicit LocalWorkStore(LocalWorkDatabase &db);

    // Outbox row, audit row and overlay in one transaction: all three or none.
    StoreResult recordAction(const HandlingAction &action, const QString &evalId, int baseVersion,
                             const HandlingRecord &resultingRecord, const QString &actor,
                             qint64 *seq = nullptr);

    // Actions still to send (pending or sent, not yet answered), oldest first.
    QList<OutboxEntry> pendingActions(StoreResult *error = nullptr);
    QList<OutboxEntry> actions(const QString &evalId, StoreResult *error = nullptr);

    StoreResult markSent(qint64 seq);
    // No answer came (the platform unreachable): back to pending, so nobody reads "sent"
    // for a request that may never have left. A resend is safe (same action id).
    StoreResult markUnsent(qint64 seq);
    // The platform applied it (`reply` is its record). The overlay goes once no action
    // on that evaluation is left to send: the synced record then shows the truth.
    StoreResult markAcked(qint64 seq, const QJsonObject &reply);
    // 409: `platformRecord` is the platform's current record ("current" of the reply).
    StoreResult markConflict(qint64 seq, const std::optional<HandlingRecord> &platformRecord,
                             const QString &message, const QJsonObject &reply = {});
    // 422 (illegal_transition, same_actor, invalid_payload) or another final refusal.
    StoreResult markRefused(qint64 seq, const QString &message, const QJsonObject &reply = {});

    std::optional<HandlingRecord> overlay(const QString &evalId, StoreResult *error = nullptr);
    QList<HandlingRecord> overlays(StoreResult *error = nullptr);

    QList<ConflictEntry> conflicts(bool includeResolved = false, StoreResult *error = nullptr);
    StoreResult resolveConflict(qint64 id, const QString &resolution, const QString &actor);

    // Regulation 000 art.5: who saw which evaluator's data, when and why. Call before
    // showing the plaintext; an empty reason is refused.
    StoreResult recordReveal(const QString &evalId, const QString &actor, const QStringList &fields,
                             const QString &reason);
    QList<RevealEntry> reveals(const QString &evalId = {}, StoreResult *error = nullptr);

    QList<AuditEntry> audit(const QString &evalId = {}, StoreResult *error = nullptr);
    // One audit row for another class's local record (review-integrity verdicts, issue 14),
    // written through the same path as every other audit row. Call it inside the caller's
    // transaction so the record and its audit row are stored together.
    StoreResult appendAudit(const QString &actor, const QString &event, const QString &evalId,
                            const QJsonObject &detail);

    std::optional<QString> setting(const QString &key, StoreResult *error = nullptr);
    StoreResult setSetting(const QString &key, const QString &value);
    StoreResult removeSetting(const QString &key);

private:
    StoreResult finish(qint64 seq, OutboxStatus status, const QString &message,
                       const QJsonObject &reply,
                       const std::optional<HandlingRecord> &platformRecord);

    LocalWorkDatabase &m_db;
};

} // namespace pingjia
