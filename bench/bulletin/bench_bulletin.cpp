// SPDX-License-Identifier: GPL-3.0-or-later
// Renders a month's bulletin as PDF (four vector charts, a ranking appendix of
// --departments rows; ~900 is a province-scale city) and prints the time of the median of
// --repeat runs in the figure collector's format:
//   RESULT\tbulletin_pdf\t<ours ms>\t-\t1000\tms
// (target 1000 ms; the ranking query's own time is measured by bench_bulletin_content).
//   bench_bulletin [--departments 900] [--integrity-rows 0] [--repeat 3] [--out FILE.pdf]
// (--integrity-rows 366: the internal version's body table of the 1,000,000-evaluation
// month, a table over many pages in the text).
// With --home HOME, the month's bulletin comes from that home's cache instead, figures
// and all, beside the ranking query's own time (BulletinCacheRun.h):
//   bench_bulletin --home HOME [--month 2026-10] [--now "2026-10-31 18:00:00"] [--repeat 3]

#include "BulletinCacheRun.h"
#include "BulletinFixture.h"

#include "models/reports/BulletinPdf.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace pingjia;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // Qt Charts items need the widgets application
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption departments(QStringLiteral("departments"),
                                   QStringLiteral("Rows of the ranking appendix."),
                                   QStringLiteral("n"), QStringLiteral("900"));
    QCommandLineOption integrityRows(QStringLiteral("integrity-rows"),
                                     QStringLiteral("Rows of the body's integrity table."),
                                     QStringLiteral("n"), QStringLiteral("0"));
    QCommandLineOption repeat(QStringLiteral("repeat"), QStringLiteral("Runs (median printed)."),
                              QStringLiteral("n"), QStringLiteral("3"));
    QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Keep the PDF here."),
                           QStringLiteral("file"));
    QCommandLineOption home(QStringLiteral("home"),
                            QStringLiteral("Bulletin from this home's cache (used in place)."),
                            QStringLiteral("dir"));
    QCommandLineOption month(QStringLiteral("month"), QStringLiteral("Month (--home)."),
                             QStringLiteral("YYYY-MM"), QStringLiteral("2026-10"));
    QCommandLineOption now(QStringLiteral("now"), QStringLiteral("Platform time (--home)."),
                           QStringLiteral("time"), QStringLiteral("2026-10-31 18:00:00"));
    parser.addOptions({departments, integrityRows, repeat, out, home, month, now});
    parser.process(app);

    QTemporaryDir dir;
    const QString path =
        parser.isSet(out) ? parser.value(out) : dir.filePath(QStringLiteral("bulletin.pdf"));
    if (parser.isSet(home))
        return bench::runBulletinFromCache({parser.value(home), parser.value(month),
                                            parser.value(now), path,
                                            std::max(1, parser.value(repeat).toInt())});
    const BulletinContent content = fixture::monthlyBulletin(
        BulletinVersion::Internal, std::max(1, parser.value(departments).toInt()),
        std::max(0, parser.value(integrityRows).toInt()));
    QList<qint64> times;
    int pages = 0;
    for (int i = 0; i < std::max(1, parser.value(repeat).toInt()); ++i) {
        QElapsedTimer timer;
        timer.start();
        const BulletinRenderResult result = writeBulletinPdf(content, path);
        times << timer.elapsed();
        if (!result.ok()) {
            std::fprintf(stderr, "bench_bulletin: %s\n", qPrintable(result.error));
            return 2;
        }
        pages = result.pageCount;
    }
    std::sort(times.begin(), times.end());
    const qint64 median = times.at(times.size() / 2);
    std::fprintf(stderr, "bench_bulletin: %d departments, %d pages, runs (ms):",
                 parser.value(departments).toInt(), pages);
    for (qint64 t : times)
        std::fprintf(stderr, " %lld", static_cast<long long>(t));
    std::fprintf(stderr, "\n");
    std::printf("RESULT\tbulletin_pdf\t%lld\t-\t1000\tms\n", static_cast<long long>(median));
    return 0;
}
