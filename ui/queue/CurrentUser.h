// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Who is acting: the name recorded as actor of every local action and reveal, and the
// "me" of 待我审批. It is the platform user the console signs in as (the sync stores it
// under kAccountUserKey); before any sign-in, the operating-system account name, so an
// offline township center can still work and the actor is never blank.

#include <QString>

class QSettings;

namespace pingjia {

inline constexpr char kAccountUserKey[] = "account/user";

QString currentUserName(const QSettings &settings);
// The operating-system account ($USER, %USERNAME%), "local" when neither is set.
QString operatingSystemUserName();

} // namespace pingjia
