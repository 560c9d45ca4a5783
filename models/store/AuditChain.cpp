// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/AuditChain.h"

#include "models/store/Connection.h"
#include "models/store/StoredTime.h"
#include "models/store/Transaction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace pingjia {

namespace {

const QString kKeyed = QStringLiteral("h1:");
const QString kUnkeyed = QStringLiteral("s1:");

// The sealed columns, in a fixed order; id first (a renumbered row breaks), the time
// second (AuditBreak names it).
QString sealedColumns(AuditLogTable table)
{
    return table == AuditLogTable::Audit
               ? QStringLiteral("id, at, actor, event, eval_id, action_id, detail")
               : QStringLiteral("id, at, actor, eval_id, fields, reason");
}
int sealedCount(AuditLogTable table)
{
    return table == AuditLogTable::Audit ? 7 : 6;
}

// The row as the text the seal covers: a JSON array of the stored values (NULL kept
// apart from an empty text), so no separator inside a value can shift another.
QByteArray rowText(const QSqlQuery &q, AuditLogTable table)
{
    QJsonArray values;
    for (int i = 0; i < sealedCount(table); ++i) {
        const QVariant v = q.value(i);
        values.append(v.isNull() ? QJsonValue() : QJsonValue(v.toString()));
    }
    return QJsonDocument(values).toJson(QJsonDocument::Compact);
}

QString digest(const QByteArray &key, const QByteArray &data)
{
    if (key.isEmpty())
        return kUnkeyed + QString::fromLatin1(
                              QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    return kKeyed +
           QString::fromLatin1(
               QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256).toHex());
}

QString rowSeal(const QByteArray &key, AuditLogTable table, const QString &previous,
                const QByteArray &row)
{
    return digest(key,
                  AuditChain::tableName(table).toUtf8() + '\n' + previous.toLatin1() + '\n' + row);
}

QString headSeal(const QByteArray &key, AuditLogTable table, qint64 lastId, const QString &lastSeal)
{
    return digest(key, "head\n" + AuditChain::tableName(table).toUtf8() + '\n' +
                           QByteArray::number(lastId) + '\n' + lastSeal.toLatin1());
}

bool isKeyed(const QString &seal)
{
    return seal.startsWith(kKeyed);
}

struct Head {
    qint64 lastId = 0;
    QString lastSeal;
    QString seal;
};

std::optional<Head> readHead(Connection &c, AuditLogTable table, StoreResult *error)
{
    QSqlQuery q(c.database());
    q.prepare(QStringLiteral("SELECT last_id, last_seal, seal FROM audit_chain WHERE name = ?"));
    q.addBindValue(AuditChain::tableName(table));
    if (!q.exec()) {
        *error = c.failure(q.lastError(), QStringLiteral("audit chain head"));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return Head{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
}

StoreResult writeHead(Connection &c, AuditLogTable table, qint64 lastId, const QString &lastSeal,
                      const QByteArray &key)
{
    QSqlQuery q(c.database());
    q.prepare(QStringLiteral(
        "INSERT INTO audit_chain (name, last_id, last_seal, seal) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (name) DO UPDATE SET last_id = excluded.last_id, "
        "last_seal = excluded.last_seal, seal = excluded.seal"));
    q.addBindValue(AuditChain::tableName(table));
    q.addBindValue(lastId);
    q.addBindValue(lastSeal.isEmpty() ? QStringLiteral("") : lastSeal); // never NULL
    q.addBindValue(headSeal(key, table, lastId, lastSeal));
    if (!q.exec())
        return c.failure(q.lastError(), QStringLiteral("audit chain head"));
    return {};
}

StoreResult storeSeal(Connection &c, AuditLogTable table, qint64 id, const QString &seal)
{
    QSqlQuery q(c.database());
    q.prepare(QStringLiteral("UPDATE %1 SET chain_seal = ? WHERE id = ?")
                  .arg(AuditChain::tableName(table)));
    q.addBindValue(seal);
    q.addBindValue(id);
    if (!q.exec())
        return c.failure(q.lastError(), QStringLiteral("audit seal"));
    return {};
}

// Walks one log; the first problem found ends the walk.
class LogWalk {
public:
    LogWalk(Connection &c, AuditLogTable table, const QByteArray &key)
        : m_c(c), m_table(table), m_key(key)
    {
    }

    std::optional<AuditBreak> run(StoreResult *error, qint64 *rows);

private:
    std::optional<QString> checkRow(qint64 id, const QString &stored, const QByteArray &row);
    std::optional<AuditBreak> checkHead(StoreResult *error);
    AuditBreak broken(qint64 id, const QDateTime &at, const QString &problem) const
    {
        return {m_table, id, at, problem};
    }

    Connection &m_c;
    AuditLogTable m_table;
    QByteArray m_key;
    qint64 m_previousId = 0;
    QString m_previousSeal;
    bool m_sawKeyed = false;
};

std::optional<QString> LogWalk::checkRow(qint64 id, const QString &stored, const QByteArray &row)
{
    if (id != m_previousId + 1) {
        return m_previousId + 1 == id - 1
                   ? AuditChain::tr("row %1 before it is missing (deleted)").arg(m_previousId + 1)
                   : AuditChain::tr("rows %1 to %2 before it are missing (deleted)")
                         .arg(m_previousId + 1)
                         .arg(id - 1);
    }
    if (stored.isEmpty())
        return AuditChain::tr("it has no seal: it was added outside Pingjia");
    if (isKeyed(stored)) {
        if (m_key.isEmpty())
            return AuditChain::tr("it is sealed with this profile's keychain key, which is not "
                                  "available here, so it cannot be checked");
        m_sawKeyed = true;
    } else if (m_sawKeyed) {
        return AuditChain::tr("it is not sealed with the keychain key although earlier rows "
                              "are: it was added or rewritten outside Pingjia");
    }
    const QByteArray key = isKeyed(stored) ? m_key : QByteArray();
    if (stored != rowSeal(key, m_table, m_previousSeal, row))
        return AuditChain::tr("its content, or a row before it, was changed after it was written");
    return std::nullopt;
}

std::optional<AuditBreak> LogWalk::run(StoreResult *error, qint64 *rows)
{
    QSqlQuery q(m_c.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1, chain_seal FROM %2 ORDER BY id")
                    .arg(sealedColumns(m_table), AuditChain::tableName(m_table)))) {
        *error = m_c.failure(q.lastError(), QStringLiteral("verify audit chain"));
        return std::nullopt;
    }
    const int sealColumn = sealedCount(m_table);
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString stored = q.value(sealColumn).toString();
        if (auto problem = checkRow(id, stored, rowText(q, m_table)))
            return broken(id, StoredTime::fromSql(q.value(1)), *problem);
        m_previousId = id;
        m_previousSeal = stored;
        ++*rows;
    }
    return checkHead(error);
}

std::optional<AuditBreak> LogWalk::checkHead(StoreResult *error)
{
    const std::optional<Head> head = readHead(m_c, m_table, error);
    if (!error->ok())
        return std::nullopt;
    if (!head)
        return broken(0, {}, AuditChain::tr("the log's head seal is missing"));
    if (isKeyed(head->seal) && m_key.isEmpty())
        return broken(0, {},
                      AuditChain::tr("the log is sealed with this profile's keychain key, which "
                                     "is not available here, so it cannot be checked"));
    if (!isKeyed(head->seal) && !m_key.isEmpty())
        return broken(0, {},
                      AuditChain::tr("the log's head is not sealed with this profile's keychain "
                                     "key: the log was rewritten outside Pingjia"));
    const QByteArray key = isKeyed(head->seal) ? m_key : QByteArray();
    if (head->seal != headSeal(key, m_table, head->lastId, head->lastSeal))
        return broken(0, {}, AuditChain::tr("the log's head seal was changed outside Pingjia"));
    if (head->lastId > m_previousId) {
        return broken(m_previousId + 1, {},
                      AuditChain::tr("rows %1 to %2 at the end of the log are missing (deleted)")
                          .arg(m_previousId + 1)
                          .arg(head->lastId));
    }
    if (head->lastId < m_previousId) {
        return broken(head->lastId + 1, {},
                      AuditChain::tr("it was added after the last row Pingjia wrote"));
    }
    if (head->lastSeal != m_previousSeal)
        return broken(m_previousId, {}, AuditChain::tr("the last row was replaced"));
    return std::nullopt;
}

} // namespace

