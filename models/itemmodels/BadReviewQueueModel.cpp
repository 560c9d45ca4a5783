// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/BadReviewQueueModel.h"

namespace pingjia {
} // namespace pingjia
