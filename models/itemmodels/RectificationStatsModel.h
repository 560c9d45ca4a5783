// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The tracker's table: one row per department or center, one column per
// ProgressMeasure, plus a total row at the end. filterAt(index) gives the queue filter
// behind any number (one click away).

#include "models/itemmodels/TrackerModel.h"

namespace pingjia {

class RectificationStatsModel : public TrackerModel {
    Q_OBJECT
public:
    enum Column { UnitColumn, FirstMeasureColumn, ColumnCount = FirstMeasureColumn + 6 };
    enum Role {
        UnitCodeRole = Qt::UserRole + 1, // QString (empty on the total row)
        FilterRole,                      // QVariant::fromValue(BadReviewFilter)
        CountRole,                       // qint64
        TotalRole,                       // bool: the total row
    };

    explicit RectificationStatsModel(RectificationStats &stats, QObject *parent = nullptr);

    void setUnit(StatsUnit unit);
    StatsUnit unit() const { return m_unit; }

    static ProgressMeasure measureOf(int column) { return ProgressMeasure(column - 1); }
    BadReviewFilter filterAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Job job() const override;
    void take(std::any answer) override;
    const char *what() const override { return "rectification statistics:"; }

private:
    StatsUnit m_unit = StatsUnit::Department;
    QList<UnitProgress> m_rows;
    UnitProgress m_total;
};

} // namespace pingjia
