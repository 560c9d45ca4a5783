// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/DoubleZeroModel.h"

#include "models/domain/Clock.h"

#include <algorithm>

namespace pingjia {

DoubleZeroModel::DoubleZeroModel(RectificationStats &stats, QObject *parent)
    : TrackerModel(stats, parent)
{
}

void DoubleZeroModel::setUnit(StatsUnit unit)
{
    m_unit = unit;
    refresh();
}

void DoubleZeroModel::setMonth(QDate month)
{
    m_month = month;
    refresh();
}

void DoubleZeroModel::setRules(const CommonProblemRules &rules)
{
    m_rules = rules;
    refresh();
}

TrackerModel::Job DoubleZeroModel::job() const
{
    return [unit = m_unit, scope = m_scope, month = m_month, rules = m_rules,
            now = Clock::now()](RectificationStats &stats, StoreResult *error) -> std::any {
        return month.isValid() ? stats.doubleZero(unit, scope, month, rules, now, error)
                               : QList<DoubleZeroStatus>{};
    };
}

void DoubleZeroModel::take(std::any answer)
{
    m_rows = answer.has_value() ? std::any_cast<QList<DoubleZeroStatus>>(std::move(answer))
                                : QList<DoubleZeroStatus>{};
    m_total = DoubleZeroStatus{};
    for (const DoubleZeroStatus &d : std::as_const(m_rows)) {
        m_total.openCases += d.openCases;
        m_total.recurringProblems += d.recurringProblems;
    }
}

int DoubleZeroModel::reachedUnits() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const DoubleZeroStatus &d) { return d.reached(); }));
}

int DoubleZeroModel::rowCount(const QModelIndex &parent) const
{
    // The units, then the total row.
    return parent.isValid() || m_rows.isEmpty() ? 0 : int(m_rows.size()) + 1;
}

int DoubleZeroModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DoubleZeroModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool total = index.row() == m_rows.size();
    const DoubleZeroStatus &d = total ? m_total : m_rows.at(index.row());
    switch (role) {
    case UnitCodeRole:
        return d.unitCode;
    case ReachedRole:
        return total ? reachedUnits() == units() : d.reached();
    case TotalRole:
        return total;
    case Qt::TextAlignmentRole:
        return index.column() == OpenCasesColumn || index.column() == RecurringProblemsColumn
                   ? numberAlignment()
                   : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case UnitColumn:
            if (total)
                return tr("Total");
            if (d.unitCode.isEmpty())
                return tr("(no unit)");
            return d.unitName.isEmpty() ? d.unitCode : d.unitName;
        case OpenCasesColumn:
            return d.openCases;
        case RecurringProblemsColumn:
            return d.recurringProblems;
        case ReachedColumn:
            if (total)
                return tr("%1 of %n reached", nullptr, units()).arg(reachedUnits());
            return d.reached() ? tr("Reached") : tr("Not reached");
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant DoubleZeroModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole &&
        (section == OpenCasesColumn || section == RecurringProblemsColumn))
        return numberAlignment();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UnitColumn:
        return m_unit == StatsUnit::Department ? tr("Department") : tr("Center");
    case OpenCasesColumn:
        return tr("Open bad reviews");
    case RecurringProblemsColumn:
        return tr("Recurring problems");
    case ReachedColumn:
        return tr("Double zero");
    default:
        return {};
    }
}

} // namespace pingjia
