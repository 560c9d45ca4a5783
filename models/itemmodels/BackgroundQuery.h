// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the queries of one page on a thread of its own, so the window never waits for
// SQLite. The store gives each thread its own connection (Database::connection()), so this
// thread has one connection per database it reads.
//
// Only the newest request matters: a request still waiting when a newer one arrives is
// skipped, and the answer of a request that finished after a newer one was made is dropped
// (never delivered). `busyChanged` tells the page when to show its busy indicator.
//
//     m_query->run<Ranking>([=] { return engine.ranking(level, period); },
//                           [this](Ranking r) { m_model->setRanking(std::move(r)); });

#include "models/itemmodels/WorkerThread.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace pingjia {

class BackgroundQuery : public QObject {
    Q_OBJECT
public:
    explicit BackgroundQuery(const QString &name, QObject *parent = nullptr);
    // Waits for the running request (its answer is dropped) and ends the thread.
    ~BackgroundQuery() override;

    // `work` runs on the query thread; `done` runs on this object's thread with its
    // answer, unless a newer request was made meanwhile. Returns the request's serial.
    template <typename Result>
    quint64 run(std::function<Result()> work, std::function<void(Result)> done)
    {
        auto answer = std::make_shared<Result>();
        return post([work = std::move(work), answer] { *answer = work(); },
                    [done = std::move(done), answer] { done(std::move(*answer)); });
    }

    bool isBusy() const { return m_pending > 0; }
    // An object living on the query thread: parent of per-thread state (deleted there when
    // the thread ends). Touch it only from inside `work`.
    QObject *threadContext() const { return m_thread.worker(); }
    quint64 latestSerial() const { return m_latest.load(); }
    // Forgets every request made so far: their answers are dropped.
    void cancelAll();

signals:
    void busyChanged(bool busy);
    // The serial of each answer delivered (tests wait on it).
    void delivered(quint64 serial);

private:
    quint64 post(std::function<void()> work, std::function<void()> deliver);
    void finished(quint64 serial, const std::function<void()> &deliver);

    WorkerThread m_thread;
    std::shared_ptr<std::atomic<quint64>> m_newest;
    std::atomic<quint64> m_latest{0};
    int m_pending = 0;
};

} // namespace pingjia
