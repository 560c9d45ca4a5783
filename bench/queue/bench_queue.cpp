// SPDX-License-Identifier: GPL-3.0-or-later
// Times the bad-review queue over a large cache: how long a filter change (count and
// first page, BadReviewQueueModel::setFilter) and a sort (BadReviewQueueModel::sort)
// take, as p50/p95 over repeated runs. The cache is built once through CacheWriter
// (the store's own bulk path) and reused when --dir already holds one of that size.

#include "models/domain/Clock.h"
#include "models/domain/HandlingStateMachine.h"
#include "models/domain/PlatformTime.h"
#include "models/itemmodels/BadReviewQueueModel.h"
#include "models/store/CacheDatabase.h"
#include "models/store/CacheReader.h"
#include "models/store/CacheWriter.h"
#include "models/store/LocalActionRecorder.h"
#include "models/store/LocalWorkDatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace pingjia;

namespace {

const QDateTime kNow = parsePlatformTime(QStringLiteral("2026-10-31 18:00:00"));

const QStringList kComments = {
    QStringLiteral("排队两个小时无人引导"),   QStringLiteral("工作人员态度恶劣"),
    QStringLiteral("材料反复提交，多次跑腿"), QStringLiteral("系统故障无法办理"),
    QStringLiteral("等待时间太长"),           QStringLiteral("办事效率低，推诿扯皮"),
    QStringLiteral("网络断了等了半天"),       QStringLiteral("窗口人员玩手机")};

QString deptCode(int i)
{
    return QStringLiteral("11620800MB%1").arg(i, 8, 10, QLatin1Char('0'));
}

// N evaluations over 24 months, `badPercent` % of them level 1–2 (with handling
// records walked by the state machine for 90 % of those), in pages of 20,000.
bool buildCache(CacheDatabase &cache, qint64 n, int badPercent, QTextStream &out)
{
    QRandomGenerator random(2026);
    CacheWriter writer(cache, nullptr);
    const HandlingStateMachine machine;
    QList<OrgUnit> orgs;
    for (int c = 0; c < 40; ++c) {
        orgs << OrgUnit{QStringLiteral("C6208%1").arg(c, 2, 10, QLatin1Char('0')),
                        QStringLiteral("政务服务中心%1").arg(c),
                        QStringLiteral("county"),
                        QStringLiteral("center"),
                        {},
                        {},
                        {},
                        false,
                        kNow};
    }
    for (int d = 0; d < 400; ++d) {
        orgs << OrgUnit{deptCode(d),
                        QStringLiteral("进驻部门%1").arg(d),
                        QStringLiteral("county"),
                        QStringLiteral("department"),
                        orgs.at(d % 40).orgCode,
                        {},
                        {},
                        false,
                        kNow};
    }
    if (!writer.upsertOrgs(orgs).ok())
        return false;
    QElapsedTimer timer;
    timer.start();
    const int page = 20000;
    for (qint64 start = 0; start < n; start += page) {
        QList<Evaluation> evaluations;
        QList<HandlingRecord> records;
        for (qint64 i = start; i < std::min(n, start + page); ++i) {
            Evaluation e;
            e.evalId = QStringLiteral("E%1").arg(i, 9, 10, QLatin1Char('0'));
            e.projectNo = QStringLiteral("P%1").arg(i);
            e.taskCode = QStringLiteral("T%1").arg(random.bounded(2000));
            const int d = random.bounded(400);
            e.deptCode = deptCode(d);
            e.centerCode = orgs.at(d % 40).orgCode;
            e.windowCode =
                QStringLiteral("W%1-%2").arg(e.centerCode.mid(1)).arg(random.bounded(30));
            e.staffId = QStringLiteral("S%1").arg(random.bounded(5000));
            e.channelCode = QString::number(random.bounded(8) + 1);
            const bool bad = int(random.bounded(100)) < badPercent;
            e.level = bad ? 1 + random.bounded(2) : 3 + random.bounded(3);
            e.rawSatisfaction = QString::number(6 - e.level);
            const bool withText = bad ? random.bounded(10) != 0 : random.bounded(5) == 0;
            e.text = withText ? kComments.at(random.bounded(int(kComments.size()))) : QString();
            // The platform serves evaluations roughly in time order (updatedAt), so the
            // cache fills its time indexes mostly at the end, as a real sync does.
            e.assessTime = kNow.addSecs(-730LL * 86400 + (730LL * 86400 * i) / n +
                                        qint64(random.bounded(3600)));
            e.updatedAt = e.assessTime;
            evaluations << e;
            if (bad && random.bounded(10) != 0) {
                HandlingRecord r = machine.initialRecord(e.evalId, e.level, e.text, e.assessTime);
                QDateTime when = e.assessTime;
                for (int step = 0, steps = random.bounded(5); step < steps; ++step) {
                    const QList<ActionType> allowed = machine.allowedActions(
                        r, step % 2 ? QStringLiteral("a") : QStringLiteral("b"));
                    if (allowed.isEmpty())
                        break;
                    const ActionType type = allowed.first(); // verify, plan, complete, …
                    when = when.addSecs(7200);
                    QJsonObject payload{{QStringLiteral("evidence"), QStringLiteral("属实")},
                                        {QStringLiteral("deptCode"), e.deptCode},
                                        {QStringLiteral("person"), QStringLiteral("张")},
                                        {QStringLiteral("measures"), QStringLiteral("整改")},
                                        {QStringLiteral("changes"), QStringLiteral("已改")},
                                        {QStringLiteral("satisfaction"), 4},
                                        {QStringLiteral("method"), QStringLiteral("phone")},
                                        {QStringLiteral("result"), QStringLiteral("mistaken")},
                                        {QStringLiteral("note"), QStringLiteral("同意")}};
                    const TransitionResult t = machine.apply(
                        r, {QStringLiteral("%1-%2").arg(i).arg(step), type,
                            step % 2 ? QStringLiteral("a") : QStringLiteral("b"), when, payload});
                    if (t.ok)
                        r = t.record;
                }
                records << r;
            }
        }
        if (!writer.upsertEvaluations(evaluations).ok() || !writer.upsertBadReviews(records).ok())
            return false;
        if ((start / page) % 10 == 0)
            out << "  " << start + evaluations.size() << " evaluations written, "
                << timer.elapsed() / 1000.0 << " s" << Qt::endl;
    }
    out << "cache built in " << timer.elapsed() / 1000.0 << " s" << Qt::endl;
    return true;
}

struct Figures {
    double p50 = 0;
    double p95 = 0;
    double max = 0;
};

Figures percentiles(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    auto at = [&ms](double q) {
        return ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(q * (ms.size() - 1) + 0.5)));
    };
    return {at(0.5), at(0.95), ms.last()};
}

