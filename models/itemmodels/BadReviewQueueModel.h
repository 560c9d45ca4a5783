// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The bad-review work queue as a table model. Filtering and sorting run over the
// queue's keys in memory (BadReviewIndex: exactly what the SQL of BadReviewQuery gives,
// which stays the fallback); the rows arrive through canFetchMore()/fetchMore() in pages
// of kPageSize read by SQL, so the model never holds more rows than the view has
// scrolled to.
//
// The index follows the files by itself: every setFilter/sort/refresh checks whether
// the cache or the local-work file changed (BadReviewIndex::stamp, microseconds). A
// local action is caught up at once (its rows read again); a sync needs a new index,
// read on a worker thread (QueryThread) when the queue holds more than
// backgroundThreshold() rows: meanwhile the model answers from the previous index,
// isBusy() is true, and when the new index arrives the current filter and sort are
// answered again (a later change supersedes an earlier one; stale answers are dropped).
//
// Countdowns ("verify time left", "rectification time left", overdue) are computed in
// data() from Clock::now(): the view repaints its viewport (e.g. once a minute) and
// they move, without any dataChanged per row.

#include "models/store/BadReviewFilter.h"
#include "models/store/BadReviewQuery.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include <atomic>
#include <memory>

namespace pingjia {

class BadReviewIndex;
class QueryThread;

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
        StateColumn,                 // translated state, "· pending upload" when unsent
        VerifyTimeLeftColumn,        // countdown to the verify deadline while unverified
        RectificationTimeLeftColumn, // countdown to the effective rectification deadline
        OverdueColumn,
        ColumnCount
    };
    enum Role {
        EvalIdRole = Qt::UserRole + 1, // QString
        OverdueRole,                   // bool, at Clock::now()
        EstimatedRole,                 // bool: deadline counted through an uncovered year
        PendingUploadRole,             // bool
        DeadlineRole,  // QDateTime: the column's deadline (verify / rectification), else running
        StateRole,     // int(HandlingState), effective
        SortValueRole, // raw value behind the cell
        RowRole,       // QVariant::fromValue(BadReviewRow)
    };
    Q_ENUM(Column)

    static constexpr int kPageSize = 200;
    // Up to this many bad reviews the index is read on the caller's thread (a few ms).
    static constexpr qsizetype kBackgroundThreshold = 5000;

    // `query` must outlive the model.
    explicit BadReviewQueueModel(BadReviewQuery &query, QObject *parent = nullptr);
    ~BadReviewQueueModel() override;

    // A queue larger than `rows` bad reviews gets its index read on a worker thread.
    void setBackgroundThreshold(qsizetype rows) { m_backgroundThreshold = rows; }
    qsizetype backgroundThreshold() const { return m_backgroundThreshold; }
    // A new index is being read on the worker thread.
    bool isBusy() const { return m_building; }
    // Whether answers come from the in-memory index (else from SQL).
    bool isIndexed() const { return m_index != nullptr; }

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

    // Every matching row's evalId in the view's order, fetched or not (export, print).
    const QStringList &evalIds() const { return m_ids; }
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
    // What the table shows in `column` for `row` at `now` (data()'s DisplayRole); any
    // thread, so export and print can turn rows into texts on a worker.
    static QString displayText(const BadReviewRow &row, int column, const QDateTime &now,
                               const ChannelTable &channels);

signals:
    // After setFilter/sort/refresh: the new total.
    void totalCountChanged(qint64 total);
    void queryFailed(const QString &message);
    // A new index started (true) or finished (false) being read in the background.
    void busyChanged(bool busy);

private:
    void reload();
    // Brings the index up to the files' state (or starts reading it in the background).
    void updateIndex();
    bool largeQueue(); // more than m_backgroundThreshold bad reviews
    void buildInBackground();
    QStringList matchingIds();
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

    std::shared_ptr<const BadReviewIndex> m_index;
    bool m_indexUnusable = false; // a value the index cannot order: SQL answers
    qsizetype m_backgroundThreshold = kBackgroundThreshold;
    bool m_building = false;
    int m_buildGeneration = 0;
    std::shared_ptr<std::atomic_bool> m_cancelBuild;
    std::unique_ptr<QueryThread> m_thread;
};

} // namespace pingjia

Q_DECLARE_METATYPE(pingjia::BadReviewRow)
