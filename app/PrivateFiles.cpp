// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/PrivateFiles.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace pingjia {

namespace {

constexpr QFile::Permissions kOwnerFile =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
constexpr QFile::Permissions kOwnerFolder = kOwnerFile | QFile::ExeOwner | QFile::ExeUser;
constexpr QFile::Permissions kOthers = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                       QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

bool tighten(const QFileInfo &info, QFile::Permissions wanted)
{
    if (!(info.permissions() & kOthers))
        return false;
    return QFile::setPermissions(info.absoluteFilePath(), wanted);
}

} // namespace

void restrictNewFilesToOwner()
{
#ifdef Q_OS_UNIX
    ::umask(S_IRWXG | S_IRWXO);
#endif
}

QStringList tightenToOwner(const QString &directory)
{
    QStringList tightened;
    const QFileInfo top(directory);
    if (top.isDir() && tighten(top, kOwnerFolder))
        tightened << top.absoluteFilePath();
    QDirIterator it(directory,
                    QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink())
            continue;
        if (tighten(info, info.isDir() ? kOwnerFolder : kOwnerFile))
            tightened << info.absoluteFilePath();
    }
    return tightened;
}

} // namespace pingjia
