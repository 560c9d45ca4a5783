// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Commands.h"
#include "app/cli/Verb.h"

#include <QCoreApplication>

namespace pingjia {

// Placeholder until the feature lands: replace the body, keep the signature.
int runBulletinCommand(VerbContext &context)
{
    return verbNotAvailableYet(context, QStringLiteral("bulletin"),
                               QCoreApplication::translate("Verbs", "the bulletin feature"));
}

} // namespace pingjia
