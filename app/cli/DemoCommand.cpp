// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Commands.h"
#include "app/cli/Verb.h"

#include "app/ExitCode.h"
#include "app/UserHome.h"
#include "app/WindowSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace pingjia {

namespace {

struct DemoText {
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)
};

const QString kHeadless = QStringLiteral("headless");

QString fileState(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return DemoText::tr("not created yet");
    return DemoText::tr("%1 bytes").arg(info.size());
}

int reportHeadless(VerbContext &context)
{
    const UserHome &home = context.home;
    context.out << DemoText::tr("Home folder: %1").arg(QDir::toNativeSeparators(home.directory()))
                << '\n'
                << DemoText::tr("Cache: %1 (%2)")
                       .arg(QDir::toNativeSeparators(home.cacheFile()), fileState(home.cacheFile()))
                << '\n'
                << DemoText::tr("Local work: %1 (%2)")
                       .arg(QDir::toNativeSeparators(home.localWorkFile()),
                            fileState(home.localWorkFile()))
                << Qt::endl;
    context.err << DemoText::tr("demo: ran headless; the platform simulator and sync arrive with "
                                "the sync feature, so nothing was synced.")
                << Qt::endl;
    return ExitOk;
}

} // namespace

bool demoWantsWindow(const QStringList &arguments)
{
    return !arguments.contains(QStringLiteral("--") + kHeadless);
}

int runDemoCommand(VerbContext &context)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(
        kHeadless, DemoText::tr("Do not open the window: report what was done and exit.")));
    if (const int exit = parseVerbArguments(parser, QStringLiteral("demo"), context); exit >= 0)
        return exit;

    if (parser.isSet(kHeadless) || !context.windowAvailable)
        return reportHeadless(context);
    return runWindow(context.home, context.settings);
}

} // namespace pingjia
