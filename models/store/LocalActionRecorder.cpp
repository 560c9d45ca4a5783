// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/LocalActionRecorder.h"

namespace pingjia {
} // namespace pingjia
