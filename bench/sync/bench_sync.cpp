// SPDX-License-Identifier: GPL-3.0-or-later
// Initial sync at province scale against the same rows inserted the fastest way SQLite
// allows, in the same run:
//   1. the simulator (--scale bench: ≥ 1,000,000 evaluations and their cases) on
//      loopback, a first full sync through SyncSession into an empty cache;
//   2. every row that sync stored, read into memory, then inserted with raw sqlite3
//      prepared statements in one transaction into a fresh file with the same schema,
//      indexes and triggers (the store's own migrations made it).
// Prints both times, their ratio (target ≤ 2.5), records/s, the peak memory (VmHWM) of
// this process after the sync, and the cache's size on disk.
//   bench_sync [--scale bench|N] [--page-limit 5000] [--dir DIR] [--keep] [--no-cipher]
#include "models/secrets/InMemorySecretStore.h"
#include "models/secrets/PersonalDataCipher.h"
#include "models/store/CacheDatabase.h"
#include "models/store/CommentSearch.h"
#include "models/store/LocalWorkDatabase.h"
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

#include <cstdio>
#include <string>
#include <variant>
#include <vector>

using namespace pingjia;

namespace {

constexpr double kTargetRatio = 2.5;

const char *const kTables[] = {"org_units", "staff",       "service_items",
                               "cases",     "evaluations", "bad_reviews"};

using Value = std::variant<std::monostate, sqlite3_int64, double, std::string, std::vector<char>>;
struct Table {
    std::string name;
    std::vector<std::string> columns;
    std::vector<std::vector<Value>> rows;
};

qint64 peakMemoryKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

qint64 filesSize(const QString &path)
{
    qint64 total = 0;
    for (const char *suffix : {"", "-wal", "-shm"})
        total += QFileInfo(path + QLatin1String(suffix)).size();
    return total;
}

bool fail(const char *what, sqlite3 *db)
{
    std::fprintf(stderr, "%s: %s\n", what, db ? sqlite3_errmsg(db) : "no database");
    return false;
}

bool readTable(sqlite3 *db, const char *name, Table *out)
{
    out->name = name;
    sqlite3_stmt *s = nullptr;
    const std::string sql = std::string("SELECT * FROM ") + name;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr) != SQLITE_OK)
        return fail("read", db);
    const int n = sqlite3_column_count(s);
    for (int i = 0; i < n; ++i)
        out->columns.emplace_back(sqlite3_column_name(s, i));
    while (sqlite3_step(s) == SQLITE_ROW) {
        std::vector<Value> row(static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i) {
            switch (sqlite3_column_type(s, i)) {
            case SQLITE_INTEGER:
                row[std::size_t(i)] = sqlite3_column_int64(s, i);
                break;
            case SQLITE_FLOAT:
                row[std::size_t(i)] = sqlite3_column_double(s, i);
                break;
            case SQLITE_TEXT:
                row[std::size_t(i)] =
                    std::string(reinterpret_cast<const char *>(sqlite3_column_text(s, i)),
                                std::size_t(sqlite3_column_bytes(s, i)));
                break;
            case SQLITE_BLOB: {
                const char *p = static_cast<const char *>(sqlite3_column_blob(s, i));
                row[std::size_t(i)] = std::vector<char>(p, p + sqlite3_column_bytes(s, i));
                break;
            }
            default:
                break;
            }
        }
        out->rows.push_back(std::move(row));
    }
    sqlite3_finalize(s);
    return true;
}

// The reference: prepared INSERTs on the raw handle, one transaction, nothing else.
bool insertAll(sqlite3 *db, const std::vector<Table> &tables)
{
    if (sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail("begin", db);
    for (const Table &t : tables) {
        std::string sql = "INSERT INTO " + t.name + " (";
        std::string marks;
        for (std::size_t i = 0; i < t.columns.size(); ++i) {
            sql += (i ? ", " : "") + t.columns[i];
            marks += i ? ", ?" : "?";
        }
        sql += ") VALUES (" + marks + ")";
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v3(db, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &s, nullptr) !=
            SQLITE_OK)
            return fail("prepare", db);
        for (const std::vector<Value> &row : t.rows) {
            for (std::size_t i = 0; i < row.size(); ++i) {
                const int k = int(i) + 1;
                const Value &v = row[i];
                if (const auto *n = std::get_if<sqlite3_int64>(&v))
                    sqlite3_bind_int64(s, k, *n);
                else if (const auto *d = std::get_if<double>(&v))
                    sqlite3_bind_double(s, k, *d);
                else if (const auto *text = std::get_if<std::string>(&v))
                    sqlite3_bind_text(s, k, text->data(), int(text->size()), SQLITE_STATIC);
                else if (const auto *blob = std::get_if<std::vector<char>>(&v))
                    sqlite3_bind_blob(s, k, blob->data(), int(blob->size()), SQLITE_STATIC);
                else
                    sqlite3_bind_null(s, k);
            }
            if (sqlite3_step(s) != SQLITE_DONE)
                return fail("insert", db);
            sqlite3_reset(s);
        }
        sqlite3_finalize(s);
    }
    if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail("commit", db);
    return true;
}

