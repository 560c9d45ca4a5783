// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What /proc says of this process, for the bench programs: a field of
// /proc/self/status in kB ("VmHWM:" = peak resident memory, "VmRSS:" = now); the CPU
// time this process has used (every thread, user + system), since wall figures on a shared
// machine mostly measure the wait for a core.

#include <QByteArray>
#include <QFile>

#include <sys/resource.h>

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

inline double processCpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (double(u.ru_utime.tv_sec) + double(u.ru_stime.tv_sec)) * 1e3 +
           (double(u.ru_utime.tv_usec) + double(u.ru_stime.tv_usec)) / 1e3;
}

} // namespace pingjia::bench
