// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace pingjia {

// Starts pingjia-platform-sim as a child process and waits for its first stdout line
// ("pingjia-platform-sim listening on http://127.0.0.1:PORT"). QtCore only: used by the
// tests, the benchmarks and `pingjia demo`. The child's stderr (its log) is forwarded.
class SimLauncher {
public:
    SimLauncher();
    ~SimLauncher(); // stops the simulator

    SimLauncher(const SimLauncher &) = delete;
    SimLauncher &operator=(const SimLauncher &) = delete;

    // Starts `program` with `arguments` (add "--port 0" yourself or let start() do it when
    // no --port is given) and blocks until it listens, exits, or `timeoutMs` passes.
    bool start(const QString &program, const QStringList &arguments, int timeoutMs = 120000);
    // SIGTERM, then kill after `graceMs`. Returns the exit code (-1 if it had to be killed).
    int stop(int graceMs = 10000);

    bool isRunning() const;
    QUrl baseUrl() const { return m_baseUrl; }
    qint64 pid() const;
    QString errorString() const { return m_error; }
    QProcess &process() { return m_process; }

    // PINGJIA_SIM if set; else pingjia-platform-sim next to the application, in the build
    // tree's tools/platform-sim/, or on PATH.
    static QString defaultProgram();

private:
    QProcess m_process;
    QUrl m_baseUrl;
    QString m_error;
};

} // namespace pingjia
