// SPDX-License-Identifier: GPL-3.0-or-later
// Rankings and dashboard figures at province scale (issue 8 "Tests and measurements"),
// each beside the straightforward aggregate run raw through the sqlite3 C API on the
// same file in the same run:
//   1. month department ranking with every indicator (target ≤ 300 ms): ours =
//      IndicatorQuery::ranking (the month, plus the two months before it for rankChange
//      and the 连续排名靠后 flag); baseline = IndicatorSql::referenceCountsSql and
//      handlingCountsSql for the month alone;
//   2. 12-month trend of the whole cache (≤ 500 ms): ours = monthlyCounts; baseline =
//      the reference aggregate month by month;
//   3. dashboard first paint (≤ 1 s): key figures against the previous month, the trend,
//      channels, open/overdue bad reviews, the chase-list count and the department
//      ranking (top and bottom five), from a new IndicatorQuery; baseline = the same
//      figures straight from the raw tables.
// Also the one-time rollup build after a first sync, and a check that both sides give
// the same figures. One machine-readable line per figure:
//   RESULT<TAB>figure<TAB>ours ms<TAB>baseline ms<TAB>target ms<TAB>ms
//   bench_rankings [--scale bench|small|N] [--home DIR] [--repeat 5] [--now T] [--keep]
//                  [--rebuild-rollups]
#include "models/domain/PlatformTime.h"
#include "models/secrets/InMemorySecretStore.h"
#include "models/store/CacheDatabase.h"
#include "models/store/IndicatorQuery.h"
#include "models/store/IndicatorRollup.h"
#include "models/store/IndicatorSql.h"
#include "models/store/LocalWorkDatabase.h"
#include "models/store/StoredTime.h"
#include "models/sync/SyncSession.h"
#include "tools/platform-sim/SimLauncher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <string>

using namespace pingjia;
using IndicatorSql::Grain;

namespace {

const QString kSimNow = QStringLiteral("2026-10-31 18:00:00");

double medianMs(int repeat, const std::function<bool()> &run, bool *ok)
{
    QList<double> times;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        if (!run()) {
            *ok = false;
            return -1;
        }
        times << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// Runs `sql` with named text parameters on the raw handle; sums each result column over
// all rows (the baseline's answer, for the equality check).
bool runRaw(sqlite3 *db, const QString &sql, const std::map<std::string, QString> &binds,
            std::vector<qint64> *sums = nullptr)
{
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &s, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "prepare: %s\n", sqlite3_errmsg(db));
        return false;
    }
    for (const auto &[name, value] : binds) {
        const int index = sqlite3_bind_parameter_index(s, name.c_str());
        if (index > 0) {
            const QByteArray utf8 = value.toUtf8();
            sqlite3_bind_text(s, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        }
    }
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        if (!sums)
            continue;
        sums->resize(std::max<size_t>(sums->size(), size_t(sqlite3_column_count(s))));
        for (int c = 1; c < sqlite3_column_count(s); ++c)
            (*sums)[size_t(c)] += sqlite3_column_int64(s, c);
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE)
        std::fprintf(stderr, "step: %s\n", sqlite3_errmsg(db));
    return rc == SQLITE_DONE;
}

std::map<std::string, QString> periodBinds(const Period &p, const QDateTime &now)
{
    const auto window = IndicatorSql::defaultFinishWindow(p, now);
    return {{":ps", IndicatorSql::periodStart(p)},
            {":pe", IndicatorSql::periodEnd(p)},
            {":dfrom", window.from},
            {":dto", window.to},
            {":now", StoredTime::toText(now)}};
}

bool baselineRanking(sqlite3 *db, const Period &p, const QDateTime &now,
                     std::vector<qint64> *sums = nullptr)
{
    return runRaw(db, IndicatorSql::referenceCountsSql(Grain::Department), periodBinds(p, now),
                  sums) &&
           runRaw(db, IndicatorSql::handlingCountsSql(Grain::Department), periodBinds(p, now));
}

bool baselineTrend(sqlite3 *db, const Period &last, const QDateTime &now)
{
    Period p = last;
    for (int i = 0; i < 12; ++i, p = p.previous()) {
        if (!runRaw(db, IndicatorSql::referenceCountsSql(Grain::All), periodBinds(p, now)) ||
            !runRaw(db, IndicatorSql::handlingCountsSql(Grain::All), periodBinds(p, now)))
            return false;
    }
    return true;
}

