// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The queue view's rows as its table shows them, for export and printing: read a page at
// a time through a BadReviewQuery and turned into the table's texts
// (BadReviewQueueModel::displayText). Meant for a worker thread (QueryThread gives one
// with its own query): a view of 50,000 bad reviews takes seconds, which must not freeze
// the window. It reports its progress after each page and stops at the next page once
// `cancel` is set.

#include "models/store/BadReviewQuery.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QVariantList>

#include <atomic>
#include <functional>
#include <optional>

namespace pingjia {

struct QueueViewRequest {
    QStringList evalIds; // the view's rows in its order (BadReviewQueueModel::evalIds())
    QList<int> columns;  // BadReviewQueueModel columns, in the order the view shows them
    QDateTime now;       // countdowns and overdue marks as at this instant
};

// Rows of the view read so far (after each page) and the view's size.
using QueueViewProgress = std::function<void(qsizetype read, qsizetype total)>;

// Each row: its evaluation ID, then the text of each requested column. Rows a sync
// withdrew since the ids were taken are left out. nullopt when cancelled (`error` ok) or
// when reading failed (`error` says why).
std::optional<QList<QVariantList>> readQueueView(BadReviewQuery &query,
                                                 const QueueViewRequest &request,
                                                 const std::atomic_bool &cancel,
                                                 const QueueViewProgress &progress,
                                                 StoreResult *error);

} // namespace pingjia
