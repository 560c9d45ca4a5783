// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/SkippedRecordModel.h"

#include "ui/sync/SyncReportText.h"

namespace pingjia {

void SkippedRecordModel::setRecords(const QList<SkippedRecord> &records)
{
    beginResetModel();
    m_records = records;
    endResetModel();
}

int SkippedRecordModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int SkippedRecordModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SkippedRecordModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const SkippedRecord &r = m_records.at(index.row());
    switch (index.column()) {
    case ListColumn:
        return SyncReportText::listTitle(r.list);
    case IdColumn:
        return r.id;
    case ReasonColumn:
        return r.reason;
    case ActionColumn:
        return SyncReportText::skipActionName(r.action);
    }
    return {};
}

QVariant SkippedRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ListColumn:
        return tr("List");
    case IdColumn:
        return tr("Record");
    case ReasonColumn:
        return tr("Reason");
    case ActionColumn:
        return tr("Outcome");
    }
    return {};
}

} // namespace pingjia
