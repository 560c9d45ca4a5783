// SPDX-License-Identifier: GPL-3.0-or-later
// `pingjia demo [--headless] [--scale small|demo|bench|N]`: starts the platform simulator
// on a free loopback port, signs in as demo/demo and syncs; headless it prints what was
// synced, stops the simulator and exits; with a window it keeps the simulator running
// until the window closes and syncs in the background.
#include "app/cli/Commands.h"
#include "app/cli/HeadlessSync.h"
#include "app/cli/Verb.h"

#include "app/DemoPlatform.h"
#include "app/ExitCode.h"
#include "app/HomeStores.h"
#include "app/UserHome.h"
#include "app/WindowSession.h"
#include "models/secrets/KeychainSecretStore.h"
#include "models/secrets/PersonalDataCipher.h"
#include "models/store/CacheReader.h"
#include "ui/CacheProblemDialog.h"
#include "ui/MainWindow.h"
#include "ui/sync/SyncFrontEnd.h"
#include "ui/sync/SyncReportText.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QMessageBox>
#include <QStatusBar>
#include <QTextStream>

namespace pingjia {

namespace {

struct DemoText {
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)
};

const QString kHeadless = QStringLiteral("headless");
const QString kScale = QStringLiteral("scale");

// Headless nobody can be asked, so a broken cache is reported, never moved.
bool openStores(VerbContext &context, HomeStores &stores)
{
    const StoreResult opened =
        stores.open([](const StoreResult &) { return HomeStores::CacheChoice::GiveUp; });
    if (opened.ok())
        return true;
    context.err << opened.message << '\n';
    if (stores.cacheFailed() && CacheProblemDialog::rebuildHelps(opened.kind))
        context.err << DemoText::tr("To rebuild the cache, open the window (pingjia "
                                    "--home %1) and choose \"Rebuild the cache\".")
                           .arg(QDir::toNativeSeparators(context.home.directory()))
                    << '\n';
    context.err.flush();
    return false;
}

int printCacheState(VerbContext &context, HomeStores &stores)
{
    const UserHome &home = context.home;
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
    return ExitOk;
}

int runHeadless(VerbContext &context, const QString &scale)
{
    HomeStores stores(context.home);
    if (!openStores(context, stores))
        return ExitDataError;

    bool persistent = false;
    QString note;
    const std::unique_ptr<SecretStore> secrets = DemoPlatform::secretStore(&persistent, &note);
    if (!note.isEmpty())
        context.err << DemoText::tr("demo: %1").arg(note) << Qt::endl;
    std::unique_ptr<PersonalDataCipher> cipher;
    if (persistent) {
        cipher = std::make_unique<PersonalDataCipher>(*secrets);
        if (QString why; !cipher->ensureKey(&why)) {
            context.err << DemoText::tr("demo: evaluator data is cached masked: %1").arg(why)
                        << Qt::endl;
            cipher.reset();
        }
    }

    DemoPlatform platform;
    if (QString why; !platform.start(scale, &why)) {
        context.err << DemoText::tr("demo: %1").arg(why) << Qt::endl;
        return ExitDataError;
    }
    const PlatformAccount account = platform.account();
    context.err << DemoText::tr("demo: the platform simulator listens on %1 (scale %2); signing "
                                "in as %3.")
                       .arg(account.platformUrl, scale, account.user)
                << Qt::endl;

    SyncResult result;
    {
        HeadlessSync headless(context.out, context.err);
        SyncSession session(account, stores.cache(), stores.localWork(), *secrets, cipher.get(), {},
                            headless.cancelFlag());
        if (const SyncError e = session.signIn(DemoPlatform::password()); !e.ok()) {
            result.error = e;
        } else {
            result = headless.run(session);
        }
    }
    platform.forgetCredentials(*secrets);
    platform.stop();
    context.err << DemoText::tr("demo: the platform simulator is stopped.") << Qt::endl;
    if (!result.ok()) {
        context.err << DemoText::tr("demo: %1").arg(SyncReportText::errorText(result.error, 0))
                    << Qt::endl;
        return ExitDataError;
    }
    return printCacheState(context, stores);
}

// The simulator runs while the window is open; the first sync runs in the background with
// its progress in the status bar. The demo account is not remembered: its port dies with
// the simulator.
int runWithWindow(VerbContext &context, const QString &scale)
{
    DemoPlatform platform;
    if (QString why; !platform.start(scale, &why)) {
        context.err << DemoText::tr("demo: %1").arg(why) << Qt::endl;
        QMessageBox::critical(nullptr, DemoText::tr("Pingjia demo"), why);
        return ExitDataError;
    }
    const PlatformAccount account = platform.account();
    bool persistent = false;
    QString note;
    WindowStart start;
    start.secrets = DemoPlatform::secretStore(&persistent, &note);
    start.shown = [&](WindowSession &session) {
        SyncFrontEnd &sync = session.sync();
        sync.setRememberAccount(false);
        session.window().statusBar()->showMessage(
            note.isEmpty() ? DemoText::tr("Demo: syncing from the platform simulator at %1…")
                                 .arg(account.platformUrl)
                           : note);
        sync.signIn(account.platformUrl, account.user, DemoPlatform::password());
    };
    const int exitCode = runWindow(context.home, context.settings, std::move(start));
    if (persistent) {
        KeychainSecretStore keychain;
        platform.forgetCredentials(keychain);
    }
    return exitCode;
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
        kHeadless, DemoText::tr("Do not open the window: sync, report what was synced and exit.")));
    parser.addOption(QCommandLineOption(
        kScale,
        DemoText::tr("How much data the simulator makes: small (default, fast), demo, bench or "
                     "a number of evaluations."),
        DemoText::tr("SCALE"), DemoPlatform::defaultScale()));
    if (const int exit = parseVerbArguments(parser, QStringLiteral("demo"), context); exit >= 0)
        return exit;

    const QString scale = parser.value(kScale);
    if (parser.isSet(kHeadless) || !context.windowAvailable)
        return runHeadless(context, scale);
    return runWithWindow(context, scale);
}

} // namespace pingjia
