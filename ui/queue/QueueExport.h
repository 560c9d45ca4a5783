// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The queue view as tables for models/reports/TableExport (XLSX and CSV): the columns
// the table shows, in their visual order, with the texts it shows (unit names, translated
// levels and states), each row led by its evaluation ID so it can be found on the
// platform; and a second table naming the filter, the row count and the export time.
// No evaluator personal data: the queue model has none (regulation: evaluator data never
// leaves the audited reveal).

#include "models/reports/TableExport.h"

#include <QList>

class QAbstractItemModel;
class QHeaderView;

namespace pingjia {

// The logical columns `header` shows, in visual order (hidden ones left out).
QList<int> visibleColumns(const QHeaderView &header);

// The view's table without its rows: "Evaluation ID", then the headers of `columns` as
// `model` names them. The rows (readQueueView) are read on a worker.
ExportTable queueViewHeaders(const QAbstractItemModel &model, const QList<int> &columns,
                             const QString &title);

// "Filter" / "Rows" / "Exported at" as a two-column table (the XLSX's second sheet).
ExportTable queueFilterTable(const QString &filterText, int rows, const QDateTime &at);

} // namespace pingjia
