// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/UserHome.h"

#include "models/store/CacheDatabase.h"
#include "models/store/LocalWorkDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace pingjia {

namespace {

struct UserHomeText {
    Q_DECLARE_TR_FUNCTIONS(UserHome)
};

} // namespace

UserHome UserHome::inDirectory(const QString &directory)
{
    UserHome home;
    home.m_explicit = true;
    home.m_dataDirectory = QDir::cleanPath(QDir(directory).absolutePath());
    return home;
}

UserHome UserHome::standard()
{
    UserHome home;
    home.m_dataDirectory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return home;
}

QString UserHome::cacheFile() const
{
    return m_dataDirectory + QLatin1Char('/') + QLatin1String(CacheDatabase::kFileName);
}

QString UserHome::localWorkFile() const
{
    return m_dataDirectory + QLatin1Char('/') + QLatin1String(LocalWorkDatabase::kFileName);
}

QString UserHome::logDirectory() const
{
    return m_dataDirectory + QStringLiteral("/logs");
}

QString UserHome::extraCalendarFile() const
{
    return m_dataDirectory + QStringLiteral("/holidays-extra.tsv");
}

QString UserHome::settingsFile() const
{
    return m_explicit ? m_dataDirectory + QStringLiteral("/pingjia.ini") : QString();
}

std::unique_ptr<QSettings> UserHome::openSettings() const
{
    if (m_explicit)
        return std::make_unique<QSettings>(settingsFile(), QSettings::IniFormat);
    return std::make_unique<QSettings>();
}

bool UserHome::ensureExists(QString *error) const
{
    for (const QString &dir : {m_dataDirectory, logDirectory()}) {
        const QFileInfo info(dir);
        if (info.exists() && !info.isDir()) {
            *error = UserHomeText::tr("%1 exists but is not a folder.")
                         .arg(QDir::toNativeSeparators(dir));
            return false;
        }
        if (!QDir().mkpath(dir)) {
            *error =
                UserHomeText::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir));
            return false;
        }
    }
    if (!QFileInfo(m_dataDirectory).isWritable()) {
        *error = UserHomeText::tr("The folder %1 is not writable.")
                     .arg(QDir::toNativeSeparators(m_dataDirectory));
        return false;
    }
    return true;
}

} // namespace pingjia
