// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/RankingModel.h"

#include "models/itemmodels/IndicatorText.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace pingjia {

namespace {

std::optional<double> valueOf(const RankedUnit &unit, Indicator indicator)
{
    return indicator == Indicator::Score ? unit.score : indicatorValue(indicator, unit.counts);
}

QString changeText(std::optional<int> change)
{
    if (!change)
        return dashText();
    if (*change > 0)
        return QStringLiteral("↑%1").arg(*change);
    if (*change < 0)
        return QStringLiteral("↓%1").arg(-*change);
    return QStringLiteral("=");
}

} // namespace

RankingModel::RankingModel(QObject *parent) : QAbstractTableModel(parent)
{
}

QList<Indicator> RankingModel::tableIndicators()
{
    QList<Indicator> list;
    for (const IndicatorFormula &f : indicatorFormulas())
        if (f.indicator != Indicator::Score)
            list << f.indicator;
    return list;
}

int RankingModel::flaggedEvaluationsColumn()
{
    static const int column = FirstIndicator + int(tableIndicators().size());
    return column;
}

std::optional<Indicator> RankingModel::indicatorOf(int column)
{
    if (column == ScoreColumn)
        return Indicator::Score;
    static const QList<Indicator> indicators = tableIndicators();
    if (column >= FirstIndicator && column < FirstIndicator + indicators.size())
        return indicators.at(column - FirstIndicator);
    return std::nullopt;
}

QString RankingModel::columnName(int column)
{
    switch (column) {
    case RankColumn:
        return tr("Rank");
    case ChangeColumn:
        return tr("Change");
    case UnitColumn:
        return tr("Unit");
    case FlagColumn:
        return tr("Repeatedly last");
    default:
        break;
    }
    if (column == flaggedEvaluationsColumn())
        return tr("Flagged evaluations");
    const std::optional<Indicator> indicator = indicatorOf(column);
    return indicator ? indicatorName(*indicator) : QString();
}

QString RankingModel::columnFormula(int column)
{
    switch (column) {
    case RankColumn:
        return tr("Competition ranking on the score (1, 2, 2, 4); empty for a unit below the "
                  "minimum sample of valid evaluations");
    case ChangeColumn:
        return tr("Rank in the previous period of the same kind minus this rank (↑ moved up)");
    case UnitColumn:
        return {};
    case FlagColumn:
        return tr("In the bottom K of the ranked units for M consecutive periods of the same "
                  "kind (settings)");
    default:
        break;
    }
    if (column == flaggedEvaluationsColumn())
        return tr("Evaluations of the period that a review-integrity rule flagged (评价核查), "
                  "each counted once; a flag a supervisor cleared does not count");
    const std::optional<Indicator> indicator = indicatorOf(column);
    return indicator ? indicatorFormulaText(*indicator) : QString();
}

void RankingModel::setTable(RankingTable table)
{
    beginResetModel();
    m_table = std::move(table);
    m_units = m_table.units;
    applySort();
    endResetModel();
}

const RankedUnit *RankingModel::unitAt(int row) const
{
    return row >= 0 && row < m_units.size() ? &m_units.at(row) : nullptr;
}

int RankingModel::rowOfUnit(const QString &unitCode) const
{
    for (int row = 0; row < m_units.size(); ++row)
        if (m_units.at(row).unitCode == unitCode)
            return row;
    return -1;
}

int RankingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_units.size());
}

int RankingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : flaggedEvaluationsColumn() + 1;
}

QString RankingModel::flagHistoryText(const RankedUnit &unit)
{
    QStringList lines;
    for (const FlagHistoryEntry &e : unit.flagHistory) {
        const QString rank =
            e.rank ? tr("rank %1 of %2").arg(*e.rank).arg(e.rankedUnits) : tr("not ranked");
        lines << QStringLiteral("%1: %2%3")
                     .arg(e.period.label(), rank, e.inBottom ? tr(" (bottom)") : QString());
    }
    if (lines.isEmpty())
        return {};
    const QString head = unit.flagged ? tr("Ranked last repeatedly:") : tr("Recent periods:");
    return head + u'\n' + lines.join(u'\n');
}

