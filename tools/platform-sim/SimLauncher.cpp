// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimLauncher.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace pingjia {
namespace {
} // namespace

SimLauncher::SimLauncher()
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
#ifdef Q_OS_LINUX
    // A test or demo that crashes must not leave its simulator running: the orphan would
    // keep the inherited stderr open and CTest would wait on it until the test's timeout.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
}

SimLauncher::~SimLauncher()
{
    stop();
}

QString SimLauncher::defaultProgram()
{
    const QString fromEnv = qEnvironmentVariable("PINGJIA_SIM");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString name = QStringLiteral("pingjia-platform-sim");
    const QDir appDir(QCoreApplication::applicationDirPath());
    // Installed side by side (bin/), or the build tree (app/ next to tools/platform-sim/).
    for (const QString &candidate :
         {appDir.filePath(name),
          appDir.filePath(QStringLiteral("../tools/platform-sim/") + name)}) {
        if (QFileInfo(candidate).isExecutable())
            return QDir::cleanPath(candidate);
    }
    const QString onPath = QStandardPaths::findExecutable(name);
    return onPath.isEmpty() ? appDir.filePath(name) : onPath;
}

bool SimLauncher::start(const QString &program, const QStringList &arguments, int timeoutMs)
{
    m_error.clear();
    m_baseUrl.clear();
    QStringList args = arguments;
    if (!args.contains(QStringLiteral("--port")))
        args << QStringLiteral("--port") << QStringLiteral("0");
    m_process.start(program, args, QIODevice::ReadOnly);
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = QCoreApplication::translate("pingjia::SimLauncher", "cannot start %1: %2")
                      .arg(program, m_process.errorString());
        return false;
    }
    static const QRegularExpression listening(
        QStringLiteral("^pingjia-platform-sim listening on (https?://127\\.0\\.0\\.1:\\d+)\\s*$"));
    const QDeadlineTimer deadline(timeoutMs);
    QByteArray buffer;
    while (!deadline.hasExpired()) {
        if (!m_process.canReadLine()) {
            if (m_process.state() != QProcess::Running) {
                m_error = QCoreApplication::translate("pingjia::SimLauncher",
                                                      "%1 exited (code %2) before listening")
                              .arg(program)
                              .arg(m_process.exitCode());
                return false;
            }
            m_process.waitForReadyRead(int(std::min<qint64>(deadline.remainingTime(), 1000)));
            continue;
        }
        const QString line = QString::fromUtf8(m_process.readLine());
        const auto m = listening.match(line);
        if (m.hasMatch()) {
            m_baseUrl = QUrl(m.captured(1));
            return true;
        }
        m_error =
            QCoreApplication::translate("pingjia::SimLauncher", "unexpected first line from %1: %2")
                .arg(program, line.trimmed());
        stop();
        return false;
    }
    m_error = QCoreApplication::translate("pingjia::SimLauncher",
                                          "%1 did not start listening within %2 ms")
                  .arg(program)
                  .arg(timeoutMs);
    stop();
    return false;
}

int SimLauncher::stop(int graceMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitCode();
    m_process.terminate(); // SIGTERM
    if (m_process.waitForFinished(graceMs))
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    m_process.kill();
    m_process.waitForFinished(graceMs);
    return -1;
}

bool SimLauncher::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

qint64 SimLauncher::pid() const
{
    return m_process.processId();
}

} // namespace pingjia