double timeIt(const std::function<void()> &step)
{
    QElapsedTimer t;
    t.start();
    step();
    return t.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("evaluations"),
                                         QStringLiteral("Cache size."), QStringLiteral("N"),
                                         QStringLiteral("1000000"));
    const QCommandLineOption badOption(QStringLiteral("bad-percent"),
                                       QStringLiteral("Share of level 1-2 evaluations."),
                                       QStringLiteral("P"), QStringLiteral("5"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
                                          QStringLiteral("Runs of each step."), QStringLiteral("R"),
                                          QStringLiteral("15"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
                                       QStringLiteral("Folder for (and reuse of) the cache."),
                                       QStringLiteral("DIR"));
    parser.addOptions({countOption, badOption, repeatOption, dirOption});
    parser.process(app);
    const qint64 n = parser.value(countOption).toLongLong();
    const int badPercent = parser.value(badOption).toInt();
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    QTextStream out(stdout);

    QTemporaryDir temp;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temp.path();
    CacheDatabase cache(dir + QStringLiteral("/cache.sqlite"));
    LocalWorkDatabase work(dir + QStringLiteral("/localwork.sqlite"));
    if (!cache.open().ok() || !work.open().ok()) {
        QTextStream(stderr) << "cannot open the bench files in " << dir << Qt::endl;
        return 2;
    }
    const qint64 existing = CacheReader(cache).count(CacheList::Evaluations);
    if (existing != n) {
        if (existing != 0) {
            QTextStream(stderr) << dir << " holds a cache of " << existing
                                << " evaluations; use an empty folder" << Qt::endl;
            return 2;
        }
        out << "building a cache of " << n << " evaluations (" << badPercent << " % bad)"
            << Qt::endl;
        if (!buildCache(cache, n, badPercent, out)) {
            QTextStream(stderr) << "writing the cache failed" << Qt::endl;
            return 2;
        }
    }
    Clock::setOverride(kNow);
    // A few pending local actions, as on a real desk.
    {
        BadReviewQuery query(cache, &work);
        BadReviewFilter unverified;
        unverified.states = {HandlingState::Unverified};
        LocalActionRecorder recorder(cache, work);
        for (const QString &id :
             query.evalIds(unverified, BadReviewSort::AssessTime, Qt::DescendingOrder, kNow)
                 .mid(0, 20))
            recorder.record(id, ActionType::Verify,
                            {{QStringLiteral("evidence"), QStringLiteral("属实")}},
                            QStringLiteral("bench"));
    }

    BadReviewQuery query(cache, &work);
    BadReviewQueueModel model(query);
    out << "queue: " << model.totalCount() << " bad reviews in " << n << " evaluations" << Qt::endl;

    QList<BadReviewFilter> filters;
    BadReviewFilter f;
    f.states = {HandlingState::Unverified};
    filters << f;
    f = {};
    f.due = BadReviewFilter::Due::Overdue;
    filters << f;
    f = {};
    f.deptCodes = {deptCode(7)};
    filters << f;
    f = {};
    f.text = QStringLiteral("排队");
    filters << f;
    f = {};
    f.centerCodes = {QStringLiteral("C620805")};
    f.from = kNow.date().addMonths(-3);
    filters << f;
    f = {};
    f.states = {HandlingState::Confirmed, HandlingState::Rectifying};
    f.levels = {1};
    f.channelCodes = {QStringLiteral("4")};
    filters << f;
    filters << savedViewFilter(SavedView::AwaitingMyApproval, QStringLiteral("a"));
    filters << savedViewFilter(SavedView::DueToday, QStringLiteral("a"));
    filters << BadReviewFilter{};

    QList<double> filterMs, sortMs, scrollMs;
    for (int r = 0; r < repeat; ++r) {
        for (const BadReviewFilter &filter : std::as_const(filters))
            filterMs << timeIt([&] { model.setFilter(filter); });
    }
    model.setFilter({});
    for (int r = 0; r < repeat; ++r) {
        for (int column = 0; column < BadReviewQueueModel::ColumnCount; ++column) {
            const Qt::SortOrder order = (r + column) % 2 ? Qt::DescendingOrder : Qt::AscendingOrder;
            sortMs << timeIt([&] { model.sort(column, order); });
        }
        scrollMs << timeIt([&] {
            for (int i = 0; i < 5 && model.canFetchMore({}); ++i)
                model.fetchMore({});
        });
    }
    const Figures fig = percentiles(filterMs);
    const Figures sor = percentiles(sortMs);
    const Figures scr = percentiles(scrollMs);
    out << QStringLiteral("filter change (count + first page): p50 %1 ms, p95 %2 ms, max %3 ms "
                          "(%4 runs)")
               .arg(fig.p50, 0, 'f', 1)
               .arg(fig.p95, 0, 'f', 1)
               .arg(fig.max, 0, 'f', 1)
               .arg(filterMs.size())
        << Qt::endl;
    out << QStringLiteral("sort (reset + first page):          p50 %1 ms, p95 %2 ms, max %3 ms "
                          "(%4 runs)")
               .arg(sor.p50, 0, 'f', 1)
               .arg(sor.p95, 0, 'f', 1)
               .arg(sor.max, 0, 'f', 1)
               .arg(sortMs.size())
        << Qt::endl;
    out << QStringLiteral("scroll 5 pages (fetchMore ×5):      p50 %1 ms, p95 %2 ms")
               .arg(scr.p50, 0, 'f', 1)
               .arg(scr.p95, 0, 'f', 1)
        << Qt::endl;
    Clock::clearOverride();
    return model.lastError().ok() ? 0 : 1;
}
