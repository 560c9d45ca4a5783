// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Commands.h"
#include "app/cli/Verb.h"

#include <QCoreApplication>

namespace pingjia {

// Placeholder until the feature lands: replace the body, keep the signature.
int runQueueCommand(VerbContext &context)
{
    return verbNotAvailableYet(
        context, QStringLiteral("queue"),
        QCoreApplication::translate("Verbs", "the bad-review queue feature"));
}

} // namespace pingjia
