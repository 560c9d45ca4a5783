// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Records one handling action taken in the console (verify, plan, follow-up, …): takes
// the *effective* record (the pending overlay, else the platform's cached record, else
// the record a level 1–2 evaluation starts with), runs the domain HandlingStateMachine
// with the stored platform policy and the working calendar, and on success writes the
// outbox row, the audit row and the overlay in one local-work transaction
// (LocalWorkStore::recordAction). A refusal (illegal_transition / same_actor /
// invalid_payload) comes back with the state machine's translated reason and writes
// nothing. The action shows as "pending upload" until the platform acknowledges it.

#include "models/domain/DeadlinePolicy.h"
#include "models/domain/HandlingStateMachine.h"
#include "models/domain/WorkingCalendar.h"
#include "models/store/StoreResult.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pingjia {

class CacheDatabase;
class LocalWorkDatabase;

struct RecordedAction {
    TransitionResult transition; // ok, or the refusal with its code and message
    StoreResult store;           // ok, or why the record could not be read or written
    QString actionId;            // set when recorded
    qint64 seq = 0;              // outbox sequence number when recorded

    bool ok() const { return transition.ok && store.ok(); }
    // The message to show when !ok() (translated).
    QString message() const;
};

class LocalActionRecorder {
    Q_DECLARE_TR_FUNCTIONS(LocalActionRecorder)
public:
    // The policy is the stored platform's (storedDeadlinePolicy) unless one is given.
    LocalActionRecorder(CacheDatabase &cache, LocalWorkDatabase &localWork,
                        std::optional<DeadlinePolicy> policy = std::nullopt,
                        const WorkingCalendar &calendar = WorkingCalendar::builtin());

    const DeadlinePolicy &policy() const { return m_machine.policy(); }

    // The record the next action applies to (overlay, else cache, else initial record);
    // nullopt with `error` for an unknown, withdrawn or not-bad evaluation.
    std::optional<HandlingRecord> effectiveRecord(const QString &evalId,
                                                  StoreResult *error = nullptr);
    // What `actor` may do now on this evaluation (for enabling buttons).
    QList<ActionType> allowedActions(const QString &evalId, const QString &actor);

    // `at` is Clock::now(); the action id a new UUID.
    RecordedAction record(const QString &evalId, ActionType type, const QJsonObject &payload,
                          const QString &actor);

    // Bulk assignment (one `plan` per evaluation) in one transaction: the legal ones are
    // recorded, the refused ones reported; a storage failure records none of them.
    // One result per evalId, in the same order.
    QList<RecordedAction> recordBulkPlan(const QStringList &evalIds, const QString &deptCode,
                                         const QString &person, const QString &measures,
                                         const QString &actor);

private:
    RecordedAction recordOne(const QString &evalId, ActionType type, const QJsonObject &payload,
                             const QString &actor);

    CacheDatabase &m_cache;
    LocalWorkDatabase &m_localWork;
    HandlingStateMachine m_machine;
};

} // namespace pingjia
