// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/AgeingModel.h"

#include "models/domain/Clock.h"
#include "models/itemmodels/Logging.h"

namespace pingjia {

AgeingModel::AgeingModel(RectificationStats &stats, QObject *parent)
    : QAbstractListModel(parent), m_stats(stats)
{
    refresh();
}

void AgeingModel::setScope(const BadReviewFilter &scope)
{
    m_scope = scope;
    refresh();
}

void AgeingModel::refresh()
{
    beginResetModel();
    m_buckets = m_stats.ageing(m_scope, Clock::now(), &m_error);
    endResetModel();
    if (!m_error.ok())
        qCWarning(lcItemModels) << "ageing:" << m_error.message;
}

BadReviewFilter AgeingModel::filterAt(const QModelIndex &index) const
{
    return index.isValid() && index.row() < m_buckets.size() ? m_buckets.at(index.row()).filter
                                                             : m_scope;
}

int AgeingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_buckets.size());
}

QVariant AgeingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgeingBucket &b = m_buckets.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1: %2").arg(b.label()).arg(b.count);
    case Qt::ToolTipRole:
        return tr("Open bad reviews evaluated %1 ago").arg(b.label());
    case FilterRole:
        return QVariant::fromValue(b.filter);
    case CountRole:
        return b.count;
    default:
        return {};
    }
}

} // namespace pingjia
