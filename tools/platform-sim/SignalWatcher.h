// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QObject>

class QSocketNotifier;

namespace pingjia {

// Turns SIGTERM and SIGINT into a Qt signal (self-pipe), so the event loop ends and the
// process exits cleanly instead of dying mid-write.
class SignalWatcher : public QObject {
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested(int signal);

private:
    static void onSignal(int signal);
    void readSignal();

    static int s_fds[2];
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace pingjia
