// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchSync.h"

#include "bench/common/ProcStatus.h"

#include "models/secrets/InMemorySecretStore.h"
#include "models/secrets/PersonalDataCipher.h"
#include "models/store/CacheDatabase.h"
#include "models/store/LocalWorkDatabase.h"
#include "models/sync/SyncSession.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace pingjia::bench {

namespace {
// One secret store for the whole benchmark: the data key stays the same across runs, as
// in a user's keychain.
InMemorySecretStore &secrets()
{
    static InMemorySecretStore store;
    return store;
}
} // namespace

double SyncRun::secondsUntilEvaluations(qint64 count) const
{
    for (const auto &[committed, seconds] : evaluationTimeline) {
        if (committed >= count)
            return seconds;
    }
    return -1;
}

SyncRun runSync(const QString &dir, const SyncSetup &setup,
                const std::function<bool(const SyncProgress &)> &stopWhen)
{
    SyncRun run;
    CacheDatabase cache(QDir(dir).filePath(QStringLiteral("cache.sqlite")));
    LocalWorkDatabase localWork(QDir(dir).filePath(QStringLiteral("localwork.sqlite")));
    if (const StoreResult r = cache.open(); !r.ok()) {
        run.error = r.message;
        return run;
    }
    if (const StoreResult r = localWork.open(); !r.ok()) {
        run.error = r.message;
        return run;
    }
    PersonalDataCipher cipher(secrets());
    SyncOptions options;
    options.pageLimit = setup.pageLimit;
    options.resumeIndexes = setup.resumeIndexes;
    {
        SyncSession session({setup.platform.toString(), QStringLiteral("demo"), {}}, cache,
                            localWork, secrets(), setup.cipher ? &cipher : nullptr, options);
        if (const SyncError e = session.signIn(QStringLiteral("demo")); !e.ok()) {
            run.error = e.message;
            return run;
        }
        QElapsedTimer clock;
        session.setProgressObserver([&](const SyncProgress &p) {
            const qint64 committed = p.of(CacheList::Evaluations).fetched;
            if (committed > 0 && (run.evaluationTimeline.isEmpty() ||
                                  run.evaluationTimeline.last().first != committed))
                run.evaluationTimeline.append({committed, double(clock.elapsed()) / 1000});
            if (stopWhen && stopWhen(p))
                session.cancel();
        });
        clock.start();
        const double cpuAtStart = processCpuMs();
        const SyncResult r = session.sync();
        run.seconds = double(clock.elapsed()) / 1000;
        run.cpuSeconds = (processCpuMs() - cpuAtStart) / 1000;
        run.records = r.progress.totalFetched();
        run.evaluations = r.progress.of(CacheList::Evaluations).fetched;
        run.cancelled = r.error.kind == SyncErrorKind::Cancelled;
        run.ok = r.ok();
        run.error = r.error.message;
    }
    cache.closeThisThread();
    localWork.closeThisThread();
    return run;
}

QJsonObject simPost(const QUrl &base, const QString &path, const QJsonObject &body)
{
    QNetworkAccessManager network;
    QUrl url = base;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    std::unique_ptr<QNetworkReply> reply(network.post(request, QJsonDocument(body).toJson()));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    return reply->error() == QNetworkReply::NoError
               ? QJsonDocument::fromJson(reply->readAll()).object()
               : QJsonObject();
}

} // namespace pingjia::bench
