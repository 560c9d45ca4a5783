// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/IntegrityConfig.h"

#include <QSettings>

namespace pingjia {

IntegritySettings integritySettings(QSettings &settings)
{
    QVariantMap values;
    settings.beginGroup(QStringLiteral("integrity"));
    for (const QString &key : settings.childKeys())
        values.insert(key, settings.value(key));
    settings.endGroup();
    return IntegritySettings::fromMap(values);
}

} // namespace pingjia
