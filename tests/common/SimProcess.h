// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The platform simulator as a child process, for tests and benchmarks: the binary comes
// from PINGJIA_SIM (set by pingjia_test). QtCore only; link pingjia_simlauncher.
#include "tools/platform-sim/SimLauncher.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace pingjia {

class SimProcess {
public:
    SimProcess() = default;
    ~SimProcess() { stop(); }

    // Starts the simulator with `arguments` ("--port 0" is added unless given) and waits
    // until it listens. False with errorString() when it cannot.
    bool start(const QStringList &arguments = {}, int timeoutMs = 180000)
    {
        return m_launcher.start(SimLauncher::defaultProgram(), arguments, timeoutMs);
    }
    // SIGTERM, then kill: the simulator's exit code (0 after a clean shutdown).
    int stop() { return m_launcher.stop(); }

    bool isRunning() const { return m_launcher.isRunning(); }
    QUrl baseUrl() const { return m_launcher.baseUrl(); }
    // baseUrl() with `path` ("/api/v1/meta") and an optional query.
    QUrl url(const QString &path, const QString &query = {}) const;
    qint64 pid() const { return m_launcher.pid(); }
    QString errorString() const { return m_launcher.errorString(); }
    SimLauncher &launcher() { return m_launcher; }

private:
    SimLauncher m_launcher;
};

} // namespace pingjia
