// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/DoubleZeroModel.h"

namespace pingjia {
} // namespace pingjia
