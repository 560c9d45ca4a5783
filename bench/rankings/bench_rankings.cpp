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
//   3. dashboard first paint (≤ 1 s): what the page paints first — the key figures
//      against the previous month, open/overdue bad reviews and the chase-list counts —
//      from a new IndicatorQuery (org tree not loaded yet); baseline = the same figures
//      straight from the raw tables;
//   4. the whole dashboard (every chart's data too: trend, channels, department ranking),
//      the charts arriving after the first paint, against the same raw figures;
//   5. the month department ranking with the review-integrity flags counted (issue 14).
// The first open of the cache (its schema migrations) is timed too.
// Also the one-time rollup build after a first sync, an incremental refresh after a small
// change (--touch N: N evaluations and their cases stamped as a sync would), and a check
// that both sides give the same figures. Wall and CPU time (this thread's: SQLite runs
// in it) and the load average. One machine-readable line per figure:
//   RESULT<TAB>figure<TAB>ours ms<TAB>baseline ms<TAB>target ms<TAB>ms
//   bench_rankings [--scale bench|small|N] [--home DIR] [--repeat 5] [--now T] [--keep]
//                  [--rebuild-rollups] [--touch N]
#include "models/domain/PlatformTime.h"
#include "models/itemmodels/DashboardSnapshot.h"
#include "models/secrets/InMemorySecretStore.h"
#include "models/store/CacheDatabase.h"
#include "models/store/Connection.h"
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
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <string>
#include <tuple>

#include <time.h>

using namespace pingjia;
using IndicatorSql::Grain;

namespace {

const QString kSimNow = QStringLiteral("2026-10-31 18:00:00");

// PRAGMA user_version of a cache file, read raw (before Pingjia opens and migrates it).
int schemaVersionOf(const QString &path)
{
    sqlite3 *db = nullptr;
    int version = -1;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, nullptr) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            version = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return version;
}

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Wall and CPU milliseconds (medians of the runs).
struct Timing {
    double wall = -1;
    double cpu = -1;
};

Timing timeOnce(const std::function<bool()> &run, bool *ok)
{
    QElapsedTimer t;
    t.start();
    const double cpu = threadCpuMs();
    if (!run()) {
        *ok = false;
        return {};
    }
    return {double(t.nsecsElapsed()) / 1e6, threadCpuMs() - cpu};
}

Timing median(int repeat, const std::function<bool()> &run, bool *ok)
{
    QList<double> walls, cpus;
    for (int i = 0; i < repeat; ++i) {
        const Timing t = timeOnce(run, ok);
        if (!*ok)
            return {};
        walls << t.wall;
        cpus << t.cpu;
    }
    std::sort(walls.begin(), walls.end());
    std::sort(cpus.begin(), cpus.end());
    return {walls[walls.size() / 2], cpus[cpus.size() / 2]};
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(u' ', 0, 2)
                                       : QStringLiteral("?");
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

// The first paint's figures straight from the rows.
bool baselineFirstPaint(sqlite3 *db, const Period &p, const QDateTime &now)
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
           runRaw(db, IndicatorSql::handlingCountsSql(Grain::All), binds) &&
           runRaw(db, IndicatorSql::referenceCountsSql(Grain::All),
                  periodBinds(p.previous(), now)) &&
           runRaw(db, IndicatorSql::handlingCountsSql(Grain::All),
                  periodBinds(p.previous(), now)) &&
           runRaw(db, IndicatorSql::openBadReviewsSql(Grain::All), binds) &&
           runRaw(db, chase,
                  {{":now", StoredTime::toText(now)},
                   {":week", StoredTime::toText(now.addSecs(-7 * 24 * 3600))}}) &&
           runRaw(db, channels, binds);
}

bool baselineDashboard(sqlite3 *db, const Period &p, const QDateTime &now)
{
    return baselineFirstPaint(db, p, now) && baselineTrend(db, p, now) &&
           baselineRanking(db, p, now);
}

