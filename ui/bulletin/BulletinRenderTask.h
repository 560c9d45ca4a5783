// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One bulletin render on a worker thread (a print, or the preview's pages): the work gets
// a BulletinRenderControl whose cancel flag is cancel()'s and whose progress comes back as
// signals on this object's thread. Charts are painted by the GUI thread for the worker
// (BulletinChartPainter.h), so whoever waits for the end keeps serving those calls.

#include "models/reports/BulletinRender.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace pingjia {

class BulletinRenderTask : public QObject {
    Q_OBJECT
public:
    using Work = std::function<BulletinRenderResult(const BulletinRenderControl &)>;

    explicit BulletinRenderTask(Work work, QObject *parent = nullptr);
    // Cancels a running render and waits for it.
    ~BulletinRenderTask() override;

    void start();
    bool isRunning() const;
    // The work's result, once finished() was emitted.
    const BulletinRenderResult &result() const { return m_result; }

    // Tests only: called on the worker with each progress step (after it is reported), so
    // a test can see where the work runs and hold it there; empty to remove.
    static void setWorkerHook(std::function<void(int step, int steps)> hook);

public slots:
    void cancel();

signals:
    void progress(int step, int steps);
    void finished(const pingjia::BulletinRenderResult &result);

private:
    Work m_work;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    BulletinRenderResult m_result;
};

} // namespace pingjia

Q_DECLARE_METATYPE(pingjia::BulletinRenderResult)