sqlite3 *openRaw(const QString &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) !=
        SQLITE_OK) {
        fail("open", db);
        sqlite3_close(db);
        return nullptr;
    }
    // As the store configures its connections.
    sqlite3_exec(db,
                 "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                 "PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536",
                 nullptr, nullptr, nullptr);
    registerCommentSearchFunctions(db); // the evaluations' comment-search triggers need it
    return db;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("Initial sync vs raw SQLite inserts"));
    cli.addHelpOption();
    const QCommandLineOption scale(QStringLiteral("scale"), QStringLiteral("simulator scale"),
                                   QStringLiteral("S"), QStringLiteral("bench"));
    const QCommandLineOption limit(QStringLiteral("page-limit"), QStringLiteral("page size"),
                                   QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("work folder"),
                                       QStringLiteral("DIR"));
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("keep the files"));
    const QCommandLineOption noCipher(
        QStringLiteral("no-cipher"),
        QStringLiteral("store personal data masked only (as without a keychain), to see "
                       "what the encryption costs"));
    cli.addOptions({scale, limit, dirOption, keep, noCipher});
    cli.process(app);

    QTemporaryDir temp(cli.isSet(dirOption) ? cli.value(dirOption) + QStringLiteral("/bench-XXXXXX")
                                            : QString());
    temp.setAutoRemove(!cli.isSet(keep));
    const QDir dir(temp.path());
    std::printf("work folder: %s\n", qPrintable(dir.path()));

    SimLauncher sim;
    QElapsedTimer clock;
    clock.start();
    if (!sim.start(SimLauncher::defaultProgram(),
                   {QStringLiteral("--scale"), cli.value(scale), QStringLiteral("--port"),
                    QStringLiteral("0")},
                   1800000)) {
        std::fprintf(stderr, "simulator: %s\n", qPrintable(sim.errorString()));
        return 2;
    }
    std::printf("simulator ready in %.1f s (--scale %s)\n", double(clock.elapsed()) / 1000,
                qPrintable(cli.value(scale)));

    // 1. The sync.
    const QString cachePath = dir.filePath(QStringLiteral("cache.sqlite"));
    double syncSeconds = 0;
    qint64 records = 0;
    qint64 peakKb = 0;
    {
        CacheDatabase cache(cachePath);
        LocalWorkDatabase localWork(dir.filePath(QStringLiteral("localwork.sqlite")));
        if (!cache.open().ok() || !localWork.open().ok()) {
            std::fprintf(stderr, "cannot create the cache\n");
            return 2;
        }
        InMemorySecretStore secrets;
        PersonalDataCipher cipher(secrets);
        SyncOptions options;
        options.pageLimit = cli.value(limit).toInt();
        SyncSession session({sim.baseUrl().toString(), QStringLiteral("demo"), {}}, cache,
                            localWork, secrets, cli.isSet(noCipher) ? nullptr : &cipher, options);
        if (const SyncError e = session.signIn(QStringLiteral("demo")); !e.ok()) {
            std::fprintf(stderr, "sign-in: %s\n", qPrintable(e.message));
            return 2;
        }
        clock.restart();
        const SyncResult r = session.sync();
        syncSeconds = double(clock.elapsed()) / 1000;
        if (!r.ok()) {
            std::fprintf(stderr, "sync: %s\n", qPrintable(r.error.message));
            return 2;
        }
        records = r.progress.totalFetched();
        peakKb = peakMemoryKb();
        for (CacheList list : kSyncedLists)
            std::printf("  %-12s %10lld records\n", qPrintable(listName(list)),
                        r.progress.of(list).fetched);
        cache.closeThisThread();
        localWork.closeThisThread();
    }
    sim.stop();
    const qint64 cacheBytes = filesSize(cachePath);

    // 2. The same rows from memory, raw.
    std::vector<Table> tables;
    {
        sqlite3 *db = openRaw(cachePath);
        if (!db)
            return 2;
        for (const char *t : kTables) {
            tables.emplace_back();
            if (!readTable(db, t, &tables.back()))
                return 2;
        }
        sqlite3_close(db);
    }
    const QString referencePath = dir.filePath(QStringLiteral("reference.sqlite"));
    {
        CacheDatabase reference(referencePath); // the same migrations: schema, indexes, triggers
        if (!reference.open().ok())
            return 2;
        reference.closeThisThread();
    }
    sqlite3 *db = openRaw(referencePath);
    if (!db)
        return 2;
    clock.restart();
    if (!insertAll(db, tables))
        return 2;
    const double rawSeconds = double(clock.elapsed()) / 1000;
    sqlite3_close(db);
    qint64 rawRows = 0;
    for (const Table &t : tables)
        rawRows += qint64(t.rows.size());

    const double ratio = rawSeconds > 0 ? syncSeconds / rawSeconds : 0;
    std::printf("initial sync:        %8.2f s  %10lld records  %9.0f records/s\n", syncSeconds,
                records, double(records) / syncSeconds);
    std::printf("raw sqlite3 inserts: %8.2f s  %10lld rows     %9.0f rows/s\n", rawSeconds, rawRows,
                double(rawRows) / rawSeconds);
    std::printf("ratio sync/raw:      %8.2f    (target <= %.1f: %s)\n", ratio, kTargetRatio,
                ratio <= kTargetRatio ? "met" : "NOT met");
    std::printf("peak memory (VmHWM): %8.1f MB (this process, after the sync)\n",
                double(peakKb) / 1024);
    std::printf("cache on disk:       %8.1f MB (with -wal)\n",
                double(cacheBytes) / (1024.0 * 1024.0));
    return 0;
}
