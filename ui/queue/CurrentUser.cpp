// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/CurrentUser.h"

#include <QSettings>

namespace pingjia {

QString currentUserName(const QSettings &settings)
{
    const QString signedIn = settings.value(QLatin1String(kAccountUserKey)).toString().trimmed();
    return signedIn.isEmpty() ? operatingSystemUserName() : signedIn;
}

QString operatingSystemUserName()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("local");
}

} // namespace pingjia
