// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

namespace pingjia {

// How old the cached data is, in words ("3 hours old"), translated. Coarse on purpose:
// township centers are offline for days and need "2 days", not seconds.
QString describeDataAge(qint64 seconds);

} // namespace pingjia
