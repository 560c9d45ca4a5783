// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/AccountSettings.h"

#include <QSettings>

namespace pingjia {

RememberedAccount AccountSettings::read(const QSettings &settings)
{
    RememberedAccount r;
    r.account.platformUrl =
        PlatformAccount::normalizeUrl(settings.value(QLatin1String(kPlatformKey)).toString());
    r.account.user = settings.value(QLatin1String(kUserKey)).toString().trimmed();
    r.account.caFile = settings.value(QLatin1String(kCaFileKey)).toString();
    r.codesOverride = codeSetFromString(settings.value(QLatin1String(kCodesKey)).toString());
    return r;
}

void AccountSettings::remember(QSettings &settings, const RememberedAccount &remembered)
{
    const PlatformAccount &a = remembered.account;
    settings.setValue(QLatin1String(kPlatformKey), PlatformAccount::normalizeUrl(a.platformUrl));
    settings.setValue(QLatin1String(kUserKey), a.user);
    if (a.caFile.isEmpty())
        settings.remove(QLatin1String(kCaFileKey));
    else
        settings.setValue(QLatin1String(kCaFileKey), a.caFile);
    if (remembered.codesOverride)
        settings.setValue(QLatin1String(kCodesKey), codeSetToString(*remembered.codesOverride));
    else
        settings.remove(QLatin1String(kCodesKey));
    settings.sync();
}

void AccountSettings::forget(QSettings &settings)
{
    for (const char *key : {kPlatformKey, kUserKey, kCaFileKey, kCodesKey})
        settings.remove(QLatin1String(key));
    settings.sync();
}

} // namespace pingjia
