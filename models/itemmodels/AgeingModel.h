// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Ageing of the open bad reviews (≤1, 2–3, 4–7, 8–15, >15 days): one row per bucket and
// a total row; columns: the bucket and its count. FilterRole lists a row's bad reviews
// in the queue.

#include "models/itemmodels/TrackerModel.h"

namespace pingjia {

class AgeingModel : public TrackerModel {
    Q_OBJECT
public:
    enum Column { BucketColumn, CountColumn, ColumnCount };
    enum Role { FilterRole = Qt::UserRole + 1, CountRole, TotalRole };

    explicit AgeingModel(RectificationStats &stats, QObject *parent = nullptr);

    BadReviewFilter filterAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Job job() const override;
    void take(std::any answer) override;
    const char *what() const override { return "ageing:"; }

private:
    QList<AgeingBucket> m_buckets;
    qint64 m_total = 0;
};

} // namespace pingjia
