// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reports/ExportFile.h"

#include "models/reports/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace pingjia {

bool replaceFileAtomically(const QString &path,
                           const std::function<bool(const QString &, QString *)> &write,
                           QString *error)
{
    const QFileInfo target(path);
    // QTemporaryFile creates the file 0600; the rename keeps that mode.
    QTemporaryFile temporary(
        target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(target.fileName())));
    if (!temporary.open()) {
        *error = QCoreApplication::translate("ExportFile", "Cannot write in %1: %2")
                     .arg(QDir::toNativeSeparators(target.absolutePath()), temporary.errorString());
        return false;
    }
    temporary.close();
    if (!write(temporary.fileName(), error))
        return false;
    const QByteArray from = QFile::encodeName(temporary.fileName());
    const QByteArray to = QFile::encodeName(target.absoluteFilePath());
    if (std::rename(from.constData(), to.constData()) != 0) {
        *error =
            QCoreApplication::translate("ExportFile", "Cannot replace %1: %2")
                .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    temporary.setAutoRemove(false);
    qCInfo(lcReports) << "export written" << target.fileName();
    return true;
}

} // namespace pingjia
