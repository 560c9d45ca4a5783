// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/DoubleZeroModel.h"

#include "models/domain/Clock.h"
#include "models/itemmodels/Logging.h"

namespace pingjia {

DoubleZeroModel::DoubleZeroModel(RectificationStats &stats, QObject *parent)
    : QAbstractTableModel(parent), m_stats(stats)
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

void DoubleZeroModel::setScope(const BadReviewFilter &scope)
{
    m_scope = scope;
    refresh();
}

void DoubleZeroModel::refresh()
{
    beginResetModel();
    m_error = {};
    m_rows = m_month.isValid()
                 ? m_stats.doubleZero(m_unit, m_scope, m_month, m_rules, Clock::now(), &m_error)
                 : QList<DoubleZeroStatus>{};
    endResetModel();
    if (!m_error.ok())
        qCWarning(lcItemModels) << "double zero:" << m_error.message;
}

int DoubleZeroModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DoubleZeroModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DoubleZeroModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DoubleZeroStatus &d = m_rows.at(index.row());
    switch (role) {
    case UnitCodeRole:
        return d.unitCode;
    case ReachedRole:
        return d.reached();
    case Qt::DisplayRole:
        switch (index.column()) {
        case UnitColumn:
            if (d.unitCode.isEmpty())
                return tr("(no unit)");
            return d.unitName.isEmpty() ? d.unitCode : d.unitName;
        case OpenCasesColumn:
            return d.openCases;
        case RecurringProblemsColumn:
            return d.recurringProblems;
        case ReachedColumn:
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
