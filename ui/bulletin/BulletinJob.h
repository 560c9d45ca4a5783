// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The bulletin page's long work on a worker thread, one job at a time: completing the
// header (remembered fields, next 文号), proposing typical cases, assembling the content
// for the preview, and writing a file. Progress and results come back as signals on the
// page's thread; cancel() stops the running job at its next step.

#include "models/domain/IntegrityRules.h"
#include "models/reports/BulletinContent.h"
#include "models/reports/BulletinExport.h"
#include "models/reports/BulletinFacts.h"
#include "models/reports/BulletinRequest.h"
#include "models/reports/BulletinTypicalCases.h"
#include "models/store/IndicatorQuery.h"

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace pingjia {

class CacheDatabase;
class LocalWorkDatabase;
class BulletinBuilder;

struct BulletinHeaderProposal {
    BulletinHeader header;
    QStringList requirements;
    QString scopeName;
};

class BulletinJob : public QObject {
    Q_OBJECT
public:
    BulletinJob(CacheDatabase &cache, LocalWorkDatabase &localWork, QObject *parent = nullptr);
    ~BulletinJob() override;

    bool isRunning() const;
    // Thresholds of the review-integrity counts of the internal version (from the next job).
    void setIntegritySettings(const IntegritySettings &settings) { m_integrity = settings; }

    // Each returns false (and does nothing) while another job runs.
    // Everything the page needs for a month and scope: the completed header, the typical
    // case proposals (at most `caseLimit`) and the figures (`request.header` is ignored).
    bool load(const BulletinRequest &request, int caseLimit);
    // Writes already assembled content (what the preview shows) to `path`.
    bool write(const BulletinContent &content, const QString &path, BulletinFormat format,
               const BulletinRenderOptions &options = {});

    // Waits for the running job to finish (after cancel(): soon). For shutdown and tests.
    void wait();

    // Tests only: called on the worker after each step of the figures read (step, steps),
    // so a test can hold the worker there; empty to remove.
    static void setAfterStepHook(std::function<void(int step, int steps)> hook);

public slots:
    void cancel();

signals:
    void started(const QString &what);
    void progress(int step, int steps);
    void loaded(const pingjia::BulletinHeaderProposal &proposal,
                const QList<pingjia::BulletinTypicalCase> &cases,
                const pingjia::BulletinFacts &facts);
    void written(const QString &path, pingjia::BulletinFormat format);
    // The areas and centers of the cache, read with the figures (for the scope picker).
    void scopeTreeLoaded(const QList<pingjia::ScopeNode> &tree);
    void failed(const QString &message);
    void cancelled();
    void finished();

private:
    // Runs `work` on a new thread; it reports through the functions it is given.
    bool run(const QString &what, std::function<void(BulletinBuilder &)> work);

    CacheDatabase &m_cache;
    LocalWorkDatabase &m_localWork;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QMutex m_builderMutex;
    BulletinBuilder *m_builder = nullptr; // of the running job, for cancel()
    IntegritySettings m_integrity;
};

} // namespace pingjia

Q_DECLARE_METATYPE(pingjia::BulletinHeaderProposal)
