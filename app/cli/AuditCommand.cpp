// SPDX-License-Identifier: GPL-3.0-or-later
// `pingjia audit verify`: checks the seals of the audit log and the reveal log
// (AuditChain.h). Exit 0 when both are intact, 2 naming the first broken row of each.
#include "app/cli/Commands.h"
#include "app/cli/Verb.h"

#include "app/ExitCode.h"
#include "app/UserHome.h"
#include "models/secrets/KeychainSecretStore.h"
#include "models/store/AuditKey.h"
#include "models/store/AuditLog.h"
#include "models/store/LocalWorkDatabase.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

namespace pingjia {

namespace {

struct AuditText {
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)
};

int verify(VerbContext &context)
{
    if (!QFileInfo::exists(context.home.localWorkFile())) {
        context.out << AuditText::tr("No local work yet: there is no audit log to check.")
                    << Qt::endl;
        return ExitOk;
    }
    LocalWorkDatabase db(context.home.localWorkFile());
    if (StoreResult r = db.open(); !r.ok()) {
        context.err << AuditText::tr("pingjia audit: %1").arg(r.message) << Qt::endl;
        return ExitDataError;
    }
    KeychainSecretStore secrets;
    const AuditKeyStatus key = AuditKey::find(db, secrets);
    const AuditVerdict verdict = AuditLog(db).verify();
    if (!verdict.status.ok()) {
        context.err << AuditText::tr("pingjia audit: %1").arg(verdict.status.message) << Qt::endl;
        return ExitDataError;
    }
    for (const AuditBreak &b : verdict.breaks)
        context.err << AuditChain::describe(b) << '\n';
    if (!verdict.intact()) {
        if (!key.keyed)
            context.err << key.note << '\n';
        context.err.flush();
        return ExitDataError;
    }
    context.out << (key.keyed ? AuditText::tr("The audit log and the reveal log are intact "
                                              "(%n row(s), sealed with the keychain key).",
                                              nullptr, int(verdict.rowsChecked))
                              : AuditText::tr("The audit log and the reveal log are intact "
                                              "(%n row(s), sealed without a key: %1)",
                                              nullptr, int(verdict.rowsChecked))
                                    .arg(key.note))
                << Qt::endl;
    return ExitOk;
}

} // namespace

int runAuditCommand(VerbContext &context)
{
    if (context.arguments == QStringList{QStringLiteral("verify")})
        return verify(context);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("verify"),
                                 AuditText::tr("Check that no row of the audit log or the "
                                               "reveal log was changed, deleted or added."));
    if (const int exit = parseVerbArguments(parser, QStringLiteral("audit"), context); exit >= 0)
        return exit;
    context.err << AuditText::tr("pingjia audit: say what to do: \"pingjia audit verify\".")
                << Qt::endl;
    return ExitUsage;
}

} // namespace pingjia
