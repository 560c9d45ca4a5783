// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/Connection.h"

#include "models/store/CommentSearch.h"
#include "models/store/Logging.h"
#include "models/store/SqliteStatement.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace pingjia {

namespace {
// A reader waits this long for the writer instead of failing at once; the writer's
// transactions are one page each, well under a second.
constexpr auto kBusyTimeoutOption = "QSQLITE_BUSY_TIMEOUT=10000";
} // namespace

bool isCorruptionError(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("11") || code == QLatin1String("26") ||
           error.databaseText().contains(QLatin1String("malformed")) ||
           error.databaseText().contains(QLatin1String("not a database"));
}

Connection::Connection(QString connectionName, QString path, QString role, int generation)
    : m_name(std::move(connectionName)), m_path(std::move(path)), m_role(std::move(role)),
      m_generation(generation)
{
}

Connection::~Connection()
{
    close();
}

void Connection::close()
{
    m_statements.clear();
    m_rawStatements.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
}

StoreResult Connection::open()
{
    m_openStatus = openAndConfigure();
    return m_openStatus;
}

StoreResult Connection::openAndConfigure()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QString::fromLatin1(kBusyTimeoutOption));
    if (!m_db.open()) {
        return StoreResult::failure(
            StoreErrorKind::Io,
            tr("Cannot open the %1 file %2: %3").arg(m_role, m_path, m_db.lastError().text()));
    }
    // WAL lets the GUI read while the sync thread writes. Some filesystems (network
    // shares) cannot do WAL; then the classic rollback journal with full syncs.
    const QString wanted =
        qEnvironmentVariable("PINGJIA_SQLITE_JOURNAL_MODE", QStringLiteral("WAL")).toUpper();
    StoreResult error;
    const QString mode =
        scalar(QStringLiteral("PRAGMA journal_mode=%1").arg(wanted), &error).toString().toUpper();
    if (!error.ok())
        return error;
    m_wal = mode == QLatin1String("WAL");
    if (!m_wal && wanted == QLatin1String("WAL")) {
        qCWarning(lcStore) << m_role << "file" << m_path
                           << "cannot use WAL; falling back to the rollback journal";
        scalar(QStringLiteral("PRAGMA journal_mode=DELETE"), &error);
        if (!error.ok())
            return error;
    }
    const QStringList pragmas = {
        m_wal ? QStringLiteral("PRAGMA synchronous=NORMAL")
              : QStringLiteral("PRAGMA synchronous=FULL"),
        // Synced lists arrive in any order (PLATFORM_API.md): no foreign keys.
        QStringLiteral("PRAGMA foreign_keys=OFF"),
        QStringLiteral("PRAGMA temp_store=MEMORY"),
        QStringLiteral("PRAGMA cache_size=-65536"),
    };
    for (const QString &pragma : pragmas) {
        StoreResult r = exec(pragma);
        if (!r.ok())
            return r;
    }
    if (sqlite3 *handle = nativeHandle()) {
        registerCommentSearchFunctions(handle);
    } else {
        return StoreResult::failure(StoreErrorKind::Sql,
                                    tr("The SQLite driver does not expose its handle."));
    }
    return {};
}

sqlite3 *Connection::nativeHandle()
{
    const QVariant v = m_db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

QSqlQuery *Connection::prepared(const char *key, const QString &sql, StoreResult *error)
{
    const QByteArray k = QByteArray::fromRawData(key, qstrlen(key));
    auto it = m_statements.find(k);
    if (it != m_statements.end())
        return it->get();
    auto query = std::make_shared<QSqlQuery>(m_db);
    // Bulk pulls read rows once, in order: no need for Qt to cache them for seeking.
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        if (error)
            *error = failure(query->lastError(), QString::fromLatin1(key));
        return nullptr;
    }
    m_statements.insert(QByteArray(key), query);
    return query.get();
}

StoreResult Connection::execPrepared(const char *key, const QString &sql,
                                     const QVariantList &values, const QString &what,
                                     QSqlQuery **ran)
{
    StoreResult r;
    QSqlQuery *q = prepared(key, sql, &r);
    if (!q)
        return r;
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values.at(i));
    if (!q->exec())
        return failure(q->lastError(), what);
    if (ran)
        *ran = q;
    return {};
}

SqliteStatement *Connection::rawStatement(const char *key, const QString &sql, StoreResult *error)
{
    const QByteArray k = QByteArray::fromRawData(key, qstrlen(key));
    auto it = m_rawStatements.find(k);
    if (it != m_rawStatements.end())
        return it->get();
    sqlite3 *handle = nativeHandle();
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (!handle ||
        sqlite3_prepare_v3(handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                           &statement, nullptr) != SQLITE_OK) {
        if (error)
            *error = failure(handle ? sqlite3_errcode(handle) : SQLITE_MISUSE,
                             handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString(),
                             QString::fromLatin1(key));
        sqlite3_finalize(statement);
        return nullptr;
    }
    auto raw = std::make_shared<SqliteStatement>(handle, statement);
    m_rawStatements.insert(QByteArray(key), raw);
    return raw.get();
}

StoreResult Connection::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return failure(q.lastError(), sql.left(60));
    return {};
}

QVariant Connection::scalar(const QString &sql, StoreResult *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        if (error)
            *error = failure(q.lastError(), sql.left(60));
        return {};
    }
    if (error)
        *error = {};
    return q.next() ? q.value(0) : QVariant();
}

StoreResult Connection::failure(const QSqlError &error, const QString &what) const
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const int code =
        isCorruptionError(error) ? SQLITE_CORRUPT : (error.nativeErrorCode().toInt() & 0xff);
    return failure(code, detail, what);
}

StoreResult Connection::failure(int sqliteCode, const QString &detail, const QString &what) const
{
    // Info, not warning: the StoreResult reaches the user through its caller, once.
    qCInfo(lcStore) << m_role << what << "failed:" << detail;
    if (sqliteCode == SQLITE_CORRUPT || sqliteCode == SQLITE_NOTADB) {
        return StoreResult::failure(
            StoreErrorKind::Corrupt,
            tr("The %1 file %2 is damaged (%3).").arg(m_role, m_path, detail));
    }
    if (sqliteCode == SQLITE_BUSY || sqliteCode == SQLITE_LOCKED) {
        return StoreResult::failure(
            StoreErrorKind::Busy,
            tr("The %1 file %2 is busy: another program or Pingjia window is writing to it (%3).")
                .arg(m_role, m_path, detail));
    }
    return StoreResult::failure(
        StoreErrorKind::Sql,
        tr("A database operation on the %1 file failed (%2: %3).").arg(m_role, what, detail));
}

} // namespace pingjia
