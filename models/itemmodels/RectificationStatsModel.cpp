// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/RectificationStatsModel.h"

#include "models/domain/Clock.h"

namespace pingjia {

RectificationStatsModel::RectificationStatsModel(RectificationStats &stats, QObject *parent)
    : TrackerModel(stats, parent)
{
}

void RectificationStatsModel::setUnit(StatsUnit unit)
{
    m_unit = unit;
    refresh();
}

TrackerModel::Job RectificationStatsModel::job() const
{
    return [unit = m_unit, scope = m_scope, now = Clock::now()](RectificationStats &stats,
                                                                StoreResult *error) -> std::any {
        return stats.progress(unit, scope, now, error);
    };
}

void RectificationStatsModel::take(std::any answer)
{
    m_rows = answer.has_value() ? std::any_cast<QList<UnitProgress>>(std::move(answer))
                                : QList<UnitProgress>{};
    m_total = UnitProgress{};
    m_total.scope = m_scope;
    for (const UnitProgress &p : std::as_const(m_rows)) {
        for (int i = 0; i < 6; ++i)
            m_total.counts[i] += p.counts[i];
    }
}

BadReviewFilter RectificationStatsModel::filterAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() > m_rows.size())
        return m_scope;
    const UnitProgress &p = index.row() < m_rows.size() ? m_rows.at(index.row()) : m_total;
    if (index.column() < FirstMeasureColumn)
        return p.scope;
    return p.filterFor(measureOf(index.column()));
}

int RectificationStatsModel::rowCount(const QModelIndex &parent) const
{
    // The units, then the total row (only when there is something to add up).
    return parent.isValid() || m_rows.isEmpty() ? 0 : int(m_rows.size()) + 1;
}

int RectificationStatsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RectificationStatsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool total = index.row() == m_rows.size();
    const UnitProgress &p = total ? m_total : m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case UnitCodeRole:
        return p.unitCode;
    case FilterRole:
        return QVariant::fromValue(filterAt(index));
    case CountRole:
        return column >= FirstMeasureColumn ? QVariant(p.count(measureOf(column))) : QVariant();
    case TotalRole:
        return total;
    case Qt::TextAlignmentRole:
        return column >= FirstMeasureColumn ? numberAlignment() : QVariant();
    case Qt::DisplayRole:
        if (column == UnitColumn) {
            if (total)
                return tr("Total");
            if (p.unitCode.isEmpty())
                return tr("(no unit)");
            return p.unitName.isEmpty() ? p.unitCode : p.unitName;
        }
        return p.count(measureOf(column));
    default:
        return {};
    }
}

QVariant RectificationStatsModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole &&
        section >= FirstMeasureColumn)
        return numberAlignment();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == UnitColumn)
        return m_unit == StatsUnit::Department ? tr("Department") : tr("Center");
    if (section >= FirstMeasureColumn && section < ColumnCount)
        return progressMeasureName(measureOf(section));
    return {};
}

} // namespace pingjia
