// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/CommonProblemModel.h"

namespace pingjia {
} // namespace pingjia
