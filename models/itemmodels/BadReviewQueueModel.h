// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The bad-review work queue as a table model. Filtering and sorting run in SQL
// (BadReviewQuery::evalIds: the order of every matching row, as ids only); the rows
// arrive through canFetchMore()/fetchMore() in pages of kPageSize, so the model never
// holds more rows than the view has scrolled to.
//
// Countdowns ("verify time left", "rectification time left", overdue) are computed in
// data() from Clock::now(): the view repaints its viewport (e.g. once a minute) and
// they move, without any dataChanged per row.

#include "models/store/BadReviewFilter.h"
#include "models/store/BadReviewQuery.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace pingjia {

class BadReviewQueueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        LevelColumn,
        AssessTimeColumn,
        CenterColumn,
        DepartmentColumn,
        WindowColumn,
        StaffColumn,
        ChannelColumn,
        CommentColumn,
        StateColumn,          // translated state, "· pending upload" when unsent
        VerifyTimeLeftColumn, // countdown to the verify deadline while unverified
        ReformTimeLeftColumn, // countdown to the effective rectification deadline
        OverdueColumn,
        ColumnCount
    };
    enum Role {
        EvalIdRole = Qt::UserRole + 1, // QString
        OverdueRole,                   // bool, at Clock::now()
        EstimatedRole,                 // bool: deadline counted through an uncovered year
        PendingUploadRole,             // bool
        DeadlineRole,  // QDateTime: the column's deadline (verify / reform), else running
        StateRole,     // int(HandlingState), effective
        SortValueRole, // raw value behind the cell
        RowRole,       // QVariant::fromValue(BadReviewRow)
    };
    Q_ENUM(Column)

    static constexpr int kPageSize = 200;

    // `query` must outlive the model.
    explicit BadReviewQueueModel(BadReviewQuery &query, QObject *parent = nullptr);

    const BadReviewFilter &filter() const { return m_filter; }
    // Resets the model to the first page of the new filter.
    void setFilter(const BadReviewFilter &filter);
    // Total rows matching the filter (not only the fetched ones).
    qint64 totalCount() const { return m_total; }
    // The last storage error (empty message when none).
    const StoreResult &lastError() const { return m_error; }

    // Re-runs the query (after a local action or a sync) and keeps the current row
    // when it is still there: `keepEvalId` is fetched into view and its new row returned
    // (-1 when gone).
    int refresh(const QString &keepEvalId = {});

    QString evalIdAt(int row) const;
    const BadReviewRow *rowAt(int row) const;
    int rowOf(const QString &evalId) const; // among the fetched rows, -1 when not there

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

    // "3 h 12 min", "2 d 4 h", "overdue 1 d 2 h" (translated), from `now` to `deadline`.
    static QString timeLeftText(const QDateTime &deadline, const QDateTime &now);

signals:
    // After setFilter/sort/refresh: the new total.
    void totalCountChanged(qint64 total);
    void queryFailed(const QString &message);

private:
    void reload();
    bool fetchPage();
    QList<BadReviewRow> nextPage(); // the rows of the next kPageSize ids

    BadReviewQuery &m_query;
    BadReviewFilter m_filter;
    BadReviewSort m_sort = BadReviewSort::Urgency;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    QDateTime m_queryNow;    // `now` of the SQL (due filters), fixed per reload
    QStringList m_ids;       // every matching row's evalId, in order (not the rows)
    qsizetype m_fetched = 0; // ids whose rows were read
    QList<BadReviewRow> m_rows;
    qint64 m_total = 0;
    StoreResult m_error;
    bool m_changing = false; // a reset or an insertion is being announced
};

} // namespace pingjia

Q_DECLARE_METATYPE(pingjia::BadReviewRow)
