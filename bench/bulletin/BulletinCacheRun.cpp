// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulletinCacheRun.h"

#include "models/domain/Period.h"
#include "models/domain/PlatformTime.h"
#include "models/reports/BulletinBuilder.h"
#include "models/reports/BulletinPageRecording.h"
#include "models/reports/BulletinPdf.h"
#include "models/store/CacheDatabase.h"
#include "models/store/IndicatorQuery.h"
#include "models/store/LocalWorkDatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace pingjia::bench {

namespace {

constexpr int kPreviewDpi = 96;

// Process CPU (every thread: the chart painting and SQLite alike), user + system.
double processCpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    auto ms = [](const timeval &t) { return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3; };
    return ms(u.ru_utime) + ms(u.ru_stime);
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).trimmed() : QString();
}

struct Timing {
    double wall = -1;
    double cpu = -1;
};

// One run of `work`; nullopt-like (wall < 0) when it fails.
Timing timeOnce(const std::function<bool()> &work)
{
    QElapsedTimer t;
    t.start();
    const double cpu = processCpuMs();
    if (!work())
        return {};
    return {double(t.nsecsElapsed()) / 1e6, processCpuMs() - cpu};
}

// Medians of `repeat` runs (wall and CPU sorted apart).
Timing medianOf(int repeat, const std::function<bool()> &work)
{
    QList<double> walls, cpus;
    for (int i = 0; i < repeat; ++i) {
        const Timing t = timeOnce(work);
        if (t.wall < 0)
            return {};
        walls << t.wall;
        cpus << t.cpu;
    }
    std::sort(walls.begin(), walls.end());
    std::sort(cpus.begin(), cpus.end());
    return {walls.at(walls.size() / 2), cpus.at(cpus.size() / 2)};
}

void printFigure(const char *name, const Timing &t, const char *target)
{
    std::printf("%-22s wall %9.1f ms   cpu %9.1f ms\n", name, t.wall, t.cpu);
    std::printf("RESULT\t%s\t%.1f\t-\t%s\tms\n", name, t.wall, target);
}

} // namespace

int runBulletinFromCache(const BulletinCacheRunOptions &o)
{
    const auto period = Period::parse(o.month);
    if (!period) {
        std::fprintf(stderr, "bench_bulletin: bad --month %s\n", qPrintable(o.month));
        return 2;
    }
    const QDir dir(o.home);
    const QDateTime now = parsePlatformTime(o.now);
    std::printf("load average at start: %s\n", qPrintable(loadAverage()));
    CacheDatabase cache(dir.filePath(QStringLiteral("cache.sqlite")));
    LocalWorkDatabase localWork(dir.filePath(QStringLiteral("localwork.sqlite")));
    const Timing open = timeOnce([&] { return cache.open().ok() && localWork.open().ok(); });
    if (open.wall < 0)
        return 2;
    printFigure("open_and_migrate", open, "-");
    IndicatorQuery indicators(cache);
    const Timing refresh = timeOnce([&] { return indicators.refresh().ok(); });
    printFigure("rollup_refresh", refresh, "-");

    const Timing ranking = medianOf(o.repeat, [&] {
        return indicators.ranking(UnitLevel::Department, *period, QString(), now).has_value();
    });
    BulletinBuilder builder(cache, &localWork);
    // CPU per step of the figures (BulletinFactsQuery's progress), summed over the runs.
    QList<double> stepCpu;
    double stepStart = processCpuMs();
    builder.facts().setProgress([&](int step, int) {
        const double cpu = processCpuMs();
        if (stepCpu.size() < step)
            stepCpu.resize(step);
        stepCpu[step - 1] += cpu - stepStart;
        stepStart = cpu;
    });
    std::optional<BulletinContent> content;
    const Timing facts = medianOf(o.repeat, [&] {
        BulletinRequest request;
        request.month = period->first();
        stepStart = processCpuMs();
        StoreResult r;
        for (const BulletinTypicalCase &c : builder.facts().proposals({}, request.month, 3, &r))
            request.typicalCaseIds << c.evalId;
        content = r.ok() ? builder.build(request, now, &r) : std::nullopt;
        if (!r.ok())
            std::fprintf(stderr, "bench_bulletin: %s\n", qPrintable(r.message));
        return content.has_value();
    });
    int pages = 0;
    const Timing pdf = facts.wall < 0 ? Timing{} : medianOf(o.repeat, [&] {
        const BulletinRenderResult result = writeBulletinPdf(*content, o.outPath);
        pages = result.pageCount;
        return result.ok();
    });
    // The 月度通报 page's preview: the same layout recorded as pictures on its worker, at
    // the resolution of the page's QPrinter (ScreenResolution: 96 dpi).
    const Timing preview = facts.wall < 0 ? Timing{} : medianOf(o.repeat, [&] {
        return recordBulletinPages(*content, kPreviewDpi).result.ok();
    });
    if (ranking.wall < 0 || facts.wall < 0 || pdf.wall < 0 || preview.wall < 0) {
        std::fprintf(stderr, "bench_bulletin: a step failed\n");
        return 2;
    }
    const qsizetype rows =
        content->attachments.isEmpty() ? 0 : content->attachments.constFirst().table.rows.size();
    std::printf("month %s, %lld appendix rows, %d pages, medians of %d runs\n",
                qPrintable(period->key()), static_cast<long long>(rows), pages, o.repeat);
    printFigure("ranking_query", ranking, "-");
    printFigure("bulletin_figures", facts, "-");
    std::printf("  figures' steps, cpu ms per run:");
    for (double cpu : stepCpu)
        std::printf(" %.0f", cpu / o.repeat);
    std::printf("\n");
    printFigure("bulletin_pdf_render", pdf, "-");
    printFigure("bulletin_total", {facts.wall + pdf.wall, facts.cpu + pdf.cpu}, "1000");
    printFigure("bulletin_preview_layout", preview, "-");
    std::printf("load average at end: %s\n", qPrintable(loadAverage()));
    return 0;
}

} // namespace pingjia::bench
