// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Counts the saved views (待核实, 今日到期, …) off the GUI thread. On a province's cache
// (1,000,000 evaluations) the five counts take about a quarter of a second together,
// and they are due again every minute (due-today and overdue move with the clock): run
// on the GUI thread that would be a visible stall each time. The counting thread has
// its own connections (Database gives every thread its own); requests made while a
// count runs are coalesced into one more run.

#include "models/store/BadReviewFilter.h"

#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QThreadPool>

namespace pingjia {

class CacheDatabase;
class LocalWorkDatabase;

class SavedViewCounter : public QObject {
    Q_OBJECT
public:
    // -1: the count failed (the message is logged).
    using Counts = QMap<SavedView, qint64>;

    // The databases must outlive the counter.
    SavedViewCounter(CacheDatabase &cache, LocalWorkDatabase &localWork, QObject *parent = nullptr);
    ~SavedViewCounter() override; // waits for a running count

    // Counts every saved view for `me` at `now`; counted() follows.
    void request(const QString &me, const QDateTime &now);
    bool isBusy() const { return m_busy; }

signals:
    void counted(const pingjia::SavedViewCounter::Counts &counts);

private:
    void start();
    void finished(const Counts &counts);

    CacheDatabase &m_cache;
    LocalWorkDatabase &m_localWork;
    QThreadPool m_pool;
    bool m_busy = false;
    bool m_again = false;
    QString m_me;
    QDateTime m_now;
};

} // namespace pingjia
