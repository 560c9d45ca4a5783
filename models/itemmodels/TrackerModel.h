// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The shape every tracker model shares (progress, ageing, common problems, 双归零):
// numbers from RectificationStats for a scope, computed on refresh() and on every setter
// (not at construction: the owner sets the thread first). With a QueryThread set, the computation
// runs there (at province scale it takes most of a second) and isBusy() is true meanwhile; a
// refresh asked while one runs supersedes it, and the older answer is dropped when it arrives.
// Without one it runs on the caller's thread (tests, small caches).
//
// Each model says what to compute (job(): a function of values only, safe on any
// thread) and how to take the answer (take(), inside a model reset). Numbers are
// right-aligned (Qt::TextAlignmentRole through numberAlignment()).

#include "models/store/RectificationStats.h"

#include <QAbstractTableModel>

#include <any>
#include <atomic>
#include <functional>
#include <memory>

namespace pingjia {

class QueryThread;

class TrackerModel : public QAbstractTableModel {
    Q_OBJECT
public:
    void setScope(const BadReviewFilter &scope);
    const BadReviewFilter &scope() const { return m_scope; }
    // nullptr: compute on the caller's thread. The thread must outlive its use here.
    void setQueryThread(QueryThread *thread) { m_thread = thread; }
    bool isBusy() const { return m_busy; }
    const StoreResult &lastError() const { return m_error; }

public slots:
    void refresh();

signals:
    void busyChanged(bool busy);
    // New numbers arrived (after the reset).
    void refreshed();

protected:
    TrackerModel(RectificationStats &stats, QObject *parent);

    using Job = std::function<std::any(RectificationStats &stats, StoreResult *error)>;
    // What refresh() computes now; captures every parameter by value.
    virtual Job job() const = 0;
    // Takes the job's answer (an empty std::any after a failure).
    virtual void take(std::any answer) = 0;
    // For the log ("ageing", …).
    virtual const char *what() const = 0;

    static QVariant numberAlignment() { return int(Qt::AlignRight | Qt::AlignVCenter); }

    BadReviewFilter m_scope;

private:
    void apply(std::any answer, const StoreResult &error);

    RectificationStats &m_stats;
    QueryThread *m_thread = nullptr;
    StoreResult m_error;
    bool m_busy = false;
    int m_generation = 0;
    std::shared_ptr<std::atomic_int> m_latest = std::make_shared<std::atomic_int>(0);
};

} // namespace pingjia