bool baselineDashboard(sqlite3 *db, const Period &p, const QDateTime &now)
{
    const auto binds = periodBinds(p, now);
    const QString chase = QStringLiteral(
        "SELECT c.dept_code, count(*) FROM cases c WHERE c.withdrawn = 0 AND c.pro_status = 3 "
        "AND c.finish_date > :week AND c.finish_date <= :now AND NOT EXISTS (SELECT 1 FROM "
        "evaluations x WHERE x.project_no = c.project_no AND x.withdrawn = 0) GROUP BY "
        "c.dept_code");
    const QString channels = QStringLiteral(
        "SELECT channel_code, count(*), sum(valid) FROM evaluations WHERE withdrawn = 0 AND "
        "assess_time BETWEEN :ps AND :pe GROUP BY channel_code");
    return runRaw(db, IndicatorSql::referenceCountsSql(Grain::All), binds) &&
           runRaw(db, IndicatorSql::referenceCountsSql(Grain::All),
                  periodBinds(p.previous(), now)) &&
           runRaw(db, IndicatorSql::openBadReviewsSql(Grain::All), binds) &&
           runRaw(db, chase,
                  {{":now", StoredTime::toText(now)},
                   {":week", StoredTime::toText(now.addSecs(-7 * 24 * 3600))}}) &&
           runRaw(db, channels, binds) && baselineTrend(db, p, now) && baselineRanking(db, p, now);
}

bool syncInto(const QString &dir, const QString &scale)
{
    SimLauncher sim;
    QElapsedTimer clock;
    clock.start();
    if (!sim.start(SimLauncher::defaultProgram(),
                   {QStringLiteral("--scale"), scale, QStringLiteral("--port"), QStringLiteral("0"),
                    QStringLiteral("--now"), kSimNow},
                   1800000)) {
        std::fprintf(stderr, "simulator: %s\n", qPrintable(sim.errorString()));
        return false;
    }
    std::printf("simulator ready in %.1f s (--scale %s)\n", double(clock.elapsed()) / 1000,
                qPrintable(scale));
    CacheDatabase cache(dir + QStringLiteral("/cache.sqlite"));
    LocalWorkDatabase localWork(dir + QStringLiteral("/localwork.sqlite"));
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
    clock.restart();
    const SyncResult r = session.sync();
    if (!r.ok()) {
        std::fprintf(stderr, "sync: %s\n", qPrintable(r.error.message));
        return false;
    }
    std::printf("synced in %.1f s\n", double(clock.elapsed()) / 1000);
    cache.closeThisThread();
    localWork.closeThisThread();
    return true;
}

