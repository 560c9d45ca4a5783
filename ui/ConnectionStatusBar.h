// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDateTime>
#include <QWidget>

#include <functional>

class QLabel;
class QTimer;

namespace pingjia {

class ConnectionStatus;

// The status-bar part that shows online/offline, the last sync time and the age of
// the cached data. Listens to ConnectionStatus; refreshes the age once a minute.
class ConnectionStatusBar : public QWidget {
    Q_OBJECT
public:
    using NowFunction = std::function<QDateTime()>;

    ConnectionStatusBar(ConnectionStatus &status, NowFunction now, QWidget *parent = nullptr);

    QString onlineText() const;
    QString syncText() const;
    QString pendingText() const; // empty when nothing waits

public slots:
    void refresh();

private:
    ConnectionStatus &m_status;
    NowFunction m_now;
    QLabel *m_online = nullptr;
    QLabel *m_sync = nullptr;
    QLabel *m_pending = nullptr;
    QTimer *m_ageTimer = nullptr;
};

} // namespace pingjia
