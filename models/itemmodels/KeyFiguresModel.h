// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The dashboard's key figures, this period against the previous one: evaluations,
// coverage, satisfaction (7-day defaults included), bad rate; then what stands now: open
// bad reviews, overdue ones, cases awaiting evaluation (待评价办件). One row per figure.

#include "models/itemmodels/DashboardSnapshot.h"

#include <QAbstractTableModel>

namespace pingjia {

class KeyFiguresModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Figure {
        Evaluations,
        Coverage,
        Satisfaction,
        BadRate,
        OpenBadReviews,
        OverdueBadReviews,
        AwaitingEvaluation,
        FigureCount
    };
    Q_ENUM(Figure)
    enum Column { NameColumn, CurrentColumn, PreviousColumn, ChangeColumn, ColumnCount };
    enum Role {
        ValueRole = Qt::UserRole + 1, // double, null when undefined (the column's figure)
        FormulaRole,                  // QString
        BetterRole,                   // int: +1 the change is good news, −1 bad, 0 neither
    };

    explicit KeyFiguresModel(QObject *parent = nullptr);

    void setSnapshot(const DashboardSnapshot &snapshot);

    static QString figureName(Figure figure);
    static QString figureFormula(Figure figure);
    std::optional<double> current(Figure figure) const;
    std::optional<double> previous(Figure figure) const; // nullopt for the figures of "now"
    QString valueText(Figure figure, std::optional<double> value) const;
    QString changeText(Figure figure) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::optional<double> valueOf(Figure figure, const UnitCounts &counts) const;

    DashboardFigures m_figures;
    qint64 m_chase = 0;
};

} // namespace pingjia
