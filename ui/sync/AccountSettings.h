// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The platform account remembered in the home's settings, so that a later `pingjia sync`
// and the window need no flags. Only what is not secret: the URL, the user name, the
// pinned CA file and the codes override. Passwords and tokens live in the keychain only.

#include "models/domain/EvaluationLevel.h"
#include "models/sync/PlatformAccount.h"
#include "ui/queue/CurrentUser.h"

#include <optional>

class QSettings;

namespace pingjia {

struct RememberedAccount {
    PlatformAccount account;
    // For a platform whose meta lies about its satisfaction codes (--codes).
    std::optional<CodeSet> codesOverride;
};

class AccountSettings {
public:
    static constexpr char kPlatformKey[] = "account/platform";
    // The queue's key: the signed-in user is the actor of recorded actions.
    static constexpr const char *kUserKey = kAccountUserKey;
    static constexpr char kCaFileKey[] = "account/caFile";
    static constexpr char kCodesKey[] = "account/codes";

    static RememberedAccount read(const QSettings &settings);
    // Written after a successful sign-in only, so a mistyped URL is never remembered.
    static void remember(QSettings &settings, const RememberedAccount &remembered);
    static void forget(QSettings &settings);
};

} // namespace pingjia
