// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Common problems (共性问题): rows are service items or categories and a total row,
// columns the months of the range (oldest first) and a total. FilterRole gives the queue
// filter listing the bad reviews behind a number.

#include "models/domain/CommonProblemCategory.h"
#include "models/itemmodels/TrackerModel.h"

#include <QStringList>

namespace pingjia {

class CommonProblemModel : public TrackerModel {
    Q_OBJECT
public:
    enum class Grouping { ServiceItem, Category };
    enum Role {
        KeyRole = Qt::UserRole + 1, // taskCode or category key
        FilterRole,                 // QVariant::fromValue(BadReviewFilter)
        CountRole,                  // qint64
        RecurringRole,              // bool: count ≥ RectificationStats::kRecurringThreshold
        TotalRole,                  // bool: the total row
    };

    explicit CommonProblemModel(RectificationStats &stats, QObject *parent = nullptr);

    void setGrouping(Grouping grouping);
    void setRules(const CommonProblemRules &rules);
    // Months [first, last] (any day of each; at most 36 months).
    void setRange(QDate firstMonth, QDate lastMonth);

    QStringList months() const { return m_months; }
    BadReviewFilter filterAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Job job() const override;
    void take(std::any answer) override;
    const char *what() const override { return "common problems:"; }

private:
    struct Group {
        QString key;
        QString name;
        QList<qint64> counts;       // per month, then the total
        QList<QStringList> evalIds; // per month, then all
    };

    const Group &groupAt(int row) const;

    Grouping m_grouping = Grouping::Category;
    CommonProblemRules m_rules = CommonProblemRules::defaults();
    QDate m_first, m_last;
    QStringList m_months;
    QList<Group> m_groups;
    Group m_total;
};

} // namespace pingjia
