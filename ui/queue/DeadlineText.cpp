// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/DeadlineText.h"

#include "models/domain/PlatformTime.h"

#include <QCoreApplication>

namespace pingjia {

QString deadlineText(const QDateTime &deadline, bool estimated)
{
    if (!deadline.isValid())
        return QStringLiteral("—");
    const QString at = formatPlatformTime(deadline).left(16);
    return estimated ? QCoreApplication::translate("pingjia::DeadlineText", "%1 (est.)").arg(at)
                     : at;
}

QDateTime endOfPlatformDay(QDate date)
{
    return platformDateTime(date, QTime(23, 59, 59));
}

} // namespace pingjia