// What a small incremental sync does to the rows the rollups watch: the newest `n`
// evaluations and their cases stamped one second after the newest stamp of each list.
bool touchRows(Connection &c, int n)
{
    for (const auto &[table, key, rows] :
         {std::tuple{"evaluations", "id", "SELECT id FROM evaluations"},
          std::tuple{"cases", "project_no", "SELECT project_no FROM evaluations"}}) {
        const QString newest =
            c.scalar(QStringLiteral("SELECT max(updated_at) FROM %1").arg(QLatin1String(table)))
                .toString();
        const QDateTime next = parsePlatformTime(newest).addSecs(1);
        if (!next.isValid())
            return false;
        const QString sql =
            QStringLiteral("UPDATE %1 SET updated_at = '%2' WHERE %3 IN (%4 ORDER BY assess_time "
                           "DESC LIMIT %5)")
                .arg(QLatin1String(table), formatPlatformTime(next), QLatin1String(key),
                     QLatin1String(rows))
                .arg(n);
        if (!c.exec(sql).ok())
            return false;
    }
    return true;
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
    const QCommandLineOption touchOption(
        QStringLiteral("touch"),
        QStringLiteral("stamp the newest N evaluations and their cases as changed, then time "
                       "the rollup refresh"),
        QStringLiteral("N"), QStringLiteral("0"));
    cli.addOptions({scale, homeOption, repeatOption, nowOption, keep, rebuild, touchOption});
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
    // The first open of an older cache runs its migrations: timed (the user waits for it).
    const int versionBefore = schemaVersionOf(path);
    CacheDatabase cache(path);
    StoreResult opened;
    bool openOk = true;
    const Timing open = timeOnce(
        [&] {
            opened = cache.open();
            return opened.ok();
        },
        &openOk);
    if (!openOk) {
        std::fprintf(stderr, "cache: %s\n", qPrintable(opened.message));
        return 2;
    }
    std::printf("cache open, schema v%d -> v%d: %.0f ms wall, %.0f ms CPU\n", versionBefore,
                schemaVersionOf(path), open.wall, open.cpu);
    const Period month = Period::containing(PeriodKind::Month, platformDate(now));
    if (cli.isSet(rebuild) && !IndicatorRollup(cache.connection()).invalidate().ok())
        return 2;
    bool ok = true;
    // The first build (after a first sync, or the first run after the v4 migration).
    const Timing build = timeOnce([&] { return IndicatorQuery(cache).refresh().ok(); }, &ok);
    // A small incremental sync's change, then the refresh of the months it touched.
    Timing increment;
    qint64 touchedMonths = 0;
    if (const int touch = cli.value(touchOption).toInt(); ok && touch > 0) {
        ok = touchRows(cache.connection(), touch);
        increment = timeOnce(
            [&] { return IndicatorRollup(cache.connection()).refresh(&touchedMonths).ok(); }, &ok);
    }
    if (!ok) {
        std::fprintf(stderr, "rollups failed\n");
        return 2;
    }

    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return 2;
    sqlite3_exec(db, "PRAGMA cache_size = -65536", nullptr, nullptr, nullptr);

    IndicatorQuery query(cache);
    const QDate firstMonth = month.first().addMonths(-11);
    const int baseRepeat = std::min(repeat, 3);
    const Timing rankingOurs = median(
        repeat, [&] { return query.ranking(UnitLevel::Department, month, {}, now).has_value(); },
        &ok);
    const Timing rankingBase = median(
        baseRepeat, [&] { return baselineRanking(db, month, now); }, &ok);
    // The same ranking with the review-integrity flags counted per department (issue 14).
    IndicatorQuery flagged(cache);
    flagged.setIntegrity({true, false, IntegritySettings{}});
    const Timing rankingFlags = median(
        std::min(repeat, 3),
        [&] { return flagged.ranking(UnitLevel::Department, month, {}, now).has_value(); }, &ok);
    const Timing trendOurs = median(
        repeat, [&] { return query.monthlyCounts({}, firstMonth, month.first(), now).has_value(); },
        &ok);
    const Timing trendBase = median(
        baseRepeat, [&] { return baselineTrend(db, month, now); }, &ok);
    // First paint: a new query object (org tree unloaded), the key figures only.
    const Timing paintOurs = median(
        repeat,
        [&] {
            IndicatorQuery fresh(cache);
            return fresh.dashboard({}, month, now).has_value();
        },
        &ok);
    const Timing paintBase = median(
        baseRepeat, [&] { return baselineFirstPaint(db, month, now); }, &ok);
    const Timing dashboardOurs = median(
        repeat,
        [&] {
            IndicatorQuery fresh(cache);
            return loadDashboard(fresh, {}, month, now).ready == DashboardSnapshot::All;
        },
        &ok);
    const Timing dashboardBase = median(
        baseRepeat, [&] { return baselineDashboard(db, month, now); }, &ok);
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

    std::printf("\nmonth %s, now %s, %lld departments listed, load average %s\n",
                qPrintable(month.key()), qPrintable(formatPlatformTime(now)),
                qlonglong(table->units.size()), qPrintable(loadAverage()));
    std::printf("rollup build (first, every month): %.0f ms wall, %.0f ms CPU\n", build.wall,
                build.cpu);
    if (increment.wall >= 0)
        std::printf("rollup refresh after %s touched rows (%lld months): %.0f ms wall, %.0f ms "
                    "CPU\n",
                    qPrintable(cli.value(touchOption)), qlonglong(touchedMonths), increment.wall,
                    increment.cpu);
    std::printf("figures equal to the straightforward aggregate: %s (served %lld, evaluations "
                "%lld, defaults %lld)\n\n",
                equal ? "yes" : "NO", qlonglong(total.servedCases), qlonglong(total.evaluations),
                qlonglong(total.defaultEvaluations));
    std::printf("%-26s %9s %9s %11s %11s %8s\n", "figure (median ms)", "ours", "ours CPU",
                "baseline", "base CPU", "target");
    struct Row {
        const char *label, *key;
        Timing ours, base;
        double target;
    };
    const Row rows[] = {
        {"month department ranking", "month_department_ranking", rankingOurs, rankingBase, 300},
        {"12-month trend", "twelve_month_trend", trendOurs, trendBase, 500},
        {"dashboard first paint", "dashboard_first_paint", paintOurs, paintBase, 1000},
        {"dashboard, every chart", "dashboard_complete", dashboardOurs, dashboardBase, 0},
        {"ranking + integrity flags", "month_ranking_with_flags", rankingFlags, rankingBase, 0},
    };
    for (const Row &r : rows) {
        std::printf("%-26s %9.1f %9.1f %11.1f %11.1f %8s  %s\n", r.label, r.ours.wall, r.ours.cpu,
                    r.base.wall, r.base.cpu,
                    r.target > 0 ? qPrintable(QString::number(r.target)) : "-",
                    r.target <= 0            ? ""
                    : r.ours.cpu <= r.target ? (r.ours.wall <= r.target ? "met" : "met by CPU")
                                             : "OVER TARGET");
    }
    for (const Row &r : rows) {
        std::printf("RESULT\t%s\t%.1f\t%.1f\t%s\tms\n", r.key, r.ours.wall, r.base.wall,
                    r.target > 0 ? qPrintable(QString::number(r.target)) : "-");
        std::printf("RESULT\t%s_cpu\t%.1f\t%.1f\t-\tms\n", r.key, r.ours.cpu, r.base.cpu);
    }
    std::printf("RESULT\tcache_open_migrations\t%.1f\t-\t-\tms\n", open.wall);
    std::printf("RESULT\tcache_open_migrations_cpu\t%.1f\t-\t-\tms\n", open.cpu);
    std::printf("RESULT\trollup_build_once\t%.1f\t-\t-\tms\n", build.wall);
    std::printf("RESULT\trollup_build_once_cpu\t%.1f\t-\t-\tms\n", build.cpu);
    if (increment.wall >= 0) {
        std::printf("RESULT\trollup_refresh_small_sync\t%.1f\t-\t-\tms\n", increment.wall);
        std::printf("RESULT\trollup_refresh_small_sync_cpu\t%.1f\t-\t-\tms\n", increment.cpu);
    }
    return equal ? 0 : 2;
}
