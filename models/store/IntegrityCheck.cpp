// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/IntegrityCheck.h"

#include "models/store/Database.h"

#include <QFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <sqlite3.h>

namespace pingjia {

StoreResult listDamage(Connection &c, PageCheck depth, int limit, QStringList *complaints)
{
    const QString pragma = depth == PageCheck::Quick ? QStringLiteral("quick_check")
                                                     : QStringLiteral("integrity_check");
    // The check reads every page once: a big page cache buys nothing and, on the window's
    // start-up worker, added its 64 MB to the window's peak memory.
    StoreResult r;
    const QVariant cacheSize = c.scalar(QStringLiteral("PRAGMA cache_size"), &r);
    if (!r.ok())
        return r;
    if (r = c.exec(QStringLiteral("PRAGMA cache_size=-2048")); !r.ok())
        return r;
    QSqlQuery q(c.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA %1(%2)").arg(pragma).arg(qMax(1, limit)))) {
        r = c.failure(q.lastError(), pragma);
    } else {
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok"))
                complaints->append(line);
        }
    }
    q.finish();
    const StoreResult restored =
        c.exec(QStringLiteral("PRAGMA cache_size=%1").arg(cacheSize.toLongLong()));
    return r.ok() ? restored : r;
}

StoreResult checkEveryPage(Connection &c, const QString &path, const QString &role)
{
    QStringList complaints;
    const StoreResult r = listDamage(c, PageCheck::Quick, 1, &complaints);
    if (!r.ok() || complaints.isEmpty())
        return r;
    return StoreResult::failure(
        StoreErrorKind::Corrupt,
        Database::tr("The %1 file %2 is damaged (%3).").arg(role, path, complaints.first()));
}

StoreResult checkFileLength(const QString &path, const QString &role)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {}; // the connection says what it cannot read
    const QByteArray header = file.read(100);
    if (header.size() < 100)
        return {};
    auto be32 = [&header](int at) { return qFromBigEndian<quint32>(header.constData() + at); };
    const quint32 rawPageSize = qFromBigEndian<quint16>(header.constData() + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const qint64 expected = qint64(be32(28)) * pageSize;
    if (expected == 0 || be32(24) != be32(92) || file.size() >= expected)
        return {};
    return StoreResult::failure(StoreErrorKind::Corrupt,
                                Database::tr("The %1 file %2 is damaged (%3).")
                                    .arg(role, path,
                                         Database::tr("%1 of its %2 bytes are missing")
                                             .arg(expected - file.size())
                                             .arg(expected)));
}

StoreResult checkIntegrity(Database &db, const std::atomic_bool *cancel)
{
    Connection &c = db.connection();
    const QVariant handle = c.database().driver()->handle();
    sqlite3 *raw = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                       ? *static_cast<sqlite3 *const *>(handle.constData())
                       : nullptr;
    // Polled every 10,000 steps of SQLite's virtual machine: a cancel interrupts it.
    if (cancel && raw) {
        sqlite3_progress_handler(
            raw, 10000,
            [](void *flag) { return static_cast<std::atomic_bool *>(flag)->load() ? 1 : 0; },
            const_cast<std::atomic_bool *>(cancel));
    }
    const StoreResult r = checkEveryPage(c, db.path(), db.schema().role);
    if (cancel && raw)
        sqlite3_progress_handler(raw, 0, nullptr, nullptr);
    return r;
}

} // namespace pingjia
