// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the real `pingjia` binary ($PINGJIA_APP) headless, in English, with a fixed
// environment: the caller's D-Bus session (the KEYRING launcher's keyring) unless
// told otherwise, and no PINGJIA_PASSWORD unless given.

#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace pingjia::syncfront {

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};

class CliRunner {
public:
    QString app = qEnvironmentVariable("PINGJIA_APP");
    QString home;

    // `env` values replace the environment's; a key mapped to a null QString is removed.
    CliResult run(const QStringList &args, const QMap<QString, QString> &env = {},
                  const QByteArray &input = {}) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const char *name :
             {"PINGJIA_HOME", "PINGJIA_NOW", "PINGJIA_PASSWORD", "DISPLAY", "WAYLAND_DISPLAY"})
            e.remove(QString::fromLatin1(name));
        e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        for (auto it = env.begin(); it != env.end(); ++it) {
            if (it.value().isNull())
                e.remove(it.key());
            else
                e.insert(it.key(), it.value());
        }
        QProcess process;
        process.setProcessEnvironment(e);
        process.start(app, QStringList{QStringLiteral("--home"), home, QStringLiteral("--lang"),
                                       QStringLiteral("en")} +
                               args);
        if (!process.waitForStarted(-1))
            return {};
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(-1))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
};

} // namespace pingjia::syncfront
