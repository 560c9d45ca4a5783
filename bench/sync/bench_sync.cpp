// SPDX-License-Identifier: GPL-3.0-or-later
// Sync at province scale against the same rows inserted the fastest way SQLite allows, in
// the same run (the simulator, --scale bench: >= 1,000,000 evaluations and their cases, on
// loopback):
//   1. first pull: a full sync into an empty cache;
//   2. resume: another empty cache, its first pull stopped halfway through the
//      evaluations (what a kill leaves: committed pages and their cursor), then a sync
//      that goes on from there;
//   3. re-pull: the platform forgets every cursor (/sim/reset: invalid_cursor), the
//      full cache of 1 pulls everything again;
//   4. incremental: the platform moves on until about --changes records changed
//      (/sim/advance), the full cache syncs them.
// Baseline: every row of 1 read into memory and inserted with raw sqlite3 prepared
// statements in one transaction into a fresh file with the same schema, indexes and
// triggers; for 2–4 that rate applied to the records each run stored. The resume is also
// set against the first pull's own time for the same records (its last part: from when it
// had committed as many evaluations as the stopped pull, index build included).
// Prints a table and one line per figure: RESULT\t<figure>\t<ours>\t<baseline>\t<target>\t<unit>
//   bench_sync [--scale bench|N] [--page-limit 5000] [--changes 10000] [--dir DIR] [--keep]
//              [--no-cipher] [--home DIR (bench/run-all: the work folder goes next to it)]
//              [--resume-indexes auto|rebuild|live (the resume's evaluation indexes)]
#include "BenchSync.h"
#include "RawBaseline.h"

#include "models/store/CacheDatabase.h"
#include "models/sync/SyncSession.h"
#include "models/sync/SyncTypes.h"
#include "tools/platform-sim/SimLauncher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>

using namespace pingjia;
using namespace pingjia::bench;

namespace {

constexpr double kFirstPullTargetRatio = 2.5; // first pull vs raw inserts
// A resumed or repeated pull stores at the first pull's rate; 25 % allowance for the
// load of a shared machine moving between the runs.
constexpr double kSameRateAllowance = 1.25;
constexpr double kIncrementalTargetSeconds = 2.0;

qint64 peakMemoryKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()) : QStringLiteral("?\n");
}

qint64 filesSize(const QString &path)
{
    qint64 total = 0;
    for (const char *suffix : {"", "-wal", "-shm"})
        total += QFileInfo(path + QLatin1String(suffix)).size();
    return total;
}

// The simulator next to this benchmark in the build tree (build/bench/sync →
// build/tools/platform-sim), unless PINGJIA_SIM names another.
QString simulatorProgram()
{
    if (!qEnvironmentVariableIsEmpty("PINGJIA_SIM"))
        return SimLauncher::defaultProgram();
    const QString inBuildTree = QDir(QCoreApplication::applicationDirPath())
                                    .filePath(QStringLiteral("../../tools/platform-sim/"
                                                             "pingjia-platform-sim"));
    return QFileInfo(inBuildTree).isExecutable() ? QDir::cleanPath(inBuildTree)
                                                 : SimLauncher::defaultProgram();
}

struct Figure {
    const char *name;
    double ours;
    double oursCpu;
    double baseline;
    double target;
    qint64 records;
};

void printFigures(const QList<Figure> &figures)
{
    std::printf("\n%-32s %10s %10s %10s %10s %8s %10s  %s\n", "figure", "ours s", "ours CPU s",
                "base s", "target s", "ratio", "records/s", "met");
    for (const Figure &f : figures)
        std::printf("%-32s %10.2f %10.2f %10.2f %10.2f %8.2f %10.0f  %s\n", f.name, f.ours,
                    f.oursCpu, f.baseline, f.target, f.baseline > 0 ? f.ours / f.baseline : 0.0,
                    f.ours > 0 ? double(f.records) / f.ours : 0.0,
                    f.ours <= f.target ? "yes" : "NO");
    for (const Figure &f : figures)
        std::printf("RESULT\t%s\t%.3f\t%.3f\t%.3f\ts\n", f.name, f.ours, f.baseline, f.target);
}

bool failed(const char *what, const SyncRun &run, bool cancelExpected = false)
{
    if (run.ok || (cancelExpected && run.cancelled))
        return false;
    std::fprintf(stderr, "%s: %s\n", what, qPrintable(run.error));
    return true;
}

