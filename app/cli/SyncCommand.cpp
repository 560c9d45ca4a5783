// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Commands.h"
#include "app/cli/Verb.h"

#include <QCoreApplication>

namespace pingjia {

// Placeholder until the feature lands: replace the body, keep the signature.
int runSyncCommand(VerbContext &context)
{
    return verbNotAvailableYet(context, QStringLiteral("sync"),
                               QCoreApplication::translate("Verbs", "the sync feature"));
}

} // namespace pingjia
