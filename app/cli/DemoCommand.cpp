// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Commands.h"
#include "app/cli/Verb.h"

#include "app/ExitCode.h"
#include "app/HomeStores.h"
#include "app/UserHome.h"
#include "app/WindowSession.h"
#include "models/store/CacheReader.h"
#include "ui/CacheProblemDialog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace pingjia {

namespace {

struct DemoText {
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)
};

const QString kHeadless = QStringLiteral("headless");

int reportHeadless(VerbContext &context)
{
    const UserHome &home = context.home;
    HomeStores stores(home);
    // Headless nobody can be asked, so a broken cache is reported, never moved.
    const StoreResult opened =
        stores.open([](const StoreResult &) { return HomeStores::CacheChoice::GiveUp; });
    if (!opened.ok()) {
        context.err << opened.message << '\n';
        if (stores.cacheFailed() && CacheProblemDialog::rebuildHelps(opened.kind))
            context.err << DemoText::tr("To rebuild the cache, open the window (pingjia "
                                        "--home %1) and choose \"Rebuild the cache\".")
                               .arg(QDir::toNativeSeparators(home.directory()))
                        << '\n';
        context.err.flush();
        return ExitDataError;
    }

    CacheReader reader(stores.cache());
    StoreResult error;
    const qint64 evaluations = reader.count(CacheList::Evaluations, &error);
    const qint64 badReviews = reader.count(CacheList::BadReviews, &error);
    const qint64 orgs = reader.count(CacheList::Orgs, &error);
    if (!error.ok()) {
        context.err << error.message << Qt::endl;
        return ExitDataError;
    }
    context.out
        << DemoText::tr("Home folder: %1").arg(QDir::toNativeSeparators(home.directory())) << '\n'
        << DemoText::tr("Cache: %1").arg(QDir::toNativeSeparators(home.cacheFile())) << '\n'
        << (evaluations + orgs == 0
                ? DemoText::tr("Cache state: empty (never synced)")
                : DemoText::tr("Cache state: %1 evaluations, %2 bad reviews, %3 "
                               "organisations")
                      .arg(evaluations)
                      .arg(badReviews)
                      .arg(orgs))
        << '\n'
        << DemoText::tr("Local work: %1").arg(QDir::toNativeSeparators(home.localWorkFile()))
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
