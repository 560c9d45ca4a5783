// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Translations.h"

#include "app/Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace pingjia {

void installTranslators(QCoreApplication &app, const QString &language)
{
    QLocale::setDefault(QLocale(language));

    auto *ours = new QTranslator(&app);
    // Source strings are English: an English .qm with no entries is fine too.
    if (ours->load(QStringLiteral(":/i18n/pingjia_") + language))
        QCoreApplication::installTranslator(ours);
    else
        qCWarning(lcApp) << "no Pingjia translation for" << language;

    if (language == QLatin1String("en"))
        return;
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + language,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        qCInfo(lcApp) << "no Qt translation for" << language;
}

} // namespace pingjia
