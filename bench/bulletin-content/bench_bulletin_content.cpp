// SPDX-License-Identifier: GPL-3.0-or-later
// The bulletin's content for one month of a large cache: gathering every figure
// (BulletinFactsQuery: indicators, trend, channels, department ranking, handling, common
// problems, typical cases) and assembling the text, next to the department ranking query
// alone (IndicatorQuery::ranking, the baseline: the bulletin cannot be faster than the
// figures it names) measured in the same run.
//
//   bench_bulletin_content [--scale bench|N] [--dir DIR] [--home HOME] [--month 2026-10]
//                          [--runs 5] [--drop-stored-flags]
// With --home, an existing home's cache is used; else the simulator (--scale) is synced
// into a new folder first. The first build of the month is timed apart from the repeats:
// the integrity rules' flags are kept in the process (IntegrityMemo.h), so a repeat (the
// preview after an edit, each export) does not run them again. The flags are also kept in
// the cache file for the next process (IntegrityFlagStore.h): the first build reads them
// when an earlier process stored them under the cache's marks; --drop-stored-flags drops
// them first, so the first build is that of the first process after a sync (which changes
// the marks: the rules run and the flags are stored). Prints CPU time and the load
// average beside wall time, and, tab-separated:
//   RESULT  bulletin_content_first  <ms>  -  -  ms
//   RESULT  bulletin_content  <median ms of the repeats>  -  -  ms
//   RESULT  bulletin_content_ranking_query  <median ms>  -  -  ms
#include "bench/common/ProcStatus.h"
#include "models/domain/Period.h"
#include "models/domain/PlatformTime.h"
#include "models/reports/BulletinBuilder.h"
#include "models/secrets/InMemorySecretStore.h"
#include "models/secrets/PersonalDataCipher.h"
#include "models/store/CacheDatabase.h"
#include "models/store/IndicatorQuery.h"
#include "models/store/IntegrityFlagStore.h"
#include "models/store/IntegrityMemo.h"
#include "models/store/LocalWorkDatabase.h"
#include "models/sync/SyncSession.h"
#include "tools/platform-sim/SimLauncher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace pingjia;

namespace {

const QString kSimNow = QStringLiteral("2026-10-31 18:00:00");

bool syncSimulator(const QString &scale, const QDir &dir)
{
    SimLauncher sim;
    if (!sim.start(SimLauncher::defaultProgram(),
                   {QStringLiteral("--scale"), scale, QStringLiteral("--port"), QStringLiteral("0"),
                    QStringLiteral("--now"), kSimNow},
                   1800000)) {
        std::fprintf(stderr, "simulator: %s\n", qPrintable(sim.errorString()));
        return false;
    }
    CacheDatabase cache(dir.filePath(QStringLiteral("cache.sqlite")));
    LocalWorkDatabase localWork(dir.filePath(QStringLiteral("localwork.sqlite")));
    if (!cache.open().ok() || !localWork.open().ok())
        return false;
    InMemorySecretStore secrets;
    SyncOptions options;
    options.pageLimit = 5000;
    SyncSession session({sim.baseUrl().toString(), QStringLiteral("demo"), {}}, cache, localWork,
                        secrets, nullptr, options);
    if (const SyncError e = session.signIn(QStringLiteral("demo")); !e.ok()) {
        std::fprintf(stderr, "sign-in: %s\n", qPrintable(e.message));
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    const SyncResult r = session.sync();
    if (!r.ok()) {
        std::fprintf(stderr, "sync: %s\n", qPrintable(r.error.message));
        return false;
    }
    std::printf("synced --scale %s in %.1f s\n", qPrintable(scale), double(clock.elapsed()) / 1000);
    cache.closeThisThread();
    localWork.closeThisThread();
    return true;
}

struct Timing {
    double wall = -1;
    double cpu = -1;
};

// Medians of `runs` runs (wall and CPU sorted apart); -1 when a run failed.
Timing medianOf(int runs, const std::function<bool()> &work)
{
    QList<double> walls, cpus;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        const double cpu = bench::processCpuMs();
        t.start();
        if (!work())
            return {};
        walls << double(t.nsecsElapsed()) / 1e6;
        cpus << bench::processCpuMs() - cpu;
    }
    std::sort(walls.begin(), walls.end());
    std::sort(cpus.begin(), cpus.end());
    return {walls.at(walls.size() / 2), cpus.at(cpus.size() / 2)};
}

QByteArray loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray("?");
}

