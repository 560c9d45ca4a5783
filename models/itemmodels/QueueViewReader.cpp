// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/QueueViewReader.h"

#include "models/itemmodels/BadReviewQueueModel.h"

namespace pingjia {

namespace {
// Rows per query: small enough that a cancel is seen within a fraction of a second, large
// enough that the query count stays low (500 queries for 50,000 rows).
constexpr qsizetype kPageRows = 100;
} // namespace

std::optional<QList<QVariantList>>
readQueueView(BadReviewQuery &query, const QueueViewRequest &request,
              const std::atomic_bool &cancel, const QueueViewProgress &progress, StoreResult *error)
{
    *error = {};
    QList<QVariantList> cells;
    cells.reserve(request.evalIds.size());
    const qsizetype total = request.evalIds.size();
    for (qsizetype from = 0; from < total; from += kPageRows) {
        if (cancel.load())
            return std::nullopt;
        const QList<BadReviewRow> rows =
            query.rows(request.evalIds.mid(from, kPageRows), request.now, error);
        if (!error->ok())
            return std::nullopt;
        for (const BadReviewRow &row : rows) {
            QVariantList line{row.evalId};
            for (int column : request.columns)
                line << BadReviewQueueModel::displayText(row, column, request.now,
                                                         query.channels());
            cells << line;
        }
        if (progress)
            progress(std::min(from + kPageRows, total), total);
    }
    if (cancel.load())
        return std::nullopt;
    return cells;
}

} // namespace pingjia