// Moves the platform on until about `wanted` records changed (at least one day).
qint64 advanceUntil(const QUrl &base, qint64 wanted)
{
    qint64 changed = 0;
    double hours = 24;
    for (int step = 0; step < 8 && changed < wanted; ++step) {
        const QJsonObject counts =
            simPost(base, QStringLiteral("/sim/advance"), {{QStringLiteral("hours"), hours}})
                .value(QLatin1String("counts"))
                .toObject();
        qint64 now = 0;
        for (const QJsonValue &v : counts)
            now += v.toInteger();
        changed += now;
        // Aim the next step at the rest from the rate so far.
        hours = now > 0 ? std::clamp(double(wanted - changed) / double(now) * hours, 1.0, 24.0 * 30)
                        : 24.0 * 30;
    }
    return changed;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("Sync vs raw SQLite inserts"));
    cli.addHelpOption();
    const QCommandLineOption scale(QStringLiteral("scale"), QStringLiteral("simulator scale"),
                                   QStringLiteral("S"), QStringLiteral("bench"));
    const QCommandLineOption limit(QStringLiteral("page-limit"), QStringLiteral("page size"),
                                   QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption changes(QStringLiteral("changes"),
                                     QStringLiteral("records changed for the incremental sync"),
                                     QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("work folder"),
                                       QStringLiteral("DIR"));
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("keep the files"));
    const QCommandLineOption noCipher(
        QStringLiteral("no-cipher"),
        QStringLiteral("store personal data masked only (as without a keychain), to see "
                       "what the encryption costs"));
    // bench/run-all passes the home it measures the window on. The sync needs caches
    // synced from its own simulator (the cursors of the home belong to another run), so
    // its work folder goes next to the home, on the same disk, and the home is not touched.
    const QCommandLineOption homeOption(
        QStringLiteral("home"),
        QStringLiteral("a synced home (bench/run-all): the work folder goes next to it"),
        QStringLiteral("DIR"));
    const QCommandLineOption resumeIndexes(
        QStringLiteral("resume-indexes"),
        QStringLiteral("the resume's evaluation indexes: auto (the sync's choice), rebuild "
                       "(dropped and built at the end) or live"),
        QStringLiteral("auto|rebuild|live"), QStringLiteral("auto"));
    cli.addOptions({scale, limit, changes, dirOption, keep, noCipher, homeOption, resumeIndexes});
    cli.process(app);

    QString workRoot = cli.value(dirOption);
    if (workRoot.isEmpty() && cli.isSet(homeOption))
        workRoot = QFileInfo(cli.value(homeOption)).absolutePath();
    if (!workRoot.isEmpty())
        QDir().mkpath(workRoot);
    QTemporaryDir temp(!workRoot.isEmpty() ? workRoot + QStringLiteral("/bench-sync-XXXXXX")
                                           : QString());
    // Without this check a folder that cannot be made left path() empty and the bench
    // wrote its gigabytes of caches into the current directory.
    if (!temp.isValid()) {
        std::fprintf(stderr, "work folder: %s\n", qPrintable(temp.errorString()));
        return 2;
    }
    temp.setAutoRemove(!cli.isSet(keep));
    const QDir dir(temp.path());
    std::printf("work folder: %s\n", qPrintable(dir.path()));
    dir.mkpath(QStringLiteral("full"));
    dir.mkpath(QStringLiteral("resumed"));

    SimLauncher sim;
    QElapsedTimer clock;
    clock.start();
    if (!sim.start(simulatorProgram(),
                   {QStringLiteral("--scale"), cli.value(scale), QStringLiteral("--port"),
                    QStringLiteral("0")},
                   1800000)) {
        std::fprintf(stderr, "simulator: %s\n", qPrintable(sim.errorString()));
        return 2;
    }
    std::printf("simulator ready in %.1f s (--scale %s)\n", double(clock.elapsed()) / 1000,
                qPrintable(cli.value(scale)));
    const QString indexes = cli.value(resumeIndexes);
    const SyncSetup setup{sim.baseUrl(), cli.value(limit).toInt(), !cli.isSet(noCipher),
                          indexes == QLatin1String("rebuild") ? ResumeIndexes::Rebuild
                          : indexes == QLatin1String("live")  ? ResumeIndexes::KeepLive
                                                              : ResumeIndexes::Auto};
    std::printf("load average at the start: %s", qPrintable(loadAverage()));
    const QString full = dir.filePath(QStringLiteral("full"));
    const QString resumed = dir.filePath(QStringLiteral("resumed"));

    // 1. First pull.
    const SyncRun first = runSync(full, setup);
    if (failed("first pull", first))
        return 2;
    const qint64 peakKb = peakMemoryKb();
    const qint64 cacheBytes = filesSize(full + QStringLiteral("/cache.sqlite"));
    const double perRecord = first.seconds / double(std::max<qint64>(first.records, 1));
    std::printf("first pull: %lld records (%lld evaluations) in %.2f s (CPU %.2f s)\n",
                first.records, first.evaluations, first.seconds, first.cpuSeconds);
    std::printf("load average: %s", qPrintable(loadAverage()));

    // 2. Stopped halfway through the evaluations, then resumed.
    // `fetched` counts committed records; the pages queued behind them (the pipeline's
    // depth and the one being written) are still stored after the stop.
    const qint64 stopAt = std::max<qint64>(
        first.evaluations / 2 - qint64(SyncOptions{}.pipelineDepth + 1) * setup.pageLimit, 0);
    const SyncRun stopped = runSync(resumed, setup, [stopAt](const SyncProgress &p) {
        return p.current == CacheList::Evaluations &&
               p.of(CacheList::Evaluations).fetched >= stopAt;
    });
    if (failed("stopped pull", stopped, true))
        return 2;
    const SyncRun resume = runSync(resumed, setup);
    if (failed("resumed pull", resume))
        return 2;
    // The first pull's time for the records the resume stored: from when it had committed
    // as many evaluations as the stopped pull to its end (the rest of the evaluations, the
    // lists after them, the index build), a like-for-like rate: the resume's records are
    // nearly all evaluations, which store at a rate of their own, and both build the
    // indexes over every stored row at the end. 0 if the first pull never got there.
    const double reachedStop = first.secondsUntilEvaluations(stopped.evaluations);
    const double firstPullTail = reachedStop < 0 ? 0 : first.seconds - reachedStop;
    std::printf("resume: %lld records in %.2f s (CPU %.2f s; the stopped pull stored %lld; "
                "the first pull stored them in its last %.2f s)\n",
                resume.records, resume.seconds, resume.cpuSeconds, stopped.records, firstPullTail);
    std::printf("load average: %s", qPrintable(loadAverage()));

    // 3. Every cursor invalid: the full cache pulls everything again.
    simPost(sim.baseUrl(), QStringLiteral("/sim/reset"), {});
    const SyncRun repull = runSync(full, setup);
    if (failed("re-pull", repull))
        return 2;
    std::printf("re-pull: %lld records in %.2f s (CPU %.2f s)\n", repull.records, repull.seconds,
                repull.cpuSeconds);
    std::printf("load average: %s", qPrintable(loadAverage()));

    // 4. The platform moves on; the full cache takes the changes.
    const qint64 changed = advanceUntil(sim.baseUrl(), cli.value(changes).toLongLong());
    const SyncRun incremental = runSync(full, setup);
    if (failed("incremental sync", incremental))
        return 2;
    std::printf("incremental: %lld records (platform: %lld changes) in %.2f s (CPU %.2f s)\n",
                incremental.records, changed, incremental.seconds, incremental.cpuSeconds);
    sim.stop();

    // The baseline: the rows of the full cache, raw.
    std::vector<Table> tables;
    if (!readTables(full + QStringLiteral("/cache.sqlite"), &tables))
        return 2;
    const QString referencePath = dir.filePath(QStringLiteral("reference.sqlite"));
    {
        CacheDatabase reference(referencePath); // the same migrations: schema, indexes, triggers
        if (!reference.open().ok())
            return 2;
        reference.closeThisThread();
    }
    sqlite3 *db = openRaw(referencePath);
    if (!db)
        return 2;
    clock.restart();
    if (!insertAll(db, tables))
        return 2;
    const double rawSeconds = double(clock.elapsed()) / 1000;
    sqlite3_close(db);
    const double rawPerRow = rawSeconds / double(std::max<qint64>(rowCount(tables), 1));

    auto sameRate = [&](const char *name, const SyncRun &run) {
        return Figure{name,
                      run.seconds,
                      run.cpuSeconds,
                      rawPerRow * double(run.records),
                      perRecord * double(run.records) * kSameRateAllowance,
                      run.records};
    };
    printFigures({
        Figure{"first pull", first.seconds, first.cpuSeconds, rawSeconds,
               rawSeconds * kFirstPullTargetRatio, first.records},
        sameRate("resume after a stop", resume),
        Figure{"resume vs first pull, same rows", resume.seconds, resume.cpuSeconds, firstPullTail,
               firstPullTail * kSameRateAllowance, resume.records},
        sameRate("re-pull after invalid_cursor", repull),
        Figure{"incremental sync", incremental.seconds, incremental.cpuSeconds,
               rawPerRow * double(incremental.records), kIncrementalTargetSeconds,
               incremental.records},
    });
    std::printf("targets: first pull <= %.1f x raw; resume and re-pull at the first pull's "
                "rate (x %.2f for load noise); incremental <= %.1f s\n",
                kFirstPullTargetRatio, kSameRateAllowance, kIncrementalTargetSeconds);
    std::printf("peak memory (VmHWM): %8.1f MB (this process, after the first pull)\n",
                double(peakKb) / 1024);
    std::printf("cache on disk:       %8.1f MB (with -wal, after the first pull)\n",
                double(cacheBytes) / (1024.0 * 1024.0));
    return 0;
}
