// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The review-integrity thresholds from the user's settings file, group "integrity"
// (keys as in IntegritySettings::fromMap; defaults documented in IntegrityRules.h).

#include "models/domain/IntegrityRules.h"

class QSettings;

namespace pingjia {

IntegritySettings integritySettings(QSettings &settings);

} // namespace pingjia
