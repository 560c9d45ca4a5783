// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The local-work file's schema: the user's own work, which no resync can bring back.
// Documented in models/store/README.md.

#include "models/store/Schema.h"

namespace pingjia {

inline constexpr qint32 kLocalWorkApplicationId = 0x504A4C31; // "PJL1"

SchemaDefinition localWorkSchema();

} // namespace pingjia
