// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/MappedReads.h"

#include "models/store/Connection.h"
#include "models/store/Logging.h"

namespace pingjia {

namespace {

// Not fatal when refused: the operation only reads as it did before.
void setMapSize(Connection &c, const QVariant &bytes)
{
    if (!bytes.isValid())
        return;
    const StoreResult r =
        c.exec(QStringLiteral("PRAGMA main.mmap_size=%1").arg(bytes.toLongLong()));
    if (!r.ok())
        qCInfo(lcStore) << "mapped reads: PRAGMA mmap_size not set:" << r.message;
}

} // namespace

MappedReads::MappedReads(Connection &connection) : m_connection(connection)
{
    StoreResult r;
    m_previous = connection.scalar(QStringLiteral("PRAGMA main.mmap_size"), &r);
    if (!r.ok()) {
        m_previous = {};
        return;
    }
    setMapSize(m_connection, kMapBytes);
}

MappedReads::~MappedReads()
{
    setMapSize(m_connection, m_previous);
}

} // namespace pingjia
