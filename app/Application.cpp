// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Application.h"
#include "app/AppIdentity.h"
#include "app/PrivateFiles.h"

#include "app/CommandLine.h"
#include "app/Display.h"
#include "app/ExitCode.h"
#include "app/LogFile.h"
#include "app/Logging.h"
#include "app/Translations.h"
#include "app/UserCalendar.h"
#include "app/UserHome.h"
#include "app/WindowSession.h"
#include "app/cli/Verb.h"
#include "models/domain/Clock.h"
#include "ui/AppIcon.h"
#include "ui/LanguagePreference.h"

#include <QApplication>
#include <QCoreApplication>
#include <QSettings>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace pingjia {

namespace {

struct ApplicationText {
    Q_DECLARE_TR_FUNCTIONS(Application)
};

QStringList argumentsOf(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

bool wantsWindow(const Invocation &inv)
{
    if (inv.error != Invocation::Error::None || inv.help || inv.version)
        return false;
    if (inv.verb.isEmpty())
        return true;
    const VerbSpec *verb = findVerb(inv.verb);
    return verb && verb->wantsWindow && verb->wantsWindow(inv.verbArguments);
}

// Verbs that lay out text and charts (the bulletin's PDF and ODT: Qt Charts draws with
// graphics items, which need QApplication) need a widgets application but no window: on
// the offscreen platform when there is no display.
bool needsGuiApplication(const Invocation &inv)
{
    return inv.error == Invocation::Error::None && inv.verb == QLatin1String("bulletin");
}

UserHome resolveHome(const Invocation &inv)
{
    return inv.homeDirectory.isEmpty() ? UserHome::standard()
                                       : UserHome::inDirectory(inv.homeDirectory);
}

} // namespace

int runApplication(int &argc, char **argv)
{
    setApplicationIdentity();

    const Invocation inv = parseCommandLine(argumentsOf(argc, argv), verbNames(),
                                            qEnvironmentVariable("PINGJIA_HOME"));
    const bool window = wantsWindow(inv) && displayAvailable();
    std::unique_ptr<QCoreApplication> app;
    if (window) {
        app = std::make_unique<QApplication>(argc, argv);
        // Matches packaging/org.pingjia.Pingjia.desktop, so docks and Wayland find the
        // icon and name.
        QGuiApplication::setDesktopFileName(QString::fromLatin1(kDesktopFileName));
        QGuiApplication::setWindowIcon(appIcon());
    } else if (needsGuiApplication(inv)) {
        if (!displayAvailable())
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else
        app = std::make_unique<QCoreApplication>(argc, argv);

    QTextStream out(stdout);
    QTextStream err(stderr);

    // Reading settings creates nothing, so even a failed command line speaks the
    // user's language.
    const UserHome home = resolveHome(inv);
    const std::unique_ptr<QSettings> settings = home.openSettings();
    const QString language =
        isSupportedLanguage(inv.language) ? inv.language : storedLanguage(*settings);
    installTranslators(*app, language);

    if (inv.error != Invocation::Error::None) {
        err << describeCommandLineError(inv) << '\n'
            << ApplicationText::tr("Run \"pingjia --help\" for usage.") << Qt::endl;
        return ExitUsage;
    }
    if (Clock::environmentOverrideInvalid()) {
        err << ApplicationText::tr("PINGJIA_NOW must look like \"2026-10-31 18:00:00\" "
                                   "(China Standard Time), not \"%1\".")
                   .arg(qEnvironmentVariable("PINGJIA_NOW"))
            << Qt::endl;
        return ExitUsage;
    }
    if (inv.help) {
        out << usageText(verbSummaries()) << Qt::flush;
        return ExitOk;
    }
    if (inv.version) {
        out << QStringLiteral("pingjia %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
        return ExitOk;
    }

    QString homeError;
    if (!home.ensureExists(&homeError)) {
        err << ApplicationText::tr("Cannot use the home folder: %1").arg(homeError) << Qt::endl;
        return ExitDataError;
    }
    const QStringList tightened = tightenToOwner(home.directory());
    if (!startLogFile(home.logDirectory()))
        qCWarning(lcApp) << "cannot write the log file in" << home.logDirectory();
    qCInfo(lcApp) << "start" << QCoreApplication::arguments() << "home" << home.directory();
    if (!tightened.isEmpty())
        qCInfo(lcApp) << "made private to their owner (were readable by others):" << tightened;
    useUserCalendar(home);

    int exitCode = ExitOk;
    if (inv.verb.isEmpty()) {
        if (!window) {
            err << ApplicationText::tr("No display is available for the window (DISPLAY and "
                                       "WAYLAND_DISPLAY are unset, or QT_QPA_PLATFORM is "
                                       "offscreen). Run a command instead, for example "
                                       "\"pingjia demo --headless\".")
                << Qt::endl;
            exitCode = ExitUsage;
        } else {
            exitCode = runWindow(home, *settings);
        }
    } else {
        VerbContext context{home, *settings, inv.verbArguments, window, out, err};
        exitCode = findVerb(inv.verb)->run(context);
    }
    out.flush();
    settings->sync();
    qCInfo(lcApp) << "exit" << exitCode;
    stopLogFile();
    return exitCode;
}

} // namespace pingjia
