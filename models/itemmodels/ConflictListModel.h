// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The open conflicts of the local work: an action the platform answered with 409 because
// someone changed the record meanwhile. Each row shows both versions, the one this
// console computed and the platform's, so the user can choose (ConflictResolver).

#include "models/store/LocalWorkStore.h"

#include <QAbstractTableModel>

namespace pingjia {

class LocalWorkDatabase;

class ConflictListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        EvaluationColumn,
        AtColumn,
        LocalColumn,
        PlatformColumn,
        MessageColumn,
        ColumnCount
    };

    explicit ConflictListModel(LocalWorkDatabase &localWork, QObject *parent = nullptr);

    // Reads the unresolved conflicts again; false with `error` when the file refused.
    bool refresh(QString *error = nullptr);
    ConflictEntry entry(int row) const { return m_entries.at(row); }

    // "Confirmed · version 7 · last: Verify by 张三 at 2026-10-15 09:31:02" (translated).
    static QString describe(const HandlingRecord &record);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    LocalWorkDatabase &m_localWork;
    QList<ConflictEntry> m_entries;
};

} // namespace pingjia