void printFigure(const char *name, const Timing &t)
{
    std::printf("%-34s wall %8.1f ms   cpu %8.1f ms\n", name, t.wall, t.cpu);
    std::printf("RESULT\t%s\t%.1f\t-\t-\tms\n", name, t.wall);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("Bulletin content vs the ranking query"));
    cli.addHelpOption();
    const QCommandLineOption scale(QStringLiteral("scale"), QStringLiteral("simulator scale"),
                                   QStringLiteral("S"), QStringLiteral("bench"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("work folder"),
                                       QStringLiteral("DIR"));
    const QCommandLineOption home(QStringLiteral("home"), QStringLiteral("an existing home"),
                                  QStringLiteral("HOME"));
    const QCommandLineOption monthOption(QStringLiteral("month"), QStringLiteral("the month"),
                                         QStringLiteral("YYYY-MM"), QStringLiteral("2026-10"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("timed runs"),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption dropStored(QStringLiteral("drop-stored-flags"),
                                        QStringLiteral("drop the flags kept in the cache file"));
    cli.addOptions({scale, dirOption, home, monthOption, runsOption, dropStored});
    cli.process(app);

    QTemporaryDir temp(cli.isSet(dirOption) ? cli.value(dirOption) + QStringLiteral("/bench-XXXXXX")
                                            : QString());
    QDir dir(cli.isSet(home) ? cli.value(home) : temp.path());
    if (!cli.isSet(home) && !syncSimulator(cli.value(scale), dir))
        return 2;
    const auto period = Period::parse(cli.value(monthOption));
    if (!period) {
        std::fprintf(stderr, "bad --month\n");
        return 1;
    }
    CacheDatabase cache(dir.filePath(QStringLiteral("cache.sqlite")));
    LocalWorkDatabase localWork(dir.filePath(QStringLiteral("localwork.sqlite")));
    if (!cache.open().ok() || !localWork.open().ok())
        return 2;
    const QDateTime now = parsePlatformTime(kSimNow);
    const int runs = std::max(1, cli.value(runsOption).toInt());

    // Warm-up: rollups brought up to date and pages cached, for both alike.
    IndicatorQuery indicators(cache);
    if (!indicators.refresh().ok())
        return 2;
    if (cli.isSet(dropStored)) {
        for (const char *sql : {"DELETE FROM integrity_flag", "DELETE FROM integrity_flag_set"})
            if (!cache.connection().exec(QString::fromLatin1(sql)).ok())
                return 2;
    }
    std::printf("load average at start: %s\n", loadAverage().constData());
    const Timing ranking = medianOf(runs, [&] {
        return indicators.ranking(UnitLevel::Department, *period, QString(), now).has_value();
    });
    BulletinRequest request;
    request.month = period->first();
    BulletinBuilder builder(cache, &localWork);
    qint64 typical = 0;
    auto build = [&] {
        StoreResult r;
        request.typicalCaseIds.clear();
        for (const BulletinTypicalCase &c : builder.facts().proposals({}, period->first(), 3, &r))
            request.typicalCaseIds << c.evalId;
        typical = request.typicalCaseIds.size();
        return builder.build(request, now, &r).has_value() && r.ok();
    };
    // CPU per step of the figures (BulletinFactsQuery's progress; the proposals count in
    // the first step), of the first build and summed over the repeats.
    QList<double> stepCpu;
    double stepStart = 0;
    builder.facts().setProgress([&](int step, int) {
        const double cpu = bench::processCpuMs();
        if (stepCpu.size() < step)
            stepCpu.resize(step);
        stepCpu[step - 1] += cpu - stepStart;
        stepStart = cpu;
    });
    auto timedBuild = [&] {
        stepStart = bench::processCpuMs();
        return build();
    };
    auto printSteps = [&](const char *what, int n) {
        std::printf("  %s, cpu ms per step:", what);
        for (double cpu : std::as_const(stepCpu))
            std::printf(" %.0f", cpu / n);
        std::printf("\n");
        stepCpu.clear();
    };
    // The first build of the month in this process, then the repeats (the flags kept).
    const qint64 storedBefore = IntegrityFlagStore::hits();
    const Timing first = medianOf(1, timedBuild);
    printSteps("first build", 1);
    std::printf("  first build: integrity flags %s\n", IntegrityFlagStore::hits() > storedBefore
                                                           ? "read from the cache file"
                                                           : "computed (and stored)");
    const qint64 hitsBefore = IntegrityMemo::hits();
    const Timing content = medianOf(runs, timedBuild);
    printSteps("repeats", runs);
    if (first.wall < 0 || content.wall < 0 || ranking.wall < 0) {
        std::fprintf(stderr, "a query failed\n");
        return 2;
    }
    std::printf("month %s, %lld typical cases, repeats: median of %d runs, %lld of them with "
                "the integrity flags kept\n",
                qPrintable(period->key()), typical, runs, IntegrityMemo::hits() - hitsBefore);
    printFigure("bulletin_content_first", first);
    printFigure("bulletin_content", content);
    printFigure("bulletin_content_ranking_query", ranking);
    std::printf("load average at end: %s\n", loadAverage().constData());
    return 0;
}
