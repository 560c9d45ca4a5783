// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The holiday calendar of years published after this release: the user's file
// (UserHome::extraCalendarFile(), loaded through the settings page or put there by an
// operator, docs/OPERATORS.md §6) merged over the built-in one, installed as the calendar
// deadlines are counted with (setCurrentWorkingCalendar), at every start.

#include <QString>

namespace pingjia {

class UserHome;

// Returns the reason when the file exists but is not used (the built-in calendar then
// stays in force); empty when it is used or there is none.
QString useUserCalendar(const UserHome &home);

} // namespace pingjia
