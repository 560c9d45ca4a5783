// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/SyncCredentials.h"

#include <QFileInfo>

namespace pingjia {

std::optional<SyncCredentials> SyncCredentials::resolve(const RememberedAccount &stored,
                                                        const SyncCommandOptions &options,
                                                        QString *problem)
{
    SyncCredentials c;
    PlatformAccount &account = c.remembered.account;
    account.platformUrl = stored.account.platformUrl;
    if (options.platform) {
        account.platformUrl = PlatformAccount::normalizeUrl(*options.platform);
        if (account.platformUrl.isEmpty()) {
            *problem = tr("\"%1\" is not a platform address: give an http or https URL such "
                          "as https://hcp.example.gov.cn.")
                           .arg(*options.platform);
            return std::nullopt;
        }
    }
    const bool samePlatform = account.platformUrl == stored.account.platformUrl;
    account.user = options.user ? options.user->trimmed() : stored.account.user;
    if (options.user && account.user.isEmpty()) {
        *problem = tr("The user name is empty.");
        return std::nullopt;
    }
    if (!account.isComplete()) {
        *problem = tr("No platform is configured yet. The first time, run \"pingjia sync "
                      "--platform URL --user NAME\" (the password from PINGJIA_PASSWORD or "
                      "standard input); later a bare \"pingjia sync\" is enough.");
        return std::nullopt;
    }

    account.caFile = samePlatform ? stored.account.caFile : QString();
    if (options.caFile) {
        const QFileInfo ca(*options.caFile);
        if (!ca.isFile() || !ca.isReadable()) {
            *problem = tr("Cannot read the CA file %1.").arg(*options.caFile);
            return std::nullopt;
        }
        account.caFile = ca.absoluteFilePath();
    }
    c.remembered.codesOverride = samePlatform ? stored.codesOverride : std::nullopt;
    if (options.codes) {
        c.remembered.codesOverride = codeSetFromString(*options.codes);
        if (!c.remembered.codesOverride) {
            *problem = tr("Unknown code set \"%1\": use gbt39046 or upload.").arg(*options.codes);
            return std::nullopt;
        }
    }
    c.signIn = options.platform || options.user || qEnvironmentVariableIsSet("PINGJIA_PASSWORD");
    c.optionsChanged = account.caFile != stored.account.caFile ||
                       c.remembered.codesOverride != stored.codesOverride;
    return c;
}

} // namespace pingjia
