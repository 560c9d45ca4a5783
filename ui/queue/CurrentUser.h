// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Who is acting: the name recorded as actor of every local action and reveal, and the
// "me" of 待我审批. It is always the platform user the console signed in as — the one the
// platform will see as actor when the action is uploaded — so the two-person rule is
// judged locally exactly as the platform judges it. The sync stores it under
// kAccountUserKey (a demo sign-in is kept in memory by SyncFrontEnd instead). With no
// signed-in user the name is empty, and actions and reveals are refused with a message
// saying to sign in: an operating-system account name would be an actor the platform
// does not know.

#include <QString>

class QSettings;

namespace pingjia {

inline constexpr char kAccountUserKey[] = "account/user";

// The remembered platform user, empty when none.
QString currentUserName(const QSettings &settings);

} // namespace pingjia
