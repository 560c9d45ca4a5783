// SPDX-License-Identifier: GPL-3.0-or-later
// `pingjia sync [--platform URL --user NAME] [--codes gbt39046|upload] [--ca FILE]`:
// signs in when told whom to be (the password from PINGJIA_PASSWORD or standard input,
// never from the command line, where `ps` would show it), then pulls and pushes through
// a SyncSession on this thread. Progress goes to stderr, the summary to stdout.
#include "app/cli/Commands.h"
#include "app/cli/HeadlessSync.h"
#include "app/cli/PlatformPassword.h"
#include "app/cli/SyncCredentials.h"
#include "app/cli/Verb.h"

#include "app/ExitCode.h"
#include "app/HomeStores.h"
#include "app/Logging.h"
#include "models/secrets/KeychainSecretStore.h"
#include "models/secrets/PersonalDataCipher.h"
#include "models/store/AuditKey.h"
#include "models/store/LocalWorkStore.h"
#include "models/sync/SyncSession.h"
#include "ui/sync/AccountSettings.h"
#include "ui/sync/SyncReportText.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSettings>
#include <QTextStream>

#include <memory>

namespace pingjia {

namespace {

struct SyncText {
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)
};

const QString kPlatform = QStringLiteral("platform");
const QString kUser = QStringLiteral("user");
const QString kCodes = QStringLiteral("codes");
const QString kCa = QStringLiteral("ca");

int pendingActions(LocalWorkDatabase &localWork)
{
    StoreResult r;
    const int n = int(LocalWorkStore(localWork).pendingActions(&r).size());
    return r.ok() ? n : 0;
}

int fail(VerbContext &context, const SyncError &error, LocalWorkDatabase &localWork)
{
    context.err << SyncText::tr("pingjia sync: %1")
                       .arg(SyncReportText::errorText(error, pendingActions(localWork)))
                << Qt::endl;
    return ExitDataError;
}

} // namespace

int runSyncCommand(VerbContext &context)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(
        kPlatform,
        SyncText::tr("The platform's address (http or https). Remembered for later syncs."),
        SyncText::tr("URL")));
    parser.addOption(QCommandLineOption(
        kUser,
        SyncText::tr("The platform user name. Remembered. The password comes from "
                     "PINGJIA_PASSWORD or standard input."),
        SyncText::tr("NAME")));
    parser.addOption(QCommandLineOption(
        kCodes,
        SyncText::tr("Override the satisfaction codes the platform announces: gbt39046 "
                     "(1 = very satisfied) or upload (1 = very dissatisfied)."),
        SyncText::tr("SET")));
    parser.addOption(QCommandLineOption(
        kCa, SyncText::tr("Trust only this CA certificate (PEM file) for the platform."),
        SyncText::tr("FILE")));
    if (const int exit = parseVerbArguments(parser, QStringLiteral("sync"), context); exit >= 0)
        return exit;

    QString problem;
    const std::optional<SyncCredentials> credentials = SyncCredentials::resolve(
        AccountSettings::read(context.settings),
        {parser.isSet(kPlatform) ? std::optional(parser.value(kPlatform)) : std::nullopt,
         parser.isSet(kUser) ? std::optional(parser.value(kUser)) : std::nullopt,
         parser.isSet(kCodes) ? std::optional(parser.value(kCodes)) : std::nullopt,
         parser.isSet(kCa) ? std::optional(parser.value(kCa)) : std::nullopt},
        &problem);
    if (!credentials) {
        context.err << SyncText::tr("pingjia sync: %1").arg(problem) << Qt::endl;
        return ExitUsage;
    }
    const PlatformAccount &account = credentials->remembered.account;

    // The password is read before anything is opened: a usage error changes nothing.
    QString password;
    if (credentials->signIn) {
        const std::optional<QString> read = readPlatformPassword(
            context.err,
            SyncText::tr("Password of %1 at %2: ").arg(account.user, account.platformUrl));
        if (!read) {
            context.err << SyncText::tr("pingjia sync: no password given. Set PINGJIA_PASSWORD "
                                        "or type it on standard input; it is never a "
                                        "command-line argument.")
                        << Qt::endl;
            return ExitUsage;
        }
        password = *read;
    }

    HomeStores stores(context.home);
    const StoreResult opened =
        stores.open([](const StoreResult &) { return HomeStores::CacheChoice::GiveUp; });
    if (!opened.ok()) {
        context.err << SyncText::tr("pingjia sync: %1").arg(opened.message) << Qt::endl;
        return ExitDataError;
    }

    KeychainSecretStore secrets;
    PersonalDataCipher cipher(secrets);
    if (const SecretResult probe = secrets.read(SecretKeys::dataKey());
        probe.error == SecretError::NoKeychain)
        return fail(context, SyncError{SyncErrorKind::Keychain, probe.message, 0, {}},
                    stores.localWork());
    if (QString why; !cipher.ensureKey(&why))
        return fail(context, SyncError{SyncErrorKind::Keychain, why, 0, {}}, stores.localWork());
    // The outbox push writes audit rows: sealed with this profile's key.
    if (const AuditKeyStatus key = AuditKey::attach(stores.localWork(), secrets); !key.keyed)
        qCWarning(lcApp).noquote() << "audit log not keyed:" << key.note;

    SyncOptions options;
    options.codesOverride = credentials->remembered.codesOverride;
    HeadlessSync headless(context.out, context.err);
    SyncSession session(account, stores.cache(), stores.localWork(), secrets, &cipher, options,
                        headless.cancelFlag());

    // One quick look first: offline should be said in a second, not after every retry.
    if (const PlatformAnswer meta = session.client().fetchMeta(2);
        meta.error.kind == SyncErrorKind::Network || meta.error.kind == SyncErrorKind::Tls)
        return fail(context, meta.error, stores.localWork());

    if (credentials->signIn) {
        const SyncError e = session.signIn(password);
        password.fill(QChar(u'\0'));
        if (!e.ok())
            return fail(context, e, stores.localWork());
        AccountSettings::remember(context.settings, credentials->remembered);
        context.err << SyncText::tr("Signed in to %1 as %2.").arg(account.platformUrl, account.user)
                    << Qt::endl;
    } else if (credentials->optionsChanged) {
        AccountSettings::remember(context.settings, credentials->remembered);
    }

    const SyncResult result = headless.run(session);
    qCInfo(lcApp) << "sync:" << result.progress.totalFetched() << "records,"
                  << syncErrorKindName(result.error.kind);
    if (!result.ok())
        return fail(context, result.error, stores.localWork());
    return ExitOk;
}

} // namespace pingjia
