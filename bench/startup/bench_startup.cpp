// SPDX-License-Identifier: GPL-3.0-or-later
// Cold start and peak memory of the window on a full cache, each in a fresh process:
//   - cold start: from the process's start (exec, libraries, Qt, stores, pages) to the
//     first painted window, against the same for a bare QMainWindow in the same run
//     (the floor any Qt window on this machine pays);
//   - peak memory (VmHWM) with the queue open and scrolled end to end: every row of the
//     whole queue fetched through the view.
// Medians over --runs child processes.
//   bench_startup --home DIR [--runs 3]      (a synced home; its settings file is used)
//   bench_startup                            (a fresh empty home: the CTest smoke run)
// Prints RESULT<TAB>figure<TAB>ours<TAB>baseline|-<TAB>target|-<TAB>unit lines.
#include "app/Translations.h"
#include "app/UserHome.h"
#include "app/WindowSession.h"
#include "bench/common/ProcStatus.h"
#include "models/itemmodels/BadReviewQueueModel.h"
#include "models/secrets/InMemorySecretStore.h"
#include "ui/MainWindow.h"
#include "ui/PageId.h"
#include "ui/queue/QueuePage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QProcess>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <unistd.h>

#include <algorithm>
#include <cstdio>

using namespace pingjia;

namespace {

constexpr double kColdStartTargetMs = 1000;
constexpr double kPeakMemoryTargetMb = 300;

// Milliseconds since this process started (/proc: clock ticks since boot).
double sinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray s = stat.readAll();
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 of stat(5)
    const double up = uptime.readAll().split(' ').first().toDouble();
    return (up - startTicks / double(sysconf(_SC_CLK_TCK))) * 1000.0;
}

// Calls `painted` once, after the first paint of `window` (or any widget in it).
class FirstPaint : public QObject {
public:
    FirstPaint(QWidget *window, std::function<void()> painted)
        : m_window(window), m_painted(std::move(painted))
    {
        qApp->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_done && event->type() == QEvent::Paint && watched->isWidgetType() &&
            (watched == m_window || m_window->isAncestorOf(static_cast<QWidget *>(watched)))) {
            m_done = true;
            // After the paint cycle this event belongs to has finished.
            QTimer::singleShot(0, this, [this] { m_painted(); });
        }
        return false;
    }

private:
    QWidget *m_window;
    std::function<void()> m_painted;
    bool m_done = false;
};

// Child: the bare window. Prints "FIRSTPAINT ms".
int bareChild(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("政务服务好差评督办台"), &window));
    window.resize(1280, 800);
    FirstPaint first(&window, [&] {
        std::printf("FIRSTPAINT %.1f\n", sinceProcessStart());
        std::fflush(stdout);
        window.close();
    });
    window.show();
    return app.exec();
}

// Scrolls the queue end to end once its index is there, then prints the peak.
void scrollQueue(WindowSession &session)
{
    session.window().showPage(PageId::BadReviews);
    auto *queue = qobject_cast<QueuePage *>(session.window().page(PageId::BadReviews));
    auto *timer = new QTimer(&session.window());
    QObject::connect(timer, &QTimer::timeout, &session.window(), [queue, timer, &session] {
        BadReviewQueueModel *model = queue ? queue->model() : nullptr;
        if (model && model->isBusy())
            return; // the index is still being read on the worker thread
        if (model && model->canFetchMore({})) {
            queue->table()->scrollToBottom(); // the view asks for the next page
            if (model->canFetchMore({}))
                model->fetchMore({});
            return;
        }
        timer->stop();
        std::printf("ROWS %d\nPEAK %lld\n", model ? model->rowCount() : -1,
                    bench::procStatusKb("VmHWM:"));
        std::fflush(stdout);
        session.window().close();
    });
    timer->start(0);
}

// Child: the real window on the home. Prints "FIRSTPAINT ms", "ROWS n", "PEAK kB".
int windowChild(int argc, char **argv, const QString &homeDir)
{
    QApplication app(argc, argv);
    const UserHome home = UserHome::inDirectory(homeDir);
    const std::unique_ptr<QSettings> settings = home.openSettings();
    installTranslators(app, QStringLiteral("zh_CN"));
    WindowStart start;
    start.secrets = std::make_unique<InMemorySecretStore>();
    std::unique_ptr<FirstPaint> first;
    start.shown = [&first](WindowSession &session) {
        first = std::make_unique<FirstPaint>(&session.window(), [&session] {
            std::printf("FIRSTPAINT %.1f\n", sinceProcessStart());
            std::fflush(stdout);
            scrollQueue(session);
        });
    };
    return runWindow(home, *settings, std::move(start));
}

struct ChildRun {
    double firstPaintMs = -1;
    double peakMb = -1;
    int rows = -1;
};

ChildRun runChild(const QStringList &arguments)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QCoreApplication::applicationFilePath(), arguments);
    ChildRun r;
    if (!p.waitForFinished(600000)) {
        p.kill();
        return r;
    }
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        if (f.first() == "FIRSTPAINT")
            r.firstPaintMs = f.value(1).toDouble();
        else if (f.first() == "PEAK")
            r.peakMb = f.value(1).toDouble() / 1024.0;
        else if (f.first() == "ROWS")
            r.rows = f.value(1).toInt();
    }
    return r;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? -1 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    // The children are told apart before any Q*Application exists.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--child-bare") == 0)
            return bareChild(argc, argv);
        if (qstrcmp(argv[i], "--child-window") == 0 && i + 1 < argc)
            return windowChild(argc, argv, QString::fromLocal8Bit(argv[i + 1]));
    }
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption homeOption(QStringLiteral("home"), QStringLiteral("A synced home."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Child runs."),
                                        QStringLiteral("N"), QStringLiteral("3"));
    parser.addOptions({homeOption, runsOption});
    parser.process(app);
    QTemporaryDir empty;
    const QString home = parser.isSet(homeOption) ? parser.value(homeOption) : empty.path();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QList<double> ours, bare, peak;
    int rows = -1;
    for (int i = 0; i < runs; ++i) {
        const ChildRun window = runChild({QStringLiteral("--child-window"), home});
        const ChildRun floor = runChild({QStringLiteral("--child-bare")});
        if (window.firstPaintMs < 0 || window.peakMb < 0 || floor.firstPaintMs < 0) {
            std::fprintf(stderr, "a child run failed\n");
            return 2;
        }
        ours << window.firstPaintMs;
        bare << floor.firstPaintMs;
        peak << window.peakMb;
        rows = window.rows;
        std::printf("run %d: first paint %.0f ms (bare window %.0f ms), peak %.1f MB, %d rows "
                    "scrolled\n",
                    i + 1, window.firstPaintMs, floor.firstPaintMs, window.peakMb, window.rows);
    }
    std::printf(
        "RESULT\tcold start to the first painted window (full cache)\t%.1f\t%.1f\t%.0f\tms\n",
        median(ours), median(bare), kColdStartTargetMs);
    std::printf(
        "RESULT\tpeak memory, queue open and scrolled end to end (%d rows)\t%.1f\t-\t%.0f\tMB\n",
        rows, median(peak), kPeakMemoryTargetMb);
    return 0;
}
