// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// 双归零 per unit for one month: open cases, recurring problems, reached or not.

#include "models/domain/CommonProblemCategory.h"
#include "models/store/RectificationStats.h"

#include <QAbstractTableModel>

namespace pingjia {

class DoubleZeroModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        UnitColumn,
        OpenCasesColumn,
        RecurringProblemsColumn,
        ReachedColumn,
        ColumnCount
    };
    enum Role { UnitCodeRole = Qt::UserRole + 1, ReachedRole };

    explicit DoubleZeroModel(RectificationStats &stats, QObject *parent = nullptr);

    void setUnit(StatsUnit unit);
    void setMonth(QDate month);
    void setRules(const CommonProblemRules &rules);
    void setScope(const BadReviewFilter &scope);
    void refresh();
    const StoreResult &lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    RectificationStats &m_stats;
    StatsUnit m_unit = StatsUnit::Department;
    QDate m_month;
    CommonProblemRules m_rules = CommonProblemRules::defaults();
    BadReviewFilter m_scope;
    QList<DoubleZeroStatus> m_rows;
    StoreResult m_error;
};

} // namespace pingjia
