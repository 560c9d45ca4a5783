// SPDX-License-Identifier: GPL-3.0-or-later
// The bulletin's content for one month of a large cache: gathering every figure
// (BulletinFactsQuery: indicators, trend, channels, department ranking, handling, common
// problems, typical cases) and assembling the text, next to the department ranking query
// alone (IndicatorQuery::ranking, the baseline: the bulletin cannot be faster than the
// figures it names) measured in the same run.
//
//   bench_bulletin_content [--scale bench|N] [--dir DIR] [--home HOME] [--month 2026-10]
//                          [--runs 5]
// With --home, an existing home's cache is used; else the simulator (--scale) is synced
// into a new folder first. Prints, tab-separated:
//   RESULT  bulletin_content  <median ms>  -  -  ms
//   RESULT  bulletin_content_ranking_query  <median ms>  -  -  ms
#include "models/domain/Period.h"
#include "models/domain/PlatformTime.h"
#include "models/reports/BulletinBuilder.h"
#include "models/secrets/InMemorySecretStore.h"
#include "models/secrets/PersonalDataCipher.h"
#include "models/store/CacheDatabase.h"
#include "models/store/IndicatorQuery.h"
#include "models/store/LocalWorkDatabase.h"
#include "models/sync/SyncSession.h"
#include "tools/platform-sim/SimLauncher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
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

double medianMs(int runs, const std::function<bool()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        if (!work())
            return -1;
        times << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
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
    cli.addOptions({scale, dirOption, home, monthOption, runsOption});
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
    const double ranking = medianMs(runs, [&] {
        return indicators.ranking(UnitLevel::Department, *period, QString(), now).has_value();
    });
    BulletinRequest request;
    request.month = period->first();
    BulletinBuilder builder(cache, &localWork);
    qint64 typical = 0;
    const double content = medianMs(runs, [&] {
        StoreResult r;
        request.typicalCaseIds.clear();
        for (const BulletinTypicalCase &c : builder.facts().proposals({}, period->first(), 3, &r))
            request.typicalCaseIds << c.evalId;
        typical = request.typicalCaseIds.size();
        return builder.build(request, now, &r).has_value() && r.ok();
    });
    if (content < 0 || ranking < 0) {
        std::fprintf(stderr, "a query failed\n");
        return 2;
    }
    std::printf("month %s, %lld typical cases, median of %d runs\n", qPrintable(period->key()),
                typical, runs);
    std::printf("RESULT\tbulletin_content\t%.1f\t-\t-\tms\n", content);
    std::printf("RESULT\tbulletin_content_ranking_query\t%.1f\t-\t-\tms\n", ranking);
    return 0;
}
