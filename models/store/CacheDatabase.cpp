// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/CacheDatabase.h"

#include "models/domain/Clock.h"
#include "models/domain/PlatformTime.h"
#include "models/store/CacheSchema.h"
#include "models/store/IndexBuildSettings.h"
#include "models/store/Logging.h"

#include <QFile>

#include <optional>

namespace pingjia {

CacheDatabase::CacheDatabase(const QString &path) : Database(path, cacheSchema())
{
}

QString CacheDatabase::corruptAdvice() const
{
    return tr("The cache holds only platform data: rebuild it (in the window, or with "
              "\"pingjia cache rebuild\"; the damaged file is kept aside), which pulls it "
              "from the platform again. Your local work is in another file and is not "
              "affected.");
}

// Builds the evaluation indexes a crash during a bulk load left out (CacheWriter::BulkLoad);
// with every index there, each statement is a no-op.
StoreResult CacheDatabase::afterOpen(Connection &c)
{
    const QList<IndexDefinition> indexes = evaluationQueryIndexes();
    QStringList names;
    for (const IndexDefinition &index : indexes)
        names << QLatin1Char('\'') + index.name + QLatin1Char('\'');
    StoreResult r;
    const int present =
        c.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
                                "name IN (%1)")
                     .arg(names.join(QLatin1Char(','))),
                 &r)
            .toInt();
    if (!r.ok())
        return r;
    std::optional<IndexBuildSettings> settings;
    if (present < indexes.size())
        settings.emplace(c);
    for (const IndexDefinition &index : indexes) {
        if (r = c.exec(index.createSql); !r.ok())
            return r;
    }
    return {};
}

StoreResult CacheDatabase::rebuild(QString *movedTo)
{
    invalidateConnections();
    if (movedTo)
        movedTo->clear();
    if (QFile::exists(path())) {
        const QString stamp =
            Clock::now().toOffsetFromUtc(kPlatformUtcOffsetSeconds).toString(u"yyyyMMdd-HHmmss");
        QString target = path() + QStringLiteral(".corrupt-") + stamp;
        for (int n = 2; QFile::exists(target); ++n)
            target = path() + QStringLiteral(".corrupt-%1-%2").arg(stamp).arg(n);
        if (!QFile::rename(path(), target)) {
            return StoreResult::failure(
                StoreErrorKind::Io,
                tr("Cannot move the damaged cache %1 aside to %2; move or delete it by hand.")
                    .arg(path(), target));
        }
        // The WAL belongs to the old file; the shared-memory index is only a cache.
        if (QFile::exists(path() + QStringLiteral("-wal")))
            QFile::rename(path() + QStringLiteral("-wal"), target + QStringLiteral("-wal"));
        QFile::remove(path() + QStringLiteral("-shm"));
        qCWarning(lcStore) << "moved the cache" << path() << "to" << target;
        if (movedTo)
            *movedTo = target;
    }
    return open();
}

} // namespace pingjia
