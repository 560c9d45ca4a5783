// SPDX-License-Identifier: GPL-3.0-or-later
// Times the bad-review queue over a large cache, against the same questions answered raw
// through the sqlite3 C API in the same run:
//   - a filter change (BadReviewQueueModel::setFilter: the matching rows in order, the
//     total and the first page) vs the queue's SQL (BadReviewSql count + first page,
//     prepared and stepped on a raw sqlite3 connection);
//   - a sort (BadReviewQueueModel::sort) vs the same SQL with that ORDER BY;
//   - a comment search with a term not searched before; scrolling five pages;
//   - reading the queue's in-memory index (what follows a sync, on a worker thread) vs
//     the raw SQL of the whole queue's ids in order.
// p50/p95 over repeated runs. The cache is a synced home (--home DIR: its cache.sqlite;
// the bench's local actions go to a local-work file of its own, the home's is not
// touched) or one built here through CacheWriter (--evaluations N, reused with --dir).
// Prints a human summary and machine-readable lines
//   RESULT<TAB>figure<TAB>ours<TAB>baseline|-<TAB>target|-<TAB>unit
#include "bench/common/ProcStatus.h"
#include "models/domain/Clock.h"
#include "models/domain/HandlingStateMachine.h"
#include "models/domain/PlatformTime.h"
#include "models/itemmodels/BadReviewQueueModel.h"
#include "models/store/BadReviewIndex.h"
#include "models/store/BadReviewSql.h"
#include "models/store/CacheDatabase.h"
#include "models/store/CacheReader.h"
#include "models/store/CacheWriter.h"
#include "models/store/LocalActionRecorder.h"
#include "models/store/LocalWorkDatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

#include <ctime>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <limits>

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
    if (ms.isEmpty())
        return {};
    std::sort(ms.begin(), ms.end());
    auto at = [&ms](double q) {
        return ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(q * (ms.size() - 1) + 0.5)));
    };
    return {at(0.5), at(0.95), ms.last()};
}

// Wall-clock and this thread's CPU time of each run, in ms. On a shared machine the
// wall clock also counts the waits for a core; the CPU time does not.
struct Timings {
    QList<double> wall;
    QList<double> cpu;
};

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double timeIt(Timings &into, const std::function<void()> &step)
{
    QElapsedTimer t;
    const double cpu = threadCpuMs();
    t.start();
    step();
    into.wall << double(t.nsecsElapsed()) / 1e6;
    into.cpu << threadCpuMs() - cpu;
    return into.wall.last();
}

// The queue's SQL on a raw sqlite3 connection: the baseline for every figure.
class RawQueue {
public:
    RawQueue(const QString &cachePath, const QString &workPath)
    {
        if (sqlite3_open_v2(QFile::encodeName(cachePath).constData(), &m_db, SQLITE_OPEN_READONLY,
                            nullptr) != SQLITE_OK)
            return;
        const QByteArray attach =
            "ATTACH DATABASE '" + QFile::encodeName(workPath).replace('\'', "''") + "' AS lw";
        m_ok = sqlite3_exec(m_db, attach.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    ~RawQueue() { sqlite3_close(m_db); }
    bool ok() const { return m_ok; }

    // Prepares, binds and steps through every row, reading every column (as a plain SQL
    // queue would to show them); the number of rows.
    qint64 run(const BadReviewSql::Statement &s)
    {
        sqlite3_stmt *stmt = nullptr;
        const QByteArray sql = s.sql.toUtf8();
        if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &stmt, nullptr) !=
            SQLITE_OK) {
            std::fprintf(stderr, "raw: %s\n", sqlite3_errmsg(m_db));
            return -1;
        }
        int i = 1;
        for (const QVariant &v : s.binds) {
            if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong) {
                sqlite3_bind_int64(stmt, i++, v.toLongLong());
            } else {
                const QByteArray text = v.toString().toUtf8();
                sqlite3_bind_text(stmt, i++, text.constData(), int(text.size()), SQLITE_TRANSIENT);
            }
        }
        qint64 rows = 0;
        volatile qint64 bytes = 0;
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            ++rows;
            for (int c = 0, n = sqlite3_column_count(stmt); c < n; ++c) {
                sqlite3_column_text(stmt, c);
                bytes = bytes + sqlite3_column_bytes(stmt, c);
            }
        }
        sqlite3_finalize(stmt);
        return rows;
    }

    // What the queue shows after a filter change or a sort: the total and the first page.
    void firstPage(const BadReviewFilter &f, BadReviewSort sort, Qt::SortOrder order,
                   const QDateTime &now, const DeadlinePolicy &policy)
    {
        run(BadReviewSql::count(f, now, policy, true));
        run(BadReviewSql::page(f, sort, order, 0, BadReviewQueueModel::kPageSize, now, policy, true,
                               BadReviewQuery::kExcerptLength));
    }

