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
    // Whether a platform account is signed in (never: "not signed in", not "offline").
    bool isSignedIn() const { return m_signedIn; }
    // Handling actions recorded here that the platform has not acknowledged yet.
    int pendingUploads() const { return m_pendingUploads; }
    // Invalid when the cache was never synced.
    QDateTime lastSync() const { return m_lastSync; }

public slots:
    void setOnline(bool online);
    void setLastSync(const QDateTime &at);
    void setSignedIn(bool signedIn);
    void setPendingUploads(int count);

signals:
    // Signed in or the pending count changed.
    void accountStateChanged();
    void onlineChanged(bool online);
    void lastSyncChanged(const QDateTime &at);

private:
    bool m_online = false;
    bool m_signedIn = false;
    int m_pendingUploads = 0;
    QDateTime m_lastSync;
};

} // namespace pingjia
