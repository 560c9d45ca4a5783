// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One thread's connection to one database file (QtSql connections must not cross
// threads). Owns the prepared statements of that thread, reused across calls: SQLite
// parses each statement once per connection, not once per row.

#include "models/store/StoreResult.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

struct sqlite3;

namespace pingjia {

class SqliteStatement;

class Connection {
    Q_DECLARE_TR_FUNCTIONS(Connection)
public:
    Connection(QString connectionName, QString path, QString role, int generation);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    StoreResult open();
    bool isOpen() const { return m_openStatus.ok() && m_db.isOpen(); }
    const StoreResult &openStatus() const { return m_openStatus; }
    QSqlDatabase &database() { return m_db; }
    const QString &role() const { return m_role; }
    const QString &path() const { return m_path; }
    int generation() const { return m_generation; }
    bool usesWal() const { return m_wal; }

    // The statement prepared once for this connection under `key`; nullptr with `error`
    // set when it does not prepare. Bind and exec it; it stays valid until close().
    QSqlQuery *prepared(const char *key, const QString &sql, StoreResult *error = nullptr);
    // prepared(key, sql), `values` bound in order, run once; a failure names `what`.
    // `ran`, when given, is the statement just run (lastInsertId, numRowsAffected).
    StoreResult execPrepared(const char *key, const QString &sql, const QVariantList &values,
                             const QString &what, QSqlQuery **ran = nullptr);

    // The same for the bulk paths, on the raw handle (SqliteStatement.h).
    SqliteStatement *rawStatement(const char *key, const QString &sql,
                                  StoreResult *error = nullptr);

    // Runs a statement that needs no parameters.
    StoreResult exec(const QString &sql);
    // A one-row, one-column answer (PRAGMAs, counts).
    QVariant scalar(const QString &sql, StoreResult *error = nullptr);

    // Maps a failed statement to a StoreResult, recognising corruption and locks.
    StoreResult failure(const QSqlError &error, const QString &what) const;
    StoreResult failure(int sqliteCode, const QString &detail, const QString &what) const;

    // Nesting depth of Transaction objects on this connection (SAVEPOINTs inside).
    int &transactionDepth() { return m_transactionDepth; }

    void close();

private:
    StoreResult openAndConfigure();
    sqlite3 *nativeHandle();

    QString m_name;
    QString m_path;
    QString m_role;
    int m_generation;
    bool m_wal = false;
    StoreResult m_openStatus = StoreResult::failure(StoreErrorKind::Io, QStringLiteral("not open"));
    int m_transactionDepth = 0;
    QSqlDatabase m_db;
    QHash<QByteArray, std::shared_ptr<QSqlQuery>> m_statements;
    QHash<QByteArray, std::shared_ptr<SqliteStatement>> m_rawStatements;
};

// True for SQLite's "not a database" and "malformed" answers.
bool isCorruptionError(const QSqlError &error);

} // namespace pingjia
