// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/RectificationStats.h"

namespace pingjia {
} // namespace pingjia
