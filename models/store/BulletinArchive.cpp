// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/BulletinArchive.h"

#include "models/domain/Clock.h"
#include "models/store/LocalWorkDatabase.h"
#include "models/store/SqlText.h"
#include "models/store/StoredTime.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace pingjia {

namespace {

const QString kColumns = QStringLiteral(
    "id, number, month, scope, version, format, file_path, sha256, issued_by, issued_at");

BulletinArchiveEntry entryFrom(const QSqlQuery &q)
{
    BulletinArchiveEntry e;
    e.id = q.value(0).toLongLong();
    e.number = q.value(1).toString();
    e.month = q.value(2).toString();
    e.scope = q.value(3).toString();
    e.version = q.value(4).toString();
    e.format = q.value(5).toString();
    e.filePath = q.value(6).toString();
    e.sha256 = q.value(7).toString();
    e.issuedBy = q.value(8).toString();
    e.issuedAt = StoredTime::fromSql(q.value(9));
    return e;
}

} // namespace

BulletinArchive::BulletinArchive(LocalWorkDatabase &db) : m_db(db)
{
}

StoreResult BulletinArchive::record(BulletinArchiveEntry &entry)
{
    const auto number = BulletinNumber::parse(entry.number);
    if (!number) {
        return StoreResult::failure(
            StoreErrorKind::Data,
            tr("\"%1\" is not a document number of the form 〔2026〕12号.").arg(entry.number));
    }
    if (!entry.issuedAt.isValid())
        entry.issuedAt = Clock::now();
    Connection &c = m_db.connection();
    QSqlQuery q(c.database());
    q.prepare(QStringLiteral("INSERT INTO bulletin_archive (number, number_prefix, number_year, "
                             "number_sequence, month, scope, version, format, file_path, sha256, "
                             "issued_by, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(number->toString());
    q.addBindValue(SqlText::text(number->prefix));
    q.addBindValue(number->year);
    q.addBindValue(number->sequence);
    q.addBindValue(entry.month);
    q.addBindValue(SqlText::text(entry.scope));
    q.addBindValue(entry.version);
    q.addBindValue(entry.format);
    q.addBindValue(entry.filePath);
    q.addBindValue(entry.sha256);
    q.addBindValue(SqlText::text(entry.issuedBy));
    q.addBindValue(StoredTime::toSql(entry.issuedAt));
    if (!q.exec())
        return c.failure(q.lastError(), QStringLiteral("bulletin archive"));
    entry.number = number->toString();
    entry.id = q.lastInsertId().toLongLong();
    return {};
}

QList<BulletinArchiveEntry> BulletinArchive::entries(StoreResult *error)
{
    setError(error, {});
    QList<BulletinArchiveEntry> out;
    Connection &c = m_db.connection();
    QSqlQuery q(c.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM bulletin_archive ORDER BY id DESC").arg(kColumns))) {
        setError(error, c.failure(q.lastError(), QStringLiteral("bulletin archive")));
        return out;
    }
    while (q.next())
        out << entryFrom(q);
    return out;
}

QList<BulletinArchiveEntry> BulletinArchive::issuesOf(const QString &month, const QString &scope,
                                                      StoreResult *error)
{
    setError(error, {});
    QList<BulletinArchiveEntry> out;
    Connection &c = m_db.connection();
    QSqlQuery q(c.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM bulletin_archive WHERE month = ? AND scope = ? "
                             "ORDER BY id DESC")
                  .arg(kColumns));
    q.addBindValue(month);
    q.addBindValue(SqlText::text(scope));
    if (!q.exec()) {
        setError(error, c.failure(q.lastError(), QStringLiteral("bulletin archive")));
        return out;
    }
    while (q.next())
        out << entryFrom(q);
    return out;
}

BulletinNumber BulletinArchive::proposeNumber(int year, StoreResult *error)
{
    setError(error, {});
    Connection &c = m_db.connection();
    QSqlQuery q(c.database());
    q.setForwardOnly(true);
    // The highest number of the newest year used up to `year`, the last issued on ties
    // of prefix (the office may have changed its code).
    q.prepare(QStringLiteral("SELECT number_prefix, number_year, number_sequence FROM "
                             "bulletin_archive WHERE number_year <= ? ORDER BY number_year DESC, "
                             "number_sequence DESC, id DESC LIMIT 1"));
    q.addBindValue(year);
    if (!q.exec()) {
        setError(error, c.failure(q.lastError(), QStringLiteral("bulletin archive")));
        return BulletinNumber::next(std::nullopt, year);
    }
    if (!q.next())
        return BulletinNumber::next(std::nullopt, year);
    const BulletinNumber last{q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt()};
    return BulletinNumber::next(last, year);
}

bool BulletinArchive::numberUsed(const QString &number, StoreResult *error)
{
    setError(error, {});
    const auto parsed = BulletinNumber::parse(number);
    if (!parsed)
        return false;
    Connection &c = m_db.connection();
    QSqlQuery q(c.database());
    q.prepare(QStringLiteral("SELECT 1 FROM bulletin_archive WHERE number_prefix = ? AND "
                             "number_year = ? AND number_sequence = ? LIMIT 1"));
    q.addBindValue(SqlText::text(parsed->prefix));
    q.addBindValue(parsed->year);
    q.addBindValue(parsed->sequence);
    if (!q.exec()) {
        setError(error, c.failure(q.lastError(), QStringLiteral("bulletin archive")));
        return false;
    }
    return q.next();
}

QString BulletinArchive::fileSha256(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace pingjia