void printRow(const char *figure, double ours, double baseline, double target)
{
    std::printf("%-28s %10.1f %12.1f %10.0f %8.1fx  %s\n", figure, ours, baseline, target,
                ours > 0 ? baseline / ours : 0.0, ours <= target ? "ok" : "OVER TARGET");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.setApplicationDescription(
        QStringLiteral("Rankings and dashboard vs the straightforward aggregate"));
    cli.addHelpOption();
    const QCommandLineOption scale(QStringLiteral("scale"), QStringLiteral("simulator scale"),
                                   QStringLiteral("S"), QStringLiteral("bench"));
    const QCommandLineOption homeOption(QStringLiteral("home"),
                                        QStringLiteral("an already-synced home to reuse"),
                                        QStringLiteral("DIR"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
                                          QStringLiteral("runs per figure"), QStringLiteral("N"),
                                          QStringLiteral("5"));
    const QCommandLineOption nowOption(QStringLiteral("now"),
                                       QStringLiteral("\"now\" (default: the simulator's clock)"),
                                       QStringLiteral("T"), kSimNow);
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("keep the synced home"));
    const QCommandLineOption rebuild(QStringLiteral("rebuild-rollups"),
                                     QStringLiteral("drop the rollups of a reused home first, to "
                                                    "time their full build again"));
    cli.addOptions({scale, homeOption, repeatOption, nowOption, keep, rebuild});
    cli.process(app);
    const int repeat = std::max(1, cli.value(repeatOption).toInt());
    const QDateTime now = parsePlatformTime(cli.value(nowOption));
    if (!now.isValid()) {
        std::fprintf(stderr, "--now must be \"yyyy-MM-dd HH:mm:ss\"\n");
        return 1;
    }

    QTemporaryDir temp;
    temp.setAutoRemove(!cli.isSet(keep));
    QString home = cli.value(homeOption);
    if (home.isEmpty() || !QFileInfo::exists(home + QStringLiteral("/cache.sqlite"))) {
        if (home.isEmpty())
            home = temp.path();
        QDir().mkpath(home);
        if (!syncInto(home, cli.value(scale)))
            return 2;
    }
    std::printf("home: %s\n", qPrintable(home));
    const QString path = home + QStringLiteral("/cache.sqlite");
    CacheDatabase cache(path);
    if (StoreResult r = cache.open(); !r.ok()) {
        std::fprintf(stderr, "cache: %s\n", qPrintable(r.message));
        return 2;
    }
    const Period month = Period::containing(PeriodKind::Month, platformDate(now));
    if (cli.isSet(rebuild) && !IndicatorRollup(cache.connection()).invalidate().ok())
        return 2;
    QElapsedTimer clock;
    clock.start();
    {
        IndicatorQuery first(cache);
        if (StoreResult r = first.refresh(); !r.ok()) {
            std::fprintf(stderr, "rollups: %s\n", qPrintable(r.message));
            return 2;
        }
    }
    const double buildMs = double(clock.nsecsElapsed()) / 1e6;

    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return 2;
    sqlite3_exec(db, "PRAGMA cache_size = -65536", nullptr, nullptr, nullptr);

    bool ok = true;
    IndicatorQuery query(cache);
    const double rankingOurs = medianMs(
        repeat, [&] { return query.ranking(UnitLevel::Department, month, {}, now).has_value(); },
        &ok);
    const double rankingBase = medianMs(
        std::min(repeat, 3), [&] { return baselineRanking(db, month, now); }, &ok);
    const QDate firstMonth = month.first().addMonths(-11);
    const double trendOurs = medianMs(
        repeat, [&] { return query.monthlyCounts({}, firstMonth, month.first(), now).has_value(); },
        &ok);
    const double trendBase = medianMs(
        std::min(repeat, 3), [&] { return baselineTrend(db, month, now); }, &ok);
    const double dashboardOurs = medianMs(
        repeat,
        [&] {
            IndicatorQuery fresh(cache); // first paint: a new query object, org tree unloaded
            return fresh.dashboard({}, month, now).has_value() &&
                   fresh.monthlyCounts({}, firstMonth, month.first(), now).has_value() &&
                   fresh.evaluationsByChannel({}, month).has_value() &&
                   fresh.ranking(UnitLevel::Department, month, {}, now).has_value();
        },
        &ok);
    const double dashboardBase = medianMs(
        std::min(repeat, 3), [&] { return baselineDashboard(db, month, now); }, &ok);
    if (!ok) {
        std::fprintf(stderr, "a query failed\n");
        return 2;
    }

    // The same figures on both sides (sums over every department of the month).
    std::vector<qint64> base;
    baselineRanking(db, month, now, &base);
    const auto table = query.ranking(UnitLevel::Department, month, {}, now);
    UnitCounts total;
    for (const RankedUnit &u : table->units)
        total += u.counts;
    const bool equal = base.size() == 11 && base[1] == total.servedCases &&
                       base[2] == total.evaluatedCases && base[3] == total.evaluations &&
                       base[4] == total.validEvaluations && base[10] == total.defaultEvaluations;
    sqlite3_close(db);

    std::printf("\nmonth %s, now %s, %lld departments listed\n", qPrintable(month.key()),
                qPrintable(formatPlatformTime(now)), qlonglong(table->units.size()));
    std::printf("rollup build after the first sync: %.0f ms (once; later syncs refresh the "
                "touched days)\n",
                buildMs);
    std::printf("figures equal to the straightforward aggregate: %s (served %lld, evaluations "
                "%lld, defaults %lld)\n\n",
                equal ? "yes" : "NO", qlonglong(total.servedCases), qlonglong(total.evaluations),
                qlonglong(total.defaultEvaluations));
    std::printf("%-28s %10s %12s %10s %9s\n", "figure (median ms)", "ours", "baseline", "target",
                "speed-up");
    printRow("month department ranking", rankingOurs, rankingBase, 300);
    printRow("12-month trend", trendOurs, trendBase, 500);
    printRow("dashboard first paint", dashboardOurs, dashboardBase, 1000);
    std::printf("RESULT\tmonth_department_ranking\t%.1f\t%.1f\t300\tms\n", rankingOurs,
                rankingBase);
    std::printf("RESULT\ttwelve_month_trend\t%.1f\t%.1f\t500\tms\n", trendOurs, trendBase);
    std::printf("RESULT\tdashboard_first_paint\t%.1f\t%.1f\t1000\tms\n", dashboardOurs,
                dashboardBase);
    std::printf("RESULT\trollup_build_once\t%.1f\t0\t0\tms\n", buildMs);
    return equal ? 0 : 2;
}
