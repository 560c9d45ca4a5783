// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LanguagePreference.h"

#include "ui/SettingsKeys.h"

#include <QSettings>

namespace pingjia {

QStringList supportedLanguages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

bool isSupportedLanguage(const QString &code)
{
    return supportedLanguages().contains(code);
}

QString languageNativeName(const QString &code)
{
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("中文（简体）");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return code;
}

QString storedLanguage(const QSettings &settings)
{
    const QString code = settings.value(settings_keys::kLanguage).toString();
    return isSupportedLanguage(code) ? code : QString::fromLatin1(kDefaultLanguage);
}

void storeLanguage(QSettings &settings, const QString &code)
{
    if (isSupportedLanguage(code))
        settings.setValue(settings_keys::kLanguage, code);
}

} // namespace pingjia
