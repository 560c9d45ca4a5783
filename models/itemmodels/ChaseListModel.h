// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// 待评价办件, the coverage chase list: served cases not yet evaluated whose 7-day default
// (000 art.6) has not come, oldest first, with department, window, staff, service item and
// the time left before the default. The time left is computed in data() from Clock::now(),
// so a repaint moves it without any model signal. No evaluator or applicant data exists
// here: a case is named by its number and service item only.

#include "models/store/IndicatorQuery.h"

#include <QAbstractTableModel>

namespace pingjia {

class ChaseListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        DepartmentColumn,
        WindowColumn,
        StaffColumn,
        ServiceItemColumn,
        CaseColumn,
        FinishedColumn,
        DefaultAtColumn,
        TimeLeftColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value
        SecondsLeftRole,             // qint64 at Clock::now()
        ProjectNoRole,
    };

    explicit ChaseListModel(QObject *parent = nullptr);

    // `total` is how many the scope has (the list may hold only the first `items`).
    void setItems(QList<ChaseItem> items, qint64 total);
    const QList<ChaseItem> &items() const { return m_items; }
    qint64 total() const { return m_total; }

    static QString columnName(int column);
    static QString columnNote(int column);
    // "2 d 3 h" / "5 h 20 min" / "due"; translated.
    static QString timeLeftText(qint64 seconds);
    QVariant exportValue(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QVariant value(const ChaseItem &item, int column) const;

    QList<ChaseItem> m_items;
    qint64 m_total = 0;
};

} // namespace pingjia
