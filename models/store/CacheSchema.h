// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The cache file's schema (platform data, rebuildable by a resync). Documented in
// models/store/README.md.

#include "models/store/Schema.h"

namespace pingjia {

inline constexpr qint32 kCacheApplicationId = 0x504A4331; // "PJC1"

SchemaDefinition cacheSchema();

} // namespace pingjia
