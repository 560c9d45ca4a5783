// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ConnectionStatusBar.h"

#include "models/domain/PlatformTime.h"
#include "ui/ConnectionStatus.h"
#include "ui/DataAge.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

namespace pingjia {

namespace {

// Platform times are China Standard Time whatever zone the machine is in; minutes are
// enough in a status bar.
QString platformTimeText(const QDateTime &at)
{
    return formatPlatformTime(at).left(16);
}

} // namespace

ConnectionStatusBar::ConnectionStatusBar(ConnectionStatus &status, NowFunction now, QWidget *parent)
    : QWidget(parent), m_status(status), m_now(std::move(now))
{
    m_online = new QLabel(this);
    m_online->setObjectName(QStringLiteral("onlineState"));
    m_sync = new QLabel(this);
    m_sync->setObjectName(QStringLiteral("syncState"));
    m_pending = new QLabel(this);
    m_pending->setObjectName(QStringLiteral("pendingUploads"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(m_pending);
    layout->addWidget(m_sync);
    layout->addWidget(m_online);

    m_ageTimer = new QTimer(this);
    m_ageTimer->setInterval(60 * 1000);
    connect(m_ageTimer, &QTimer::timeout, this, &ConnectionStatusBar::refresh);
    m_ageTimer->start();

    connect(&m_status, &ConnectionStatus::onlineChanged, this, &ConnectionStatusBar::refresh);
    connect(&m_status, &ConnectionStatus::lastSyncChanged, this, &ConnectionStatusBar::refresh);
    connect(&m_status, &ConnectionStatus::accountStateChanged, this, &ConnectionStatusBar::refresh);
    refresh();
}

QString ConnectionStatusBar::onlineText() const
{
    return m_online->text();
}

QString ConnectionStatusBar::syncText() const
{
    return m_sync->text();
}

QString ConnectionStatusBar::pendingText() const
{
    return m_pending->text();
}

void ConnectionStatusBar::refresh()
{
    // Colour is a hint only; the word says it for colour-blind users and screenshots.
    const bool online = m_status.isOnline();
    // Offline means an account that cannot reach its platform; without one, say so.
    m_online->setText(online                  ? tr("● Online")
                      : m_status.isSignedIn() ? tr("● Offline")
                                              : tr("● Not signed in"));
    m_online->setStyleSheet(online ? QStringLiteral("color: #1b7f3b;")
                                   : QStringLiteral("color: #8a5a00;"));
    const int pending = m_status.pendingUploads();
    m_pending->setText(pending > 0 ? tr("%n action(s) waiting to upload", nullptr, pending)
                                   : QString());
    m_pending->setVisible(pending > 0);

    const QDateTime last = m_status.lastSync();
    if (!last.isValid()) {
        m_sync->setText(tr("Last sync: never synced"));
        m_sync->setToolTip(tr("The local cache holds no platform data yet."));
        return;
    }
    const qint64 age = std::max<qint64>(0, last.secsTo(m_now()));
    m_sync->setText(
        tr("Last sync: %1 · data %2").arg(platformTimeText(last), describeDataAge(age)));
    m_sync->setToolTip(tr("Times are China Standard Time (UTC+8)."));
}

} // namespace pingjia
