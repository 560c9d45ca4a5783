// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What /proc says of this process, for the bench programs: a field of
// /proc/self/status in kB ("VmHWM:" = peak resident memory, "VmRSS:" = now).

#include <QByteArray>
#include <QFile>

namespace pingjia::bench {

inline qint64 procStatusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace pingjia::bench
