// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Commands.h"
#include "app/cli/Verb.h"

#include "app/ExitCode.h"

#include <QCoreApplication>
#include <QTextStream>

namespace pingjia {

namespace {

struct VerbText {
    Q_DECLARE_TR_FUNCTIONS(Verbs)
};

} // namespace

int verbNotAvailableYet(VerbContext &context, const QString &verb, const QString &feature)
{
    context.err
        << VerbText::tr("pingjia %1 is not available yet: it arrives with %2.").arg(verb, feature)
        << Qt::endl;
    return ExitUsage;
}

} // namespace pingjia
