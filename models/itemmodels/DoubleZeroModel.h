// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// 双归零 per unit for one month: open cases, recurring problems, reached or not; a total
// row adds them up ("3 of 12 reached").

#include "models/domain/CommonProblemCategory.h"
#include "models/itemmodels/TrackerModel.h"

namespace pingjia {

class DoubleZeroModel : public TrackerModel {
    Q_OBJECT
public:
    enum Column {
        UnitColumn,
        OpenCasesColumn,
        RecurringProblemsColumn,
        ReachedColumn,
        ColumnCount
    };
    enum Role { UnitCodeRole = Qt::UserRole + 1, ReachedRole, TotalRole };

    explicit DoubleZeroModel(RectificationStats &stats, QObject *parent = nullptr);

    void setUnit(StatsUnit unit);
    void setMonth(QDate month);
    void setRules(const CommonProblemRules &rules);
    // Units that reached double zero, and all units.
    int reachedUnits() const;
    int units() const { return int(m_rows.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Job job() const override;
    void take(std::any answer) override;
    const char *what() const override { return "double zero:"; }

private:
    StatsUnit m_unit = StatsUnit::Department;
    QDate m_month;
    CommonProblemRules m_rules = CommonProblemRules::defaults();
    QList<DoubleZeroStatus> m_rows;
    DoubleZeroStatus m_total;
};

} // namespace pingjia
