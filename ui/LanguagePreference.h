// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>
#include <QStringList>

class QSettings;

namespace pingjia {

// The UI languages Pingjia ships. Chinese first: it is the default.
inline constexpr char kDefaultLanguage[] = "zh_CN";

QStringList supportedLanguages();
bool isSupportedLanguage(const QString &code);
// The language's own name ("中文（简体）", "English"): never translated, so a user who
// cannot read the current language still finds theirs.
QString languageNativeName(const QString &code);

// The stored choice, or the default when none (or an unsupported one) is stored.
QString storedLanguage(const QSettings &settings);
void storeLanguage(QSettings &settings, const QString &code);

} // namespace pingjia
