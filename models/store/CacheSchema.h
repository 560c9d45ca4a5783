// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The cache file's schema (platform data, rebuildable by a resync). Documented in
// models/store/README.md.

#include "models/store/Schema.h"

namespace pingjia {

inline constexpr qint32 kCacheApplicationId = 0x504A4331; // "PJC1"

SchemaDefinition cacheSchema();

// The secondary indexes on evaluations that the queue and the reports query by, as
// "CREATE INDEX IF NOT EXISTS" statements: CacheWriter::BulkLoad drops them for a first
// full pull and builds them again at its end (and CacheDatabase::open restores any that
// a crash during a bulk load left missing).
struct IndexDefinition {
    QString name;
    QString createSql;
};
QList<IndexDefinition> evaluationQueryIndexes();

} // namespace pingjia
