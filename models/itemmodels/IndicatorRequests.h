// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The indicator queries of one page, on the page's own thread (BackgroundQuery): one
// IndicatorQuery created on that thread, hence one cache connection for it. A new request
// cancels the running one (IndicatorQuery::cancel) and supersedes any waiting; only the
// newest answer is delivered.

#include "models/itemmodels/BackgroundQuery.h"
#include "models/store/IndicatorQuery.h"

#include <QObject>

#include <functional>
#include <memory>

namespace pingjia {

class CacheDatabase;

class IndicatorRequests : public QObject {
    Q_OBJECT
public:
    // `cache` must be open and outlive this object.
    IndicatorRequests(CacheDatabase &cache, const QString &threadName, QObject *parent = nullptr);
    ~IndicatorRequests() override;

    template <typename Result>
    quint64 request(std::function<Result(IndicatorQuery &)> work, std::function<void(Result)> done)
    {
        cancelRunning();
        return m_background->run<Result>(
            [this, work = std::move(work)] { return work(queryOnThisThread()); }, std::move(done));
    }

    // As request(), and `work` may publish partial answers as it goes: each reaches
    // `partial` on this object's thread, in order, unless a newer request was made since.
    template <typename Result>
    quint64 requestInParts(
        std::function<Result(IndicatorQuery &, const std::function<void(const Result &)> &)> work,
        std::function<void(Result)> partial, std::function<void(Result)> done)
    {
        cancelRunning();
        auto serial = std::make_shared<quint64>(0);
        auto publish = [this, serial, partial](const Result &r) {
            // Queued to this object's thread; `serial` is set by then (run() returned
            // there before any queued call runs).
            QMetaObject::invokeMethod(
                this,
                [this, serial, partial, r] {
                    if (*serial == m_background->latestSerial())
                        partial(r);
                },
                Qt::QueuedConnection);
        };
        *serial = m_background->run<Result>(
            [this, work = std::move(work), publish] { return work(queryOnThisThread(), publish); },
            std::move(done));
        return *serial;
    }

    // The cache itself, for small queries of the page's own (same thread rules).
    CacheDatabase &cache() { return m_cache; }
    BackgroundQuery &background() { return *m_background; }
    bool isBusy() const { return m_background->isBusy(); }

signals:
    void busyChanged(bool busy);

private:
    void cancelRunning();
    IndicatorQuery &queryOnThisThread();

    CacheDatabase &m_cache;
    BackgroundQuery *m_background = nullptr;
    std::atomic<IndicatorQuery *> m_query{nullptr}; // made and used on the query thread
};

} // namespace pingjia
