// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Translations.h"

#include "app/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace pingjia {

namespace {

// Where the package installs the compiled translations: <prefix>/share/pingjia/translations
// beside <prefix>/bin (packaging/CMakeLists.txt; the same layout on Windows). A build tree
// has no such folder.
QString installedTranslationsDirectory()
{
    return QDir(QCoreApplication::applicationDirPath())
        .absoluteFilePath(QStringLiteral("../share/pingjia/translations"));
}

// The installed file wins over the compiled-in copy, so a corrected translation can be
// dropped in without rebuilding the program.
bool loadOurs(QTranslator &translator, const QString &language)
{
    const QString name = QStringLiteral("pingjia_") + language;
    // Nothing logged: this runs before the log file, and stderr is the command's.
    if (translator.load(name, installedTranslationsDirectory()))
        return true;
    return translator.load(QStringLiteral(":/i18n/") + name);
}

} // namespace

void installTranslators(QCoreApplication &app, const QString &language)
{
    QLocale::setDefault(QLocale(language));

    auto *ours = new QTranslator(&app);
    // Source strings are English: an English .qm with no entries is fine too.
    if (loadOurs(*ours, language))
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
