// SPDX-License-Identifier: GPL-3.0-or-later
// Review integrity at province scale (issue 14, target: all rules ≤ 2 s): ours =
// IntegrityQuery::flags (load the month's rows, staff phones and the department ranking,
// then every rule in C++); baseline = the plain SQL candidates of two rules
// (staffEvaluatorIds, evaluatedBeforeFinishIds) on the same file in the same run; and the
// bulletin's counts (the evaluation rules in SQL) at the first ask and asked again.
// Prints wall and CPU time (getrusage) and the load average, since wall figures on a
// shared machine say little, in bench/run-all's format:
//   RESULT<TAB>figure<TAB>ours ms<TAB>baseline ms<TAB>target ms|-<TAB>ms
//
// --synthetic-hashes: a cache synced before cache v4 has no hash columns filled, and its
// personal data is encrypted with a key of another keychain. The rules' speed does not
// depend on what the hashes are, so this fills them from the row id (see
// fillSyntheticHashes), clearly not real data; a resync gives the real ones. Run it on a
// copy of a home only.
#include "bench/common/ProcStatus.h"
#include "models/domain/PlatformTime.h"
#include "models/store/CacheDatabase.h"
#include "models/store/IndicatorQuery.h"
#include "models/store/IntegrityQuery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>

using namespace pingjia;

namespace {

QByteArray loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray("?");
}

struct Timing {
    double wall = 0;
    double cpu = 0;
};

// Median wall and the CPU of that run; nullopt when a run failed.
std::optional<Timing> measure(const char *figure, int repeat, const std::function<bool()> &run)
{
    QList<QPair<double, double>> times;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        const double cpu = bench::processCpuMs();
        t.start();
        if (!run())
            return std::nullopt;
        times.append({double(t.nsecsElapsed()) / 1e6, bench::processCpuMs() - cpu});
    }
    std::sort(times.begin(), times.end());
    const auto median = times.at(times.size() / 2);
    std::printf("%-32s wall %8.1f ms   cpu %8.1f ms\n", figure, median.first, median.second);
    return Timing{median.first, median.second};
}

bool fillSyntheticHashes(CacheDatabase &cache)
{
    QSqlQuery q(cache.connection().database());
    const QVariant filled = cache.connection().scalar(
        QStringLiteral("SELECT count(*) FROM evaluations WHERE mobile_hash IS NOT NULL"));
    if (filled.toLongLong() > 0)
        return true;
    std::fprintf(stderr, "filling synthetic hashes (see the header of bench_integrity.cpp)\n");
    return q.exec(QStringLiteral("BEGIN")) &&
           // Every evaluator distinct by mobile; in each 1000 rows, 6 share an ID number.
           q.exec(QStringLiteral("UPDATE evaluations SET mobile_hash = id, cert_hash = CASE "
                                 "WHEN id % 1000 < 6 THEN -(id / 1000) ELSE id END "
                                 "WHERE anonymous = 0")) &&
           // Staff phones equal to some evaluators' mobiles (of any center).
           q.exec(QStringLiteral("UPDATE staff SET mobile_hash = rowid * 1000 + 500")) &&
           // Follow-up phones (cache v7): every 7th lands on a staff member's phone hash.
           q.exec(QStringLiteral("UPDATE bad_reviews SET follow_up_phone_hash = CASE WHEN "
                                 "rowid % 7 = 0 THEN rowid * 1000 + 500 ELSE -rowid END "
                                 "WHERE follow_up IS NOT NULL")) &&
           q.exec(QStringLiteral("COMMIT"));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption(
        {QStringLiteral("home"), QStringLiteral("A synced home (a copy)."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("month"), QStringLiteral("Month."), QStringLiteral("YYYY-MM"),
                 QStringLiteral("2026-09")});
    p.addOption({QStringLiteral("repeat"), QStringLiteral("Runs per figure."), QStringLiteral("N"),
                 QStringLiteral("3")});
    p.addOption({QStringLiteral("synthetic-hashes"), QStringLiteral("Fill missing hashes.")});
    p.process(app);
    const auto month = Period::parse(p.value(QStringLiteral("month")));
    if (!p.isSet(QStringLiteral("home")) || !month) {
        std::fprintf(stderr, "usage: bench_integrity --home DIR [--month YYYY-MM]\n");
        return 1;
    }
    CacheDatabase cache(p.value(QStringLiteral("home")) + QStringLiteral("/cache.sqlite"));
    if (const StoreResult r = cache.open(); !r.ok()) {
        std::fprintf(stderr, "open: %s\n", qPrintable(r.message));
        return 2;
    }
    if (p.isSet(QStringLiteral("synthetic-hashes")) && !fillSyntheticHashes(cache)) {
        std::fprintf(stderr, "cannot fill hashes\n");
        return 2;
    }
    const qint64 rows =
        cache.connection().scalar(QStringLiteral("SELECT count(*) FROM evaluations")).toLongLong();
    std::printf("evaluations in cache: %lld; month %s; load average at start: %s\n", rows,
                qPrintable(month->key()), loadAverage().constData());
    const int repeat = std::max(1, p.value(QStringLiteral("repeat")).toInt());
    const QDateTime now = month->end().addSecs(86400 * 31);
    IntegrityQuery query(cache);
    qsizetype flagCount = 0;
    // The first call also brings the indicator rollups up to date (once per cache).
    (void)query.flags(*month, {}, now, {});
    const auto ours = measure("all rules, one month", repeat, [&] {
        const auto flags = query.flags(*month, {}, now, {});
        flagCount = flags ? flags->size() : -1;
        return bool(flags);
    });
    // The bulletin's counts (bulletin5): the evaluation rules in SQL, no rows loaded.
    const auto departments = IndicatorQuery(cache).ranking(UnitLevel::Department, *month, {}, now);
    qsizetype sqlFlagCount = 0;
    auto counts = [&] {
        const auto flags = query.flagsWithoutEvidence(*departments, {});
        sqlFlagCount = flags ? flags->size() : -1;
        return bool(flags);
    };
    // The first ask runs the rules; the repeats find them kept (IntegrityMemo.h) while the
    // cache is unchanged, as the bulletin's preview and exports of one month do.
    const auto inSql =
        departments ? measure("evaluation rules in SQL, first ask", 1, counts) : std::nullopt;
    const auto kept =
        departments ? measure("evaluation rules in SQL, kept", repeat, counts) : std::nullopt;
    std::printf("flags in SQL: %lld\n", qint64(sqlFlagCount));
    const auto baseline = measure("baseline: two SQL candidates", repeat, [&] {
        return query.staffEvaluatorIds(*month) && query.evaluatedBeforeFinishIds(*month);
    });
    const bool ok = ours && inSql && kept && baseline;
    if (ok) {
        std::printf("RESULT\tintegrity: all rules, one month\t%.1f\t%.1f\t2000\tms\n", ours->wall,
                    baseline->wall);
        std::printf("RESULT\tintegrity: all rules, one month, CPU time\t%.1f\t%.1f\t-\tms\n",
                    ours->cpu, baseline->cpu);
        std::printf("RESULT\tintegrity: the bulletin's counts (rules in SQL)\t%.1f\t%.1f\t-\tms\n",
                    inSql->wall, baseline->wall);
        std::printf("RESULT\tintegrity: the bulletin's counts, asked again\t%.1f\t%.1f\t-\tms\n",
                    kept->wall, baseline->wall);
    }
    std::printf("flags: %lld; load average at end: %s\n", qint64(flagCount),
                loadAverage().constData());
    return ok ? 0 : 2;
}
