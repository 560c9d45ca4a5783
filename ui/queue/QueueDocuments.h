// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the queue prints, as HTML for a QTextDocument: the current view (its filter, its
// evaluation IDs and columns in their order, every matching row with unit names, as the
// table shows them)
// and one bad review's full record with its history, for a paper file. Neither holds
// evaluator personal data: the view has no such column and the record leaves the
// evaluator out altogether (regulation 000 art.5).

#include "models/reports/TableExport.h"
#include "models/store/BadReviewQuery.h"

#include <QString>

#include <functional>

namespace pingjia {

class ChannelTable;

// The view as the export gives it (QueueExport.h, QueueViewJob.h), under `title` with its filter
// and the time of printing.
QString queueViewHtml(const ExportTable &view, const QString &title, const QString &filterText,
                      const QDateTime &at);

QString badReviewRecordHtml(const BadReviewDetail &detail, const ChannelTable &channels,
                            const std::function<QString(const QString &)> &unitName,
                            const QDateTime &at);

} // namespace pingjia