QString AuditChain::tableName(AuditLogTable table)
{
    return table == AuditLogTable::Audit ? QStringLiteral("audit_log")
                                         : QStringLiteral("reveal_log");
}

QString AuditChain::displayName(AuditLogTable table)
{
    return table == AuditLogTable::Audit ? tr("audit log") : tr("reveal log");
}

QString AuditChain::describe(const AuditBreak &b)
{
    const QString log = displayName(b.table);
    if (b.rowId == 0)
        return tr("The %1 is broken: %2.").arg(log, b.problem);
    if (!b.at.isValid())
        return tr("The %1 is broken at row %2: %3.").arg(log).arg(b.rowId).arg(b.problem);
    return tr("The %1 is broken at row %2 (written %3): %4.")
        .arg(log)
        .arg(b.rowId)
        .arg(b.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), b.problem);
}

StoreResult AuditChain::seal(Connection &c, AuditLogTable table, qint64 id, const QByteArray &key)
{
    StoreResult r;
    const std::optional<Head> head = readHead(c, table, &r);
    if (!r.ok())
        return r;
    QSqlQuery q(c.database());
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                  .arg(sealedColumns(table), tableName(table)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return c.failure(q.lastError(), QStringLiteral("audit seal"));
    const QString seal = rowSeal(key, table, head ? head->lastSeal : QString(), rowText(q, table));
    q.finish();
    r = storeSeal(c, table, id, seal);
    return r.ok() ? writeHead(c, table, id, seal, key) : r;
}

StoreResult AuditChain::sealExisting(Connection &c)
{
    for (AuditLogTable table : {AuditLogTable::Audit, AuditLogTable::Reveal}) {
        QSqlQuery q(c.database());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY id")
                        .arg(sealedColumns(table), tableName(table))))
            return c.failure(q.lastError(), QStringLiteral("seal existing audit rows"));
        QList<std::pair<qint64, QString>> seals;
        QString previous;
        while (q.next()) {
            previous = rowSeal({}, table, previous, rowText(q, table));
            seals.append({q.value(0).toLongLong(), previous});
        }
        q.finish();
        for (const auto &[id, seal] : std::as_const(seals)) {
            if (StoreResult r = storeSeal(c, table, id, seal); !r.ok())
                return r;
        }
        StoreResult r = writeHead(c, table, seals.isEmpty() ? 0 : seals.last().first, previous, {});
        if (!r.ok())
            return r;
    }
    return {};
}

