// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncTestSupport.h"

#include "SimHttp.h"
#include "models/store/CacheReader.h"
#include "models/store/ContentChecksum.h"
#include "models/sync/PageParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <csignal>

namespace pingjia::test {

TestHome::TestHome(const QString &path) : m_path(path.isEmpty() ? m_dir.path() : path)
{
}

QString TestHome::cacheFile() const
{
    return QDir(m_path).filePath(QString::fromLatin1(CacheDatabase::kFileName));
}

QString TestHome::localWorkFile() const
{
    return QDir(m_path).filePath(QString::fromLatin1(LocalWorkDatabase::kFileName));
}

bool TestHome::open(QString *error)
{
    QDir().mkpath(m_path);
    m_cache = std::make_unique<CacheDatabase>(cacheFile());
    m_localWork = std::make_unique<LocalWorkDatabase>(localWorkFile());
    m_cipher = std::make_unique<PersonalDataCipher>(m_secrets);
    StoreResult r = m_cache->open();
    if (r.ok())
        r = m_localWork->open();
    if (!r.ok())
        *error = r.message;
    return r.ok();
}

SyncOptions fastOptions(int pageLimit)
{
    SyncOptions o;
    o.client.retry.baseDelayMs = 20;
    o.client.retry.maxDelayMs = 200;
    o.client.transferTimeoutMs = 30000;
    o.pageLimit = pageLimit;
    return o;
}

namespace {

std::optional<CacheList> listFromName(const QString &name)
{
    for (CacheList l : kSyncedLists) {
        if (listName(l) == name)
            return l;
    }
    return std::nullopt;
}

template <typename Record> QString checksumOf(const QList<Record> &records)
{
    return ContentChecksum::of(records);
}

} // namespace

bool fetchDump(const QUrl &base, CodeSet codes, Dump *out, QString *error)
{
    SimHttp http(base);
    const QByteArray bytes = http.dumpBytes();
    if (bytes.isEmpty()) {
        *error = QStringLiteral("empty dump");
        return false;
    }
    std::array<QJsonArray, 6> items;
    for (const QByteArray &line : bytes.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const auto list = listFromName(o.value(QLatin1String("list")).toString());
        if (!list) {
            *error =
                QStringLiteral("dump line of unknown list: ") + QString::fromUtf8(line.left(80));
            return false;
        }
        const QJsonObject item = o.value(QLatin1String("item")).toObject();
        items[std::size_t(*list)].append(item);
        if (*list == CacheList::BadReviews)
            out->badReviews.insert(item.value(QLatin1String("evalId")).toString(), item);
    }
    PageParser parser(codes, ChannelTable::forCodeSet(codes));
    for (CacheList list : kSyncedLists) {
        const QByteArray page =
            QJsonDocument(QJsonObject{{QStringLiteral("items"), items[std::size_t(list)]},
                                      {QStringLiteral("nextCursor"), QString()},
                                      {QStringLiteral("hasMore"), false}})
                .toJson(QJsonDocument::Compact);
        ParsedPage parsed;
        if (!parser.parse(list, page, &parsed, error))
            return false;
        out->skipped += int(parsed.skippedCount());
        QString sum;
        switch (list) {
        case CacheList::Orgs:
            sum = checksumOf(parsed.orgs);
            break;
        case CacheList::Staff:
            sum = checksumOf(parsed.staff);
            break;
        case CacheList::Items:
            sum = checksumOf(parsed.items);
            break;
        case CacheList::Cases:
            sum = checksumOf(parsed.cases);
            break;
        case CacheList::Evaluations:
            sum = checksumOf(parsed.evaluations);
            break;
        case CacheList::BadReviews:
            sum = checksumOf(parsed.badReviews);
            break;
        }
        out->summaries[std::size_t(list)] = {parsed.recordCount(), sum};
    }
    return true;
}

Summaries cacheSummaries(CacheDatabase &cache, QString *error)
{
    Summaries s{};
    CacheReader reader(cache);
    for (CacheList list : kSyncedLists) {
        StoreResult r;
        s[std::size_t(list)] = reader.summary(list, &r);
        if (!r.ok() && error)
            *error = r.message;
    }
    return s;
}

QString compare(const Summaries &cache, const Summaries &platform)
{
    QStringList diffs;
    for (CacheList list : kSyncedLists) {
        const TableSummary &a = cache[std::size_t(list)];
        const TableSummary &b = platform[std::size_t(list)];
        if (a.count != b.count || a.checksum != b.checksum)
            diffs.append(QStringLiteral("%1: cache %2 %3 vs platform %4 %5")
                             .arg(listName(list))
                             .arg(a.count)
                             .arg(a.checksum.left(12))
                             .arg(b.count)
                             .arg(b.checksum.left(12)));
    }
    return diffs.join(QStringLiteral("; "));
}

QJsonObject advance(const QUrl &base, double hours)
{
    SimHttp http(base);
    return http.postJson(QStringLiteral("/sim/advance"), {{QStringLiteral("hours"), hours}})
        .json()
        .value(QLatin1String("counts"))
        .toObject();
}

QString syncRunnerProgram()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("sync-runner"));
}

QStringList runnerArguments(const QString &home, const QUrl &url, const QStringList &more)
{
    return QStringList{QStringLiteral("--home"),     home,
                       QStringLiteral("--url"),      url.toString(),
                       QStringLiteral("--user"),     QStringLiteral("demo"),
                       QStringLiteral("--password"), QStringLiteral("demo")} +
           more;
}

RunnerRun runSyncRunner(const QStringList &arguments, const KillCondition &killNow)
{
    RunnerRun run;
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.setProgram(syncRunnerProgram());
    p.setArguments(arguments);
    p.start();
    if (!p.waitForStarted(30000))
        return run;
    QByteArray pending;
    while (p.state() != QProcess::NotRunning) {
        p.waitForReadyRead(50);
        // processId() is 0 once the child is gone: kill(0) would hit our own group.
        if (!run.killed && killNow && p.processId() > 0 &&
            killNow(QString(), run.progressLines, p.processId())) {
            ::kill(pid_t(p.processId()), SIGKILL);
            run.killed = true;
        }
        pending += p.readAllStandardOutput();
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(nl));
            pending.remove(0, nl + 1);
            run.lines.append(line);
            if (line.startsWith(QLatin1String("progress ")))
                ++run.progressLines;
            if (!run.killed && killNow && p.processId() > 0 &&
                killNow(line, run.progressLines, p.processId())) {
                ::kill(pid_t(p.processId()), SIGKILL);
                run.killed = true;
            }
        }
        p.readAllStandardError(); // the log: not needed, do not let the pipe fill
    }
    p.waitForFinished(60000);
    pending += p.readAllStandardOutput();
    for (const QByteArray &line : pending.split('\n')) {
        if (!line.isEmpty())
            run.lines.append(QString::fromUtf8(line));
    }
    run.exitCode = p.exitStatus() == QProcess::CrashExit ? -9 : p.exitCode();
    // On a loaded machine the runner may finish before the signal lands: not a kill.
    run.killed = run.killed && p.exitStatus() == QProcess::CrashExit;
    return run;
}

} // namespace pingjia::test
