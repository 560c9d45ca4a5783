// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDateTime>
#include <QObject>

namespace pingjia {

// What the window knows about the platform connection. The sync layer feeds it
// (setOnline after each request outcome, setLastSync after a completed sync); the
// status bar and pages only listen. Starts offline and never synced.
class ConnectionStatus : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool online READ isOnline WRITE setOnline NOTIFY onlineChanged)
    Q_PROPERTY(QDateTime lastSync READ lastSync WRITE setLastSync NOTIFY lastSyncChanged)
public:
    explicit ConnectionStatus(QObject *parent = nullptr);

    bool isOnline() const { return m_online; }
    // Invalid when the cache was never synced.
    QDateTime lastSync() const { return m_lastSync; }

public slots:
    void setOnline(bool online);
    void setLastSync(const QDateTime &at);

signals:
    void onlineChanged(bool online);
    void lastSyncChanged(const QDateTime &at);

private:
    bool m_online = false;
    QDateTime m_lastSync;
};

} // namespace pingjia
