// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

#include <memory>

class QSettings;

namespace pingjia {

// Where one user's files live. With --home DIR (or PINGJIA_HOME) everything is inside
// DIR: the INI settings file, the cache, the local-work file and the logs, so a folder
// can be copied, backed up or thrown away whole. Without it: the platform's standard
// data location and the native settings store. Resolving creates nothing on disk.
class UserHome {
public:
    static UserHome inDirectory(const QString &directory);
    static UserHome standard();

    bool isExplicit() const { return m_explicit; }
    // The folder shown to the user: DIR, or the standard data folder.
    QString directory() const { return m_dataDirectory; }
    QString cacheFile() const;
    QString localWorkFile() const;
    QString logDirectory() const;
    // A holiday calendar file the user loaded for years the built-in one lacks.
    QString extraCalendarFile() const;
    // The INI file in DIR; empty for the native store.
    QString settingsFile() const;

    std::unique_ptr<QSettings> openSettings() const;
    // Creates the folders; false with a message when impossible (a file in the way,
    // no permission).
    bool ensureExists(QString *error) const;

private:
    bool m_explicit = false;
    QString m_dataDirectory;
};

} // namespace pingjia
