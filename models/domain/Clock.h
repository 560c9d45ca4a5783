// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one source of "now" for deadlines, overdue flags and reports, so tests and
// reproducible reports can fix it (DESIGN.md §4: PINGJIA_NOW).

#include <QDateTime>

namespace pingjia {

class Clock {
public:
    // The override when set, else PINGJIA_NOW ("yyyy-MM-dd HH:mm:ss", UTC+8) when set
    // and valid, else the wall clock. Always expressed in UTC+8, whole seconds.
    static QDateTime now();

    // For tests: fixes now() until clearOverride(). Thread-safe.
    static void setOverride(const QDateTime &time);
    static void clearOverride();

    // True when PINGJIA_NOW is set but is not a valid platform time (the caller should
    // say so; now() then falls back to the wall clock).
    static bool environmentOverrideInvalid();
};

} // namespace pingjia
