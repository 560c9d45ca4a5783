// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Ageing buckets of the open bad reviews (≤1, 2–3, 4–7, 8–15, >15 days): a list model,
// one row per bucket; FilterRole lists the bucket's rows in the queue.

#include "models/store/RectificationStats.h"

#include <QAbstractListModel>

namespace pingjia {

class AgeingModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { FilterRole = Qt::UserRole + 1, CountRole };

    explicit AgeingModel(RectificationStats &stats, QObject *parent = nullptr);

    void setScope(const BadReviewFilter &scope);
    void refresh();
    const StoreResult &lastError() const { return m_error; }
    BadReviewFilter filterAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    RectificationStats &m_stats;
    BadReviewFilter m_scope;
    QList<AgeingBucket> m_buckets;
    StoreResult m_error;
};

} // namespace pingjia
