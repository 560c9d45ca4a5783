// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/AgeingModel.h"

#include "models/domain/Clock.h"

namespace pingjia {

AgeingModel::AgeingModel(RectificationStats &stats, QObject *parent) : TrackerModel(stats, parent)
{
}

TrackerModel::Job AgeingModel::job() const
{
    return [scope = m_scope, now = Clock::now()](RectificationStats &stats,
                                                 StoreResult *error) -> std::any {
        return stats.ageing(scope, now, error);
    };
}

void AgeingModel::take(std::any answer)
{
    m_buckets = answer.has_value() ? std::any_cast<QList<AgeingBucket>>(std::move(answer))
                                   : QList<AgeingBucket>{};
    m_total = 0;
    for (const AgeingBucket &b : std::as_const(m_buckets))
        m_total += b.count;
}

BadReviewFilter AgeingModel::filterAt(const QModelIndex &index) const
{
    if (index.isValid() && index.row() < m_buckets.size())
        return m_buckets.at(index.row()).filter;
    // The total row: every open bad review of the scope, whatever its age.
    return RectificationStats::openFilter(m_scope);
}

int AgeingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_buckets.isEmpty() ? 0 : int(m_buckets.size()) + 1;
}

int AgeingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgeingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool total = index.row() == m_buckets.size();
    const qint64 count = total ? m_total : m_buckets.at(index.row()).count;
    const QString label = total ? tr("All open") : m_buckets.at(index.row()).label();
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == BucketColumn ? QVariant(label) : QVariant(count);
    case Qt::ToolTipRole:
        return total ? tr("Open bad reviews, whatever their age")
                     : tr("Open bad reviews evaluated %1 ago").arg(label);
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? numberAlignment() : QVariant();
    case FilterRole:
        return QVariant::fromValue(filterAt(index));
    case CountRole:
        return count;
    case TotalRole:
        return total;
    default:
        return {};
    }
}

QVariant AgeingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole && section == CountColumn)
        return numberAlignment();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == BucketColumn ? tr("Age") : tr("Open bad reviews");
}

} // namespace pingjia
