// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/TrackerModel.h"

#include "models/itemmodels/Logging.h"
#include "models/itemmodels/QueryThread.h"
#include "models/store/BadReviewQuery.h"

namespace pingjia {

TrackerModel::TrackerModel(RectificationStats &stats, QObject *parent)
    : QAbstractTableModel(parent), m_stats(stats)
{
}

void TrackerModel::setScope(const BadReviewFilter &scope)
{
    m_scope = scope;
    refresh();
}

void TrackerModel::refresh()
{
    const int generation = ++m_generation;
    m_latest->store(generation);
    Job work = job();
    if (!m_thread) {
        StoreResult error;
        std::any answer = work(m_stats, &error);
        apply(std::move(answer), error);
        return;
    }
    if (!m_busy) {
        m_busy = true;
        emit busyChanged(true);
    }
    using Answer = std::pair<std::any, StoreResult>;
    m_thread->run<Answer>(
        this, m_stats.query().policy(),
        [work = std::move(work), latest = m_latest, generation](BadReviewQuery &query) {
            if (latest->load() != generation)
                return Answer{}; // superseded before it started: not computed at all
            RectificationStats stats(query);
            StoreResult error;
            std::any answer = work(stats, &error);
            return Answer{std::move(answer), error};
        },
        [this, generation](Answer answer) {
            if (generation != m_generation)
                return; // a later refresh supersedes this one
            m_busy = false;
            apply(std::move(answer.first), answer.second);
            emit busyChanged(false);
        });
}

void TrackerModel::apply(std::any answer, const StoreResult &error)
{
    beginResetModel();
    m_error = error;
    take(error.ok() ? std::move(answer) : std::any());
    endResetModel();
    if (!m_error.ok())
        qCWarning(lcItemModels) << what() << m_error.message;
    emit refreshed();
}

} // namespace pingjia
