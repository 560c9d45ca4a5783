// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/AppIdentity.h"

#include <QCoreApplication>

namespace pingjia {

const char *applicationVersion()
{
    return PINGJIA_VERSION;
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Pingjia"));
    QCoreApplication::setApplicationName(QStringLiteral("pingjia"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(applicationVersion()));
}

} // namespace pingjia
