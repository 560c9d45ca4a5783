// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/Database.h"

#include "models/store/CacheSchema.h"
#include "models/store/IntegrityCheck.h"
#include "models/store/Logging.h"
#include "models/store/Transaction.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QThread>
#include <QThreadStorage>

#include <atomic>

namespace pingjia {

struct Database::Shared {
    QString path;
    SchemaDefinition schema;
    quint64 id = 0;
    std::atomic<int> generation{0};
    std::atomic<bool> open{false};
};

namespace {
std::atomic<quint64> nextDatabaseId{1};

// The connections of one thread, keyed by Database id; deleted (and their QtSql
// connections removed) when the thread ends.
struct ThreadConnections {
    QHash<quint64, Connection *> byDatabase;
    ~ThreadConnections() { qDeleteAll(byDatabase); }
};
QThreadStorage<ThreadConnections *> threadConnections;

ThreadConnections &connectionsOfThisThread()
{
    if (!threadConnections.hasLocalData())
        threadConnections.setLocalData(new ThreadConnections);
    return *threadConnections.localData();
}
} // namespace

Database::Database(QString path, SchemaDefinition schema) : d(std::make_shared<Shared>())
{
    d->path = std::move(path);
    d->schema = std::move(schema);
    d->id = nextDatabaseId++;
}

Database::~Database()
{
    closeThisThread();
}

bool Database::isOpen() const
{
    return d->open;
}
const QString &Database::path() const
{
    return d->path;
}
const SchemaDefinition &Database::schema() const
{
    return d->schema;
}

Connection &Database::connection()
{
    ThreadConnections &mine = connectionsOfThisThread();
    Connection *c = mine.byDatabase.value(d->id);
    if (c && c->generation() != d->generation) {
        delete c;
        mine.byDatabase.remove(d->id);
        c = nullptr;
    }
    if (!c) {
        const int generation = d->generation;
        const QString name = QStringLiteral("pingjia-%1-%2-g%3-t%4")
                                 .arg(d->schema.role)
                                 .arg(d->id)
                                 .arg(generation)
                                 .arg(quintptr(QThread::currentThreadId()), 0, 16);
        c = new Connection(name, d->path, d->schema.role, generation);
        const StoreResult r = c->open();
        // The caller says it to the user; the log file keeps it (said once, not thrice).
        if (!r.ok())
            qCInfo(lcStore) << "opening" << d->path << "failed:" << r.message;
        mine.byDatabase.insert(d->id, c);
    }
    return *c;
}

void Database::closeThisThread()
{
    if (!threadConnections.hasLocalData())
        return;
    ThreadConnections &mine = *threadConnections.localData();
    delete mine.byDatabase.take(d->id);
}

void Database::invalidateConnections()
{
    d->open = false;
    closeThisThread();
    ++d->generation;
}

StoreResult Database::open()
{
    return openAtVersion(d->schema.version());
}

StoreResult Database::openAtVersion(int version)
{
    d->open = false;
    // Start from a fresh connection: a previous failed open may have left one behind.
    closeThisThread();
    const QFileInfo info(d->path);
    if (info.exists() && !info.isFile()) {
        return StoreResult::failure(StoreErrorKind::Io,
                                    tr("%1 is not a file; Pingjia cannot use it as its %2 file.")
                                        .arg(d->path, d->schema.role));
    }
    Connection &c = connection();
    StoreResult r = c.openStatus();
    if (r.ok())
        r = checkAndMigrate(c, version);
    if (r.ok() && version == d->schema.version())
        r = afterOpen(c);
    if (!r.ok()) {
        closeThisThread();
        if (r.kind == StoreErrorKind::Corrupt)
            r.message += QLatin1Char(' ') + corruptAdvice();
        return r;
    }
    d->open = true;
    return r;
}

int Database::fileVersion()
{
    return connection().scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

StoreResult Database::checkAndMigrate(Connection &c, int targetVersion)
{
    const SchemaDefinition &schema = d->schema;
    StoreResult r;
    const qint32 appId = c.scalar(QStringLiteral("PRAGMA application_id"), &r).toInt();
    if (!r.ok())
        return r;
    const int version = c.scalar(QStringLiteral("PRAGMA user_version"), &r).toInt();
    if (!r.ok())
        return r;
    const int objects = c.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"), &r).toInt();
    if (!r.ok())
        return r;
    const bool fresh = appId == 0 && version == 0 && objects == 0;
    if (!fresh && appId != schema.applicationId) {
        return StoreResult::failure(
            StoreErrorKind::WrongFile,
            tr("%1 is not a Pingjia %2 file (it is another SQLite database). Choose another "
               "file or folder.")
                .arg(d->path, schema.role));
    }
    if (version > schema.version()) {
        return StoreResult::failure(
            StoreErrorKind::NewerSchema,
            tr("The %1 file %2 was created by a newer Pingjia (schema %3 > %4). Install that "
               "version again, or use another folder.")
                .arg(schema.role, d->path)
                .arg(version)
                .arg(schema.version()));
    }
    if (!fresh) {
        // Catches truncated (and, reading every page, overwritten) pages before anything is
        // read or written. The cache grows with the province (1 GB: 20 s of reading before
        // the window could show): only a file cut short is caught here, and the window
        // reads it whole with checkIntegrity() (IntegrityCheck.h) on a worker thread.
        r = schema.applicationId == kCacheApplicationId ? checkFileLength(d->path, schema.role)
                                                        : checkEveryPage(c, d->path, schema.role);
        if (!r.ok())
            return r;
    }
    for (int v = version; v < targetVersion; ++v) {
        const Migration &m = schema.migrations.at(v);
        qCInfo(lcStore) << "migrating" << schema.role << "to schema" << v + 1 << ":"
                        << m.description;
        Transaction t(c);
        if (!t.isActive())
            return t.status();
        r = m.apply(c);
        if (r.ok())
            r = c.exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1));
        if (r.ok() && v == 0)
            r = c.exec(QStringLiteral("PRAGMA application_id = %1").arg(schema.applicationId));
        if (r.ok())
            r = t.commit();
        if (!r.ok()) {
            r.message = tr("Updating the %1 file to schema %2 failed; it is unchanged. %3")
                            .arg(schema.role)
                            .arg(v + 1)
                            .arg(r.message);
            return r;
        }
    }
    return {};
}

} // namespace pingjia
