// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/QueueExport.h"

#include "models/domain/PlatformTime.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QHeaderView>

namespace pingjia {

namespace {

struct ExportText {
    Q_DECLARE_TR_FUNCTIONS(QueueExport)
};

} // namespace

QList<int> visibleColumns(const QHeaderView &header)
{
    QList<int> columns;
    for (int visual = 0; visual < header.count(); ++visual) {
        const int logical = header.logicalIndex(visual);
        if (!header.isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

ExportTable queueViewHeaders(const QAbstractItemModel &model, const QList<int> &columns,
                             const QString &title)
{
    ExportTable table;
    table.title = title;
    table.headers << ExportText::tr("Evaluation ID");
    for (int column : columns)
        table.headers << model.headerData(column, Qt::Horizontal).toString();
    // Plain columns: none of them is computed by a formula.
    for (qsizetype i = 0; i < table.headers.size(); ++i)
        table.columnFormulas << QString();
    return table;
}

ExportTable queueFilterTable(const QString &filterText, int rows, const QDateTime &at)
{
    ExportTable table;
    table.title = ExportText::tr("Filter");
    table.headers = {ExportText::tr("Item"), ExportText::tr("Content")};
    table.columnFormulas = {QString(), QString()};
    table.rows << QVariantList{ExportText::tr("Filter"),
                               filterText.isEmpty() ? ExportText::tr("none (every bad review)")
                                                    : filterText};
    table.rows << QVariantList{ExportText::tr("Number of bad reviews"), rows};
    table.rows << QVariantList{ExportText::tr("Exported at (China Standard Time)"),
                               formatPlatformTime(at)};
    return table;
}

} // namespace pingjia