QVariant RankingModel::sortValue(const RankedUnit &unit, int column) const
{
    switch (column) {
    case RankColumn:
        return unit.rank ? QVariant(*unit.rank) : QVariant();
    case ChangeColumn:
        return unit.rankChange ? QVariant(*unit.rankChange) : QVariant();
    case UnitColumn:
        return unit.unitName.isEmpty() ? unit.unitCode : unit.unitName;
    case FlagColumn:
        return unit.flagged ? 1 : 0;
    default:
        break;
    }
    if (column == flaggedEvaluationsColumn())
        return unit.flaggedEvaluations ? QVariant(*unit.flaggedEvaluations) : QVariant();
    const std::optional<Indicator> indicator = indicatorOf(column);
    if (!indicator)
        return {};
    const std::optional<double> v = valueOf(unit, *indicator);
    return v ? QVariant(*v) : QVariant();
}

QVariant RankingModel::exportValue(int row, int column) const
{
    const RankedUnit *unit = unitAt(row);
    if (!unit)
        return {};
    if (column == FlagColumn)
        return unit->flagged;
    if (column == ChangeColumn || column == RankColumn || column == UnitColumn ||
        column == flaggedEvaluationsColumn())
        return sortValue(*unit, column);
    const std::optional<Indicator> indicator = indicatorOf(column);
    return indicator ? indicatorCell(*indicator, valueOf(*unit, *indicator)) : QVariant();
}

QVariant RankingModel::displayValue(const RankedUnit &unit, int column) const
{
    switch (column) {
    case RankColumn:
        return unit.rank ? QString::number(*unit.rank) : dashText();
    case ChangeColumn:
        return changeText(unit.rankChange);
    case UnitColumn:
        return unit.unitName.isEmpty() ? unit.unitCode : unit.unitName;
    case FlagColumn:
        return unit.flagged ? tr("⚑ Repeatedly last") : QString();
    default:
        break;
    }
    if (column == flaggedEvaluationsColumn())
        return unit.flaggedEvaluations ? QString::number(*unit.flaggedEvaluations) : dashText();
    const std::optional<Indicator> indicator = indicatorOf(column);
    return indicator ? indicatorText(*indicator, valueOf(unit, *indicator)) : QVariant();
}

QVariant RankingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RankedUnit &unit = m_units.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(unit, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == UnitColumn || index.column() == FlagColumn
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == FlagColumn)
            return flagHistoryText(unit);
        if (unit.belowMinimumSample)
            return unit.notRankedReason;
        if (index.column() == UnitColumn)
            return unit.unitCode;
        return {};
    case UnitCodeRole:
        return unit.unitCode;
    case SortRole:
        return sortValue(unit, index.column());
    case BelowMinimumRole:
        return unit.belowMinimumSample;
    case FlaggedRole:
        return unit.flagged;
    case RankChangeRole:
        return unit.rankChange ? QVariant(*unit.rankChange) : QVariant();
    default:
        return {};
    }
}

QVariant RankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnName(section);
    if (role == Qt::ToolTipRole) {
        const QString formula = columnFormula(section);
        return formula.isEmpty() ? columnName(section)
                                 : columnName(section) + QStringLiteral("\n") + formula;
    }
    return {};
}

void RankingModel::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount())
        return;
    column = std::max(column, -1); // -1: the ranking's own order
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QStringList codes;
    for (const QModelIndex &i : before)
        codes << m_units.at(i.row()).unitCode;
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i)
        after << index(rowOfUnit(codes.at(i)), before.at(i).column());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void RankingModel::applySort()
{
    m_units = m_table.units; // the ranking's own order breaks ties
    if (m_sortColumn < 0)
        return;
    const int column = m_sortColumn;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::stable_sort(
        m_units.begin(), m_units.end(),
        [this, column, descending](const RankedUnit &a, const RankedUnit &b) {
            const QVariant va = sortValue(a, column);
            const QVariant vb = sortValue(b, column);
            if (va.isNull() != vb.isNull())
                return vb.isNull(); // undefined last
            if (va.isNull())
                return false;
            const QPartialOrdering c = QVariant::compare(va, vb);
            if (va.typeId() == QMetaType::QString) {
                const int s = QString::localeAwareCompare(va.toString(), vb.toString());
                return descending ? s > 0 : s < 0;
            }
            return descending ? c == QPartialOrdering::Greater : c == QPartialOrdering::Less;
        });
}

} // namespace pingjia
