// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A ranking table (IndicatorQuery::ranking) as a sortable table model: rank, ↑↓ change,
// unit, score, the 连续排名靠后 flag, then every indicator of UnitIndicators.h. The whole
// table is one level's units in a scope (hundreds, a few thousand staff at most), computed
// in SQL off the GUI thread; sorting it here is a sort of that small list.
//
// Units below the minimum sample carry BelowMinimumRole (the view greys them) and their
// reason as the tooltip; the flag's tooltip lists its history; each header's tooltip names
// the column's formula.

#include "models/domain/UnitIndicators.h"
#include "models/store/IndicatorQuery.h"

#include <QAbstractTableModel>

namespace pingjia {

class RankingModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RankColumn, ChangeColumn, UnitColumn, ScoreColumn, FlagColumn, FirstIndicator };
    enum Role {
        UnitCodeRole = Qt::UserRole + 1, // QString
        SortRole,                        // the raw value (double / QString), null when undefined
        BelowMinimumRole,                // bool
        FlaggedRole,                     // bool
        RankChangeRole,                  // int, null when there is no change to show
    };

    explicit RankingModel(QObject *parent = nullptr);

    void setTable(RankingTable table);
    const RankingTable &table() const { return m_table; }
    // The units in the order shown.
    const QList<RankedUnit> &units() const { return m_units; }
    const RankedUnit *unitAt(int row) const;
    int rowOfUnit(const QString &unitCode) const;

    // After the indicators: the review-integrity flags' count (issue 14).
    static int flaggedEvaluationsColumn();
    // The indicator of a column ≥ FirstIndicator (Score for ScoreColumn).
    static std::optional<Indicator> indicatorOf(int column);
    static QList<Indicator> tableIndicators(); // in column order from FirstIndicator
    static QString columnName(int column);
    static QString columnFormula(int column);
    // The cell as an export writes it (numbers as numbers, undefined as null).
    QVariant exportValue(int row, int column) const;
    // The text of the flag's history ("2026年8月 第9名/共10 · 倒数 …").
    static QString flagHistoryText(const RankedUnit &unit);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Undefined values sort last in both orders; ties keep the ranking's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QVariant sortValue(const RankedUnit &unit, int column) const;
    QVariant displayValue(const RankedUnit &unit, int column) const;
    void applySort();

    RankingTable m_table;
    QList<RankedUnit> m_units;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace pingjia
