// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ConnectionStatus.h"

namespace pingjia {

ConnectionStatus::ConnectionStatus(QObject *parent) : QObject(parent)
{
}

void ConnectionStatus::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    emit onlineChanged(online);
}

void ConnectionStatus::setLastSync(const QDateTime &at)
{
    if (at == m_lastSync && at.isValid() == m_lastSync.isValid())
        return;
    m_lastSync = at;
    emit lastSyncChanged(at);
}

void ConnectionStatus::setSignedIn(bool signedIn)
{
    if (signedIn == m_signedIn)
        return;
    m_signedIn = signedIn;
    emit accountStateChanged();
}

void ConnectionStatus::setPendingUploads(int count)
{
    if (count == m_pendingUploads)
        return;
    m_pendingUploads = count;
    emit accountStateChanged();
}

} // namespace pingjia
