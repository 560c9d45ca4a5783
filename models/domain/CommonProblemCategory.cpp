// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/CommonProblemCategory.h"

namespace pingjia {
} // namespace pingjia
