// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/LogFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>

#include <memory>

namespace pingjia {

namespace {

constexpr qint64 kRotateBytes = 5 * 1024 * 1024;

QMutex logMutex;
QFile *logFile = nullptr;
QtMessageHandler previousHandler = nullptr;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        if (logFile) {
            const QString line =
                QStringLiteral("%1 %2 [%3] %4\n")
                    .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                         QString::fromLatin1(levelName(type)),
                         QString::fromLatin1(context.category ? context.category : "default"),
                         message);
            logFile->write(line.toUtf8());
            logFile->flush();
        }
    }
    if ((type != QtDebugMsg && type != QtInfoMsg) || !logFile) {
        if (previousHandler)
            previousHandler(type, context, message);
    }
}

} // namespace

bool startLogFile(const QString &directory)
{
    const QString path = QDir(directory).filePath(QStringLiteral("pingjia.log"));
    if (QFile::exists(path) && QFileInfo(path).size() > kRotateBytes) {
        QFile::remove(path + QStringLiteral(".1"));
        QFile::rename(path, path + QStringLiteral(".1"));
    }
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return false;
    QMutexLocker lock(&logMutex);
    delete logFile;
    logFile = file.release();
    if (!previousHandler)
        previousHandler = qInstallMessageHandler(handleMessage);
    return true;
}

void stopLogFile()
{
    QMutexLocker lock(&logMutex);
    delete logFile;
    logFile = nullptr;
}

} // namespace pingjia
