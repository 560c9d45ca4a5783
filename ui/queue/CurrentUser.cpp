// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/CurrentUser.h"

#include <QSettings>

namespace pingjia {

QString currentUserName(const QSettings &settings)
{
    return settings.value(QLatin1String(kAccountUserKey)).toString().trimmed();
}

} // namespace pingjia
