// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/IndexBuildSettings.h"

#include "models/store/Connection.h"
#include "models/store/Logging.h"

#include <QThread>

namespace pingjia {

namespace {

// Not fatal when a setting is refused: the build only runs slower.
void set(Connection &c, const char *pragma, const QVariant &value)
{
    if (!value.isValid())
        return;
    const StoreResult r =
        c.exec(QStringLiteral("PRAGMA %1=%2").arg(QLatin1String(pragma), value.toString()));
    if (!r.ok())
        qCInfo(lcStore) << "index build: PRAGMA" << pragma << "not set:" << r.message;
}

QVariant current(Connection &c, const char *pragma)
{
    StoreResult r;
    const QVariant v = c.scalar(QStringLiteral("PRAGMA %1").arg(QLatin1String(pragma)), &r);
    return r.ok() ? v : QVariant();
}

} // namespace

int IndexBuildSettings::sorterThreads()
{
    return qBound(1, QThread::idealThreadCount(), 8);
}

IndexBuildSettings::IndexBuildSettings(Connection &connection)
    : m_connection(connection), m_threads(current(connection, "threads")),
      m_tempStore(current(connection, "temp_store")),
      m_cacheSize(current(connection, "cache_size")), m_mmapSize(current(connection, "mmap_size"))
{
    set(m_connection, "temp_store", QStringLiteral("FILE"));
    set(m_connection, "threads", sorterThreads());
    set(m_connection, "cache_size", -kSorterRunKiB);
    set(m_connection, "mmap_size", 0);
}

IndexBuildSettings::~IndexBuildSettings()
{
    set(m_connection, "mmap_size", m_mmapSize);
    set(m_connection, "cache_size", m_cacheSize);
    set(m_connection, "threads", m_threads);
    set(m_connection, "temp_store", m_tempStore);
}

} // namespace pingjia
