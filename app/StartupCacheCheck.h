// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The cache's whole-file integrity check (checkIntegrity, IntegrityCheck.h), run on a worker
// thread once the window is up: at province scale it reads a gigabyte, which kept the
// first paint waiting for 20 s when it ran inside CacheDatabase::open().

#include "models/store/StoreResult.h"

#include <QObject>

#include <atomic>
#include <functional>

class QThread;

namespace pingjia {

class CacheDatabase;

class StartupCacheCheck : public QObject {
    Q_OBJECT
public:
    // `beforeCheck` runs on the worker thread first (tests hold the worker with it).
    explicit StartupCacheCheck(CacheDatabase &cache, std::function<void()> beforeCheck = {},
                               QObject *parent = nullptr);
    ~StartupCacheCheck() override; // stops the check and waits for the worker

    void start();
    bool isRunning() const;

signals:
    // On the thread that owns this object, once.
    void finished(const pingjia::StoreResult &result);

private:
    CacheDatabase &m_cache;
    std::function<void()> m_beforeCheck;
    std::atomic_bool m_cancel{false};
    QThread *m_thread = nullptr;
};

} // namespace pingjia