private:
    sqlite3 *m_db = nullptr;
    bool m_ok = false;
};

QString scalarText(CacheDatabase &cache, const QString &sql)
{
    QSqlQuery q(cache.connection().database());
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

// Two-character search terms from the cache's own bad-review comments.
QStringList searchTerms(CacheDatabase &cache, int count)
{
    QSqlQuery q(cache.connection().database());
    QStringList terms;
    if (!q.exec(QStringLiteral("SELECT text FROM evaluations WHERE level <= 2 AND text <> '' "
                               "LIMIT 5000")))
        return terms;
    int row = 0;
    while (q.next() && terms.size() < count) {
        const QString text = q.value(0).toString();
        const qsizetype at = (row++ * 7) % std::max<qsizetype>(1, text.size() - 1);
        const QString term = text.mid(at, 2);
        if (term.size() == 2 && term.at(0).isLetterOrNumber() && term.at(1).isLetterOrNumber() &&
            !terms.contains(term))
            terms << term;
    }
    return terms;
}

void result(QTextStream &out, const QString &figure, double ours, double baseline, double target,
            const char *unit)
{
    auto number = [](double v) { return v < 0 ? QStringLiteral("-") : QString::number(v, 'f', 1); };
    out << "RESULT\t" << figure << '\t' << number(ours) << '\t' << number(baseline) << '\t'
        << number(target) << '\t' << unit << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption homeOption(QStringLiteral("home"),
                                        QStringLiteral("A synced home: time its cache.sqlite."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption countOption(QStringLiteral("evaluations"),
                                         QStringLiteral("Cache size (without --home)."),
                                         QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption badOption(QStringLiteral("bad-percent"),
                                       QStringLiteral("Share of level 1-2 evaluations."),
                                       QStringLiteral("P"), QStringLiteral("5"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
                                          QStringLiteral("Runs of each step."), QStringLiteral("R"),
                                          QStringLiteral("15"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
                                       QStringLiteral("Folder for (and reuse of) a built cache."),
                                       QStringLiteral("DIR"));
    parser.addOptions({homeOption, countOption, badOption, repeatOption, dirOption});
    parser.process(app);
    const qint64 n = parser.value(countOption).toLongLong();
    const int badPercent = parser.value(badOption).toInt();
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    QTextStream out(stdout);

    QTemporaryDir temp;
    const bool home = parser.isSet(homeOption);
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temp.path();
    const QString cachePath = home ? parser.value(homeOption) + QStringLiteral("/cache.sqlite")
                                   : dir + QStringLiteral("/cache.sqlite");
    if (home && !QFile::exists(cachePath)) {
        QTextStream(stderr) << "no cache in the home: " << cachePath << Qt::endl;
        return 2;
    }
    // The bench's own local actions never go into a home's local-work file.
    const QString workPath = temp.path() + QStringLiteral("/localwork.sqlite");
    CacheDatabase cache(cachePath);
    LocalWorkDatabase work(workPath);
    if (!cache.open().ok() || !work.open().ok()) {
        QTextStream(stderr) << "cannot open the bench files" << Qt::endl;
        return 2;
    }
    const qint64 existing = CacheReader(cache).count(CacheList::Evaluations);
    if (!home && existing != n) {
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
    const qint64 evaluations = CacheReader(cache).count(CacheList::Evaluations);
    // "Now" just after the newest evaluation, so the due filters find rows.
    const QDateTime now =
        home ? parsePlatformTime(
                   scalarText(cache, QStringLiteral("SELECT max(assess_time) FROM evaluations")))
                   .addSecs(3600)
             : kNow;
    Clock::setOverride(now);
    // A few pending local actions, as on a real desk.
    {
        BadReviewQuery query(cache, &work);
        BadReviewFilter unverified;
        unverified.states = {HandlingState::Unverified};
        LocalActionRecorder recorder(cache, work);
        for (const QString &id :
             query.evalIds(unverified, BadReviewSort::AssessTime, Qt::DescendingOrder, now)
                 .mid(0, 20))
            recorder.record(id, ActionType::Verify,
                            {{QStringLiteral("evidence"), QStringLiteral("属实")}},
                            QStringLiteral("bench"));
    }

    BadReviewQuery query(cache, &work);
    RawQueue raw(cachePath, workPath);
    if (!raw.ok()) {
        QTextStream(stderr) << "raw sqlite3 connection failed" << Qt::endl;
        return 2;
    }
    const DeadlinePolicy policy = query.policy();

    // Reading the index (what a sync is followed by, on the worker thread) vs the whole
    // queue's ids in order through raw SQL.
    Timings buildT, buildRawT;
    std::shared_ptr<const BadReviewIndex> built;
    for (int r = 0; r < 3; ++r) {
        timeIt(buildT, [&] { built = BadReviewIndex::build(query, BadReviewIndex::stamp(query)); });
        timeIt(buildRawT, [&] {
            raw.run(BadReviewSql::evalIds({}, BadReviewSort::Urgency, Qt::AscendingOrder, now,
                                          policy, true));
        });
    }
    if (!built) {
        QTextStream(stderr) << "the index could not be built" << Qt::endl;
        return 2;
    }
    built.reset();

    const qint64 rssBefore = bench::procStatusKb("VmRSS:");
    BadReviewQueueModel model(query);
    // At province scale the first index is read on the worker thread, as in the window.
    while (model.isBusy())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const qint64 rssIndexed = bench::procStatusKb("VmRSS:");
    out << "queue: " << model.totalCount() << " bad reviews in " << evaluations << " evaluations"
        << (model.isIndexed() ? "" : " (NOT indexed: SQL answers)") << Qt::endl;

    auto topCode = [&cache](const char *column) {
        return scalarText(cache, QStringLiteral("SELECT %1 FROM evaluations WHERE level <= 2 "
                                                "GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")
                                     .arg(QLatin1String(column)));
    };
    QList<BadReviewFilter> filters;
    BadReviewFilter f;
    f.states = {HandlingState::Unverified};
    filters << f;
    f = {};
    f.due = BadReviewFilter::Due::Overdue;
    filters << f;
    f = {};
    f.deptCodes = {topCode("dept_code")};
    filters << f;
    f = {};
    f.text = searchTerms(cache, 1).value(0, QStringLiteral("排队"));
    filters << f;
    f = {};
    f.centerCodes = {topCode("center_code")};
    f.from = now.date().addMonths(-3);
    filters << f;
    f = {};
    f.states = {HandlingState::Confirmed, HandlingState::Rectifying};
    f.levels = {1};
    f.channelCodes = {topCode("channel_code")};
    filters << f;
    filters << savedViewFilter(SavedView::AwaitingMyApproval, QStringLiteral("a"));
    filters << savedViewFilter(SavedView::DueToday, QStringLiteral("a"));
    filters << BadReviewFilter{};

    Timings filterT, filterRawT, sortT, sortRawT, scrollT, searchT, searchRawT;
    for (int r = 0; r < repeat; ++r) {
        for (const BadReviewFilter &filter : std::as_const(filters)) {
            timeIt(filterT, [&] { model.setFilter(filter); });
            timeIt(filterRawT, [&] {
                raw.firstPage(filter, BadReviewSort::Urgency, Qt::AscendingOrder, now, policy);
            });
        }
    }
    model.setFilter({});
    for (int r = 0; r < repeat; ++r) {
        for (int column = 0; column < BadReviewQueueModel::ColumnCount; ++column) {
            const Qt::SortOrder order = (r + column) % 2 ? Qt::DescendingOrder : Qt::AscendingOrder;
            timeIt(sortT, [&] { model.sort(column, order); });
        }
        timeIt(scrollT, [&] {
            for (int i = 0; i < 5 && model.canFetchMore({}); ++i)
                model.fetchMore({});
        });
    }
    for (int r = 0; r < repeat; ++r) {
        for (BadReviewSort sort : kEveryBadReviewSort) {
            const Qt::SortOrder order =
                (r + int(sort)) % 2 ? Qt::DescendingOrder : Qt::AscendingOrder;
            timeIt(sortRawT, [&] { raw.firstPage({}, sort, order, now, policy); });
        }
    }
    // A term not searched before: the comment index (FTS) is asked each time.
    const QStringList terms = searchTerms(cache, repeat);
    for (const QString &term : terms) {
        BadReviewFilter search;
        search.text = term;
        timeIt(searchT, [&] { model.setFilter(search); });
        timeIt(searchRawT, [&] {
            raw.firstPage(search, BadReviewSort::Urgency, Qt::AscendingOrder, now, policy);
        });
    }
    // Scrolled end to end: every row of the queue read once.
    model.setFilter({});
    Timings scrollAllT;
    const double scrollAllMs = timeIt(scrollAllT, [&] {
        while (model.canFetchMore({}))
            model.fetchMore({});
    });

    struct Figure {
        const char *name;
        const Timings &ours;
        const Timings *raw;
        double target;
    };
    const QString scale = QStringLiteral(" (%1 evaluations)").arg(evaluations);
    const Figure figures[] = {
        {"queue filter change", filterT, &filterRawT, 50},
        {"queue sort", sortT, &sortRawT, 50},
        {"queue comment search (new term)", searchT, &searchRawT, 50},
        {"queue scroll 5 pages", scrollT, nullptr, -1},
    };
    for (const Figure &f : figures) {
        const Figures wall = percentiles(f.ours.wall), cpu = percentiles(f.ours.cpu);
        const Figures rawWall = f.raw ? percentiles(f.raw->wall) : Figures{-1, -1, -1};
        const Figures rawCpu = f.raw ? percentiles(f.raw->cpu) : Figures{-1, -1, -1};
        out << QStringLiteral("%1: p50 %2 ms, p95 %3 ms, max %4 ms (CPU p95 %5 ms) | raw SQL p50 "
                              "%6 ms, p95 %7 ms (CPU p95 %8 ms); %9 runs")
                   .arg(QLatin1String(f.name))
                   .arg(wall.p50, 0, 'f', 1)
                   .arg(wall.p95, 0, 'f', 1)
                   .arg(wall.max, 0, 'f', 1)
                   .arg(cpu.p95, 0, 'f', 1)
                   .arg(rawWall.p50, 0, 'f', 1)
                   .arg(rawWall.p95, 0, 'f', 1)
                   .arg(rawCpu.p95, 0, 'f', 1)
                   .arg(f.ours.wall.size())
            << Qt::endl;
        const QString name = QLatin1String(f.name) + scale;
        result(out, name + QStringLiteral(" p95"), wall.p95, rawWall.p95, f.target, "ms");
        result(out, name + QStringLiteral(" p50"), wall.p50, rawWall.p50, -1, "ms");
        result(out, name + QStringLiteral(" p95, CPU time"), cpu.p95, rawCpu.p95, -1, "ms");
    }
    const Figures bld = percentiles(buildT.wall), bldRaw = percentiles(buildRawT.wall);
    const Figures bldCpu = percentiles(buildT.cpu), bldRawCpu = percentiles(buildRawT.cpu);
    out << QStringLiteral(
               "index read (after a sync, worker thread): %1 ms (CPU %2 ms) | raw SQL of "
               "the queue's ids %3 ms (CPU %4 ms)")
               .arg(bld.p50, 0, 'f', 1)
               .arg(bldCpu.p50, 0, 'f', 1)
               .arg(bldRaw.p50, 0, 'f', 1)
               .arg(bldRawCpu.p50, 0, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("scrolled end to end (%1 rows): %2 ms")
               .arg(model.rowCount())
               .arg(scrollAllMs, 0, 'f', 1)
        << Qt::endl;
    const double indexMb = double(rssIndexed - rssBefore) / 1024.0;
    out << QStringLiteral("index + first page in memory: %1 MB (VmRSS growth)")
               .arg(indexMb, 0, 'f', 1)
        << Qt::endl;
    result(out, QStringLiteral("queue index read after a sync (worker thread)") + scale, bld.p50,
           bldRaw.p50, -1, "ms");
    result(out, QStringLiteral("queue index memory") + scale, indexMb, -1, -1, "MB");
    Clock::clearOverride();
    return model.lastError().ok() ? 0 : 1;
}
