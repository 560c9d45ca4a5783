// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The records the last sync left out (or kept changed), with the reason: one row each.

#include "models/sync/SyncTypes.h"

#include <QAbstractTableModel>

namespace pingjia {

class SkippedRecordModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ListColumn, IdColumn, ReasonColumn, ActionColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setRecords(const QList<SkippedRecord> &records);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<SkippedRecord> m_records;
};

} // namespace pingjia