StoreResult AuditChain::sealHeads(Connection &c, const QByteArray &key)
{
    for (AuditLogTable table : {AuditLogTable::Audit, AuditLogTable::Reveal}) {
        StoreResult r;
        const std::optional<Head> head = readHead(c, table, &r);
        if (r.ok())
            r = writeHead(c, table, head ? head->lastId : 0, head ? head->lastSeal : QString(),
                          key);
        if (!r.ok())
            return r;
    }
    return {};
}

bool AuditChain::headsKeyed(Connection &c, StoreResult *error)
{
    StoreResult r;
    bool keyed = false;
    for (AuditLogTable table : {AuditLogTable::Audit, AuditLogTable::Reveal}) {
        const std::optional<Head> head = readHead(c, table, &r);
        keyed = keyed || (head && isKeyed(head->seal));
    }
    if (error)
        *error = r;
    return keyed;
}

AuditVerdict AuditChain::verify(Connection &c, const QByteArray &key)
{
    AuditVerdict verdict;
    verdict.keyed = !key.isEmpty();
    // One snapshot for rows and heads: a row written meanwhile is not "missing".
    Transaction snapshot(c);
    if (!snapshot.isActive()) {
        verdict.status = snapshot.status();
        return verdict;
    }
    for (AuditLogTable table : {AuditLogTable::Audit, AuditLogTable::Reveal}) {
        LogWalk walk(c, table, key);
        std::optional<AuditBreak> found = walk.run(&verdict.status, &verdict.rowsChecked);
        if (!verdict.status.ok())
            return verdict;
        if (found)
            verdict.breaks.append(*found);
    }
    return verdict;
}

} // namespace pingjia
