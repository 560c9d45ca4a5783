// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The calendar this process counts rectification deadlines with: WorkingCalendar::builtin()
// until the app installs builtin() merged with the user's file for years published after
// the release (app/UserCalendar.h, docs/OPERATORS.md §6). Whoever records handling actions
// passes it to LocalActionRecorder. A copy (implicitly shared); safe from any thread.

#include "models/domain/WorkingCalendar.h"

namespace pingjia {

WorkingCalendar currentWorkingCalendar();
void setCurrentWorkingCalendar(const WorkingCalendar &calendar);

} // namespace pingjia
