// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/LocalActionRecorder.h"

#include "models/domain/Clock.h"
#include "models/domain/EvaluationLevel.h"
#include "models/store/BadReviewQuery.h"
#include "models/store/CacheDatabase.h"
#include "models/store/CacheReader.h"
#include "models/store/LocalWorkDatabase.h"
#include "models/store/LocalWorkStore.h"
#include "models/store/Logging.h"
#include "models/store/Transaction.h"

#include <QUuid>

namespace pingjia {

QString RecordedAction::message() const
{
    if (!store.ok())
        return store.message;
    if (!transition.ok)
        return transition.message;
    return {};
}

LocalActionRecorder::LocalActionRecorder(CacheDatabase &cache, LocalWorkDatabase &localWork,
                                         std::optional<DeadlinePolicy> policy,
                                         const WorkingCalendar &calendar)
    : m_cache(cache), m_localWork(localWork),
      m_machine(policy ? *policy : storedDeadlinePolicy(cache), calendar)
{
}

std::optional<HandlingRecord> LocalActionRecorder::effectiveRecord(const QString &evalId,
                                                                   StoreResult *error)
{
    auto fail = [error](StoreResult r) -> std::optional<HandlingRecord> {
        if (error)
            *error = std::move(r);
        return std::nullopt;
    };
    if (error)
        *error = {};
    StoreResult r;
    LocalWorkStore work(m_localWork);
    if (auto overlay = work.overlay(evalId, &r))
        return overlay;
    if (!r.ok())
        return fail(r);

    CacheReader reader(m_cache);
    const auto evaluation = reader.evaluation(evalId, &r);
    if (!r.ok())
        return fail(r);
    if (!evaluation || evaluation->record.withdrawn || !isBadLevel(evaluation->record.level)) {
        return fail(StoreResult::failure(
            StoreErrorKind::Data,
            tr("Evaluation %1 is not a bad review in the cache (unknown, withdrawn or rated 3–5).")
                .arg(evalId)));
    }
    if (auto platform = reader.badReview(evalId, &r))
        return platform;
    if (!r.ok())
        return fail(r);
    // The handling list has not synced yet: start from the record the platform starts
    // with, so the first action is checked exactly as the platform will check it.
    return m_machine.initialRecord(evalId, evaluation->record.level, evaluation->record.text,
                                   evaluation->record.assessTime);
}

QList<ActionType> LocalActionRecorder::allowedActions(const QString &evalId, const QString &actor)
{
    const auto record = effectiveRecord(evalId);
    return record ? m_machine.allowedActions(*record, actor) : QList<ActionType>{};
}

RecordedAction LocalActionRecorder::record(const QString &evalId, ActionType type,
                                           const QJsonObject &payload, const QString &actor)
{
    return recordOne(evalId, type, payload, actor);
}

RecordedAction LocalActionRecorder::recordOne(const QString &evalId, ActionType type,
                                              const QJsonObject &payload, const QString &actor)
{
    RecordedAction out;
    const auto current = effectiveRecord(evalId, &out.store);
    if (!current)
        return out;
    HandlingAction action{QUuid::createUuid().toString(QUuid::WithoutBraces), type, actor,
                          Clock::now(), payload};
    out.transition = m_machine.apply(*current, action);
    if (!out.transition.ok) {
        qCInfo(lcStore) << "action" << toString(type) << "on" << evalId
                        << "refused:" << out.transition.errorCode;
        return out;
    }
    // The action applies to the version the console sees (the overlay's when earlier
    // actions are still unsent): the platform checks it against its own.
    LocalWorkStore work(m_localWork);
    out.store =
        work.recordAction(action, evalId, current->version, out.transition.record, actor, &out.seq);
    if (out.store.ok())
        out.actionId = action.actionId;
    return out;
}

QList<RecordedAction> LocalActionRecorder::recordBulkPlan(const QStringList &evalIds,
                                                          const QString &deptCode,
                                                          const QString &person,
                                                          const QString &measures,
                                                          const QString &actor)
{
    const QJsonObject payload{{QStringLiteral("deptCode"), deptCode},
                              {QStringLiteral("person"), person},
                              {QStringLiteral("measures"), measures}};
    QList<RecordedAction> results;
    Connection &c = m_localWork.connection();
    Transaction t(c);
    if (!t.isActive()) {
        for (qsizetype i = 0; i < evalIds.size(); ++i) {
            RecordedAction failed;
            failed.store = t.status();
            results << failed;
        }
        return results;
    }
    StoreResult failure;
    for (const QString &evalId : evalIds) {
        RecordedAction r = recordOne(evalId, ActionType::Plan, payload, actor);
        // A refusal of one row is reported; a storage failure undoes all of them.
        if (!r.store.ok() && r.store.kind != StoreErrorKind::Data && failure.ok())
            failure = r.store;
        results << r;
    }
    if (failure.ok())
        failure = t.commit();
    if (!failure.ok()) {
        t.rollback();
        for (RecordedAction &r : results) {
            if (r.ok()) {
                r.store = failure;
                r.actionId.clear();
                r.seq = 0;
            }
        }
    }
    return results;
}

} // namespace pingjia
