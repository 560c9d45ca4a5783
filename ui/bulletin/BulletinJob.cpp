// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/bulletin/BulletinJob.h"

#include "models/domain/Clock.h"
#include "models/reports/BulletinBuilder.h"
#include "models/store/CacheDatabase.h"
#include "models/store/LocalWorkDatabase.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace pingjia {

namespace {

std::function<void(int, int)> &afterStepHook()
{
    static std::function<void(int, int)> hook;
    return hook;
}

QString cancelledMessage()
{
    return QCoreApplication::translate("pingjia::BulletinJob", "Cancelled.");
}

} // namespace

BulletinJob::BulletinJob(CacheDatabase &cache, LocalWorkDatabase &localWork, QObject *parent)
    : QObject(parent), m_cache(cache), m_localWork(localWork)
{
    qRegisterMetaType<BulletinHeaderProposal>();
    qRegisterMetaType<BulletinContent>();
    qRegisterMetaType<BulletinFacts>();
    qRegisterMetaType<QList<BulletinTypicalCase>>();
    qRegisterMetaType<BulletinFormat>();
}

BulletinJob::~BulletinJob()
{
    cancel();
    wait();
}

bool BulletinJob::isRunning() const
{
    return m_thread != nullptr;
}

void BulletinJob::wait()
{
    if (m_thread)
        m_thread->wait();
    QCoreApplication::sendPostedEvents(this); // deliver what the thread queued
}

void BulletinJob::setAfterStepHook(std::function<void(int, int)> hook)
{
    afterStepHook() = std::move(hook);
}

void BulletinJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    // Straight to the running figures read (and its indicator query), not at its next step.
    const QMutexLocker lock(&m_builderMutex);
    if (m_builder)
        m_builder->cancel();
}

bool BulletinJob::run(const QString &what, std::function<void(BulletinBuilder &)> work)
{
    if (m_thread)
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_cancel;
    QPointer<BulletinJob> self(this);
    m_thread =
        QThread::create([this, self, cancel, integrity = m_integrity, work = std::move(work)] {
            BulletinBuilder builder(m_cache, &m_localWork);
            builder.facts().setIntegritySettings(integrity);
            builder.setProgress([self](int step, int steps) {
                if (afterStepHook())
                    afterStepHook()(step, steps);
                if (self)
                    QMetaObject::invokeMethod(self, [self, step, steps] {
                        if (self)
                            emit self->progress(step, steps);
                    });
            });
            {
                const QMutexLocker lock(&m_builderMutex);
                m_builder = &builder;
                if (cancel->load())
                    builder.cancel();
            }
            work(builder);
            {
                const QMutexLocker lock(&m_builderMutex);
                m_builder = nullptr;
            }
            // Each thread closes its own connections when it ends (Database.h).
            m_cache.closeThisThread();
            m_localWork.closeThisThread();
        });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        emit finished();
    });
    emit started(what);
    m_thread->start(QThread::LowPriority);
    return true;
}

bool BulletinJob::load(const BulletinRequest &request, int caseLimit)
{
    return run(tr("Reading the figures…"), [this, request, caseLimit](BulletinBuilder &b) {
        StoreResult r;
        BulletinHeaderProposal p;
        QList<BulletinTypicalCase> cases;
        std::optional<BulletinFacts> facts;
        const QDateTime now = Clock::now();
        BulletinRequest complete = request;
        complete.header = {};
        p.header = b.completeHeader(complete, now, &r);
        if (r.ok())
            p.requirements = b.requirementsFor(complete, &r);
        if (r.ok())
            p.scopeName = b.facts().scopeName(request.scope, &r).value_or(request.scope);
        if (r.ok())
            cases = b.facts().proposals(request.scope, request.month, caseLimit, &r);
        if (r.ok()) {
            complete.header = p.header;
            complete.typicalCaseIds.clear(); // the page picks them from `cases`
            facts = b.gather(complete, now, &r);
        }
        const bool wasCancelled = b.facts().cancelled();
        QList<ScopeNode> tree;
        if (facts)
            tree = IndicatorQuery(m_cache).scopeTree().value_or(QList<ScopeNode>{});
        QMetaObject::invokeMethod(this, [this, p, cases, facts, r, wasCancelled, tree] {
            if (!tree.isEmpty())
                emit scopeTreeLoaded(tree);
            if (facts)
                emit loaded(p, cases, *facts);
            else if (wasCancelled)
                emit cancelled();
            else
                emit failed(r.message);
        });
    });
}

bool BulletinJob::write(const BulletinContent &content, const QString &path, BulletinFormat format,
                        const BulletinRenderOptions &options)
{
    if (m_thread)
        return false;
    // The cancel flag of this job is made by run(); the control reads it there.
    return run(tr("Writing %1…").arg(path),
               [this, content, path, format, options](BulletinBuilder &) {
                   BulletinRenderControl control;
                   control.cancel = m_cancel.get();
                   QPointer<BulletinJob> self(this);
                   control.progress = [self](int step, int steps) {
                       QMetaObject::invokeMethod(self, [self, step, steps] {
                           if (self)
                               emit self->progress(step, steps);
                       });
                   };
                   const BulletinRenderResult result =
                       writeBulletin(content, path, format, Clock::now(), options, control);
                   QMetaObject::invokeMethod(this, [this, result, path, format] {
                       if (result.ok())
                           emit written(path, format);
                       else if (result.status == BulletinRenderResult::Status::Cancelled)
                           emit cancelled();
                       else
                           emit failed(result.error.isEmpty() ? cancelledMessage() : result.error);
                   });
               });
}

} // namespace pingjia
