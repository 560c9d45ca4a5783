// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/Clock.h"

#include "models/domain/Logging.h"
#include "models/domain/PlatformTime.h"

#include <QMutex>
#include <QMutexLocker>
#include <QtGlobal>

#include <atomic>

namespace pingjia {

namespace {
QMutex overrideMutex;
QDateTime overrideTime; // guarded by overrideMutex

QDateTime environmentTime()
{
    const QByteArray raw = qgetenv("PINGJIA_NOW");
    if (raw.isEmpty())
        return {};
    return parsePlatformTime(QString::fromUtf8(raw));
}
} // namespace

QDateTime Clock::now()
{
    {
        QMutexLocker lock(&overrideMutex);
        if (overrideTime.isValid())
            return overrideTime.toTimeZone(platformZone());
    }
    const QDateTime fromEnv = environmentTime();
    if (fromEnv.isValid())
        return fromEnv;
    static std::atomic_bool warned = false; // once: now() is called per row in views
    if (environmentOverrideInvalid() && !warned.exchange(true))
        qCWarning(lcDomain) << "PINGJIA_NOW is not \"yyyy-MM-dd HH:mm:ss\"; using the wall clock";
    const qint64 secs = QDateTime::currentSecsSinceEpoch();
    return QDateTime::fromSecsSinceEpoch(secs, platformZone());
}

void Clock::setOverride(const QDateTime &time)
{
    QMutexLocker lock(&overrideMutex);
    overrideTime = time;
}

void Clock::clearOverride()
{
    QMutexLocker lock(&overrideMutex);
    overrideTime = QDateTime();
}

bool Clock::environmentOverrideInvalid()
{
    return !qgetenv("PINGJIA_NOW").isEmpty() && !environmentTime().isValid();
}

} // namespace pingjia
