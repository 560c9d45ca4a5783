// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/ChaseListModel.h"

#include "models/domain/Clock.h"
#include "models/domain/PlatformTime.h"

#include <QCoreApplication>

#include <algorithm>

namespace pingjia {

namespace {

QString named(const QString &name, const QString &code)
{
    return name.isEmpty() ? code : name;
}

} // namespace

ChaseListModel::ChaseListModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void ChaseListModel::setItems(QList<ChaseItem> items, qint64 total)
{
    beginResetModel();
    m_items = std::move(items);
    m_total = std::max<qint64>(total, m_items.size());
    endResetModel();
}

QString ChaseListModel::columnName(int column)
{
    switch (column) {
    case DepartmentColumn:
        return tr("Department");
    case WindowColumn:
        return tr("Window");
    case StaffColumn:
        return tr("Staff");
    case ServiceItemColumn:
        return tr("Service item");
    case CaseColumn:
        return tr("Case number");
    case FinishedColumn:
        return tr("Finished");
    case DefaultAtColumn:
        return tr("Counts as satisfied at");
    case TimeLeftColumn:
        return tr("Time left");
    }
    return {};
}

QString ChaseListModel::columnNote(int column)
{
    switch (column) {
    case FinishedColumn:
        return tr("finishDate of the served case (proStatus 3), UTC+8");
    case DefaultAtColumn:
        return tr("finishDate + 7×24 h: without an evaluation by then the case counts one "
                  "default level-3 evaluation");
    case TimeLeftColumn:
        return tr("Default time minus now");
    default:
        return {};
    }
}

QString ChaseListModel::timeLeftText(qint64 seconds)
{
    if (seconds <= 0)
        return tr("due");
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    if (days > 0)
        return tr("%1 d %2 h").arg(days).arg(hours);
    return tr("%1 h %2 min").arg(hours).arg(minutes);
}

QVariant ChaseListModel::value(const ChaseItem &item, int column) const
{
    switch (column) {
    case DepartmentColumn:
        return named(item.deptName, item.deptCode);
    case WindowColumn:
        return named(item.windowName, item.windowCode);
    case StaffColumn:
        return named(item.staffName, item.staffId);
    case ServiceItemColumn:
        return named(item.taskName, item.taskCode);
    case CaseColumn:
        return item.projectNo;
    case FinishedColumn:
        return item.finishDate;
    case DefaultAtColumn:
        return item.defaultAt;
    case TimeLeftColumn:
        return item.secondsLeft(Clock::now());
    }
    return {};
}

QVariant ChaseListModel::exportValue(int row, int column) const
{
    if (row < 0 || row >= m_items.size())
        return {};
    if (column == TimeLeftColumn)
        return timeLeftText(m_items.at(row).secondsLeft(Clock::now()));
    return value(m_items.at(row), column);
}

int ChaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ChaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChaseItem &item = m_items.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: {
        const QVariant v = value(item, column);
        if (column == FinishedColumn || column == DefaultAtColumn)
            return formatPlatformTime(v.toDateTime()).left(16);
        if (column == TimeLeftColumn)
            return timeLeftText(v.toLongLong());
        return v;
    }
    case Qt::ToolTipRole:
        if (column == DepartmentColumn)
            return item.centerName.isEmpty() ? item.centerCode : item.centerName;
        return {};
    case SortRole:
        return value(item, column);
    case SecondsLeftRole:
        return item.secondsLeft(Clock::now());
    case ProjectNoRole:
        return item.projectNo;
    default:
        return {};
    }
}

QVariant ChaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnName(section);
    if (role == Qt::ToolTipRole) {
        const QString note = columnNote(section);
        return note.isEmpty() ? columnName(section) : columnName(section) + u'\n' + note;
    }
    return {};
}

void ChaseListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QStringList keys;
    for (const QModelIndex &i : before)
        keys << m_items.at(i.row()).projectNo;
    const auto key = [column](const ChaseItem &item) -> QVariant {
        switch (column) {
        case FinishedColumn:
        case TimeLeftColumn: // the same order: time left follows finishDate
            return item.finishDate;
        case DefaultAtColumn:
            return item.defaultAt;
        case DepartmentColumn:
            return named(item.deptName, item.deptCode);
        case WindowColumn:
            return named(item.windowName, item.windowCode);
        case StaffColumn:
            return named(item.staffName, item.staffId);
        case ServiceItemColumn:
            return named(item.taskName, item.taskCode);
        default:
            return item.projectNo;
        }
    };
    std::stable_sort(
        m_items.begin(), m_items.end(), [&key, order](const ChaseItem &a, const ChaseItem &b) {
            const QVariant va = key(a), vb = key(b);
            const bool less = va.typeId() == QMetaType::QString
                                  ? QString::localeAwareCompare(va.toString(), vb.toString()) < 0
                                  : QVariant::compare(va, vb) == QPartialOrdering::Less;
            const bool greater = va.typeId() == QMetaType::QString
                                     ? QString::localeAwareCompare(va.toString(), vb.toString()) > 0
                                     : QVariant::compare(va, vb) == QPartialOrdering::Greater;
            return order == Qt::AscendingOrder ? less : greater;
        });
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        int row = -1;
        for (int r = 0; r < m_items.size() && row < 0; ++r)
            if (m_items.at(r).projectNo == keys.at(i))
                row = r;
        after << index(row, before.at(i).column());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace pingjia
