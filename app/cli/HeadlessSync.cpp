// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/HeadlessSync.h"

#include "models/domain/PlatformTime.h"
#include "ui/sync/SyncReportText.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <csignal>

namespace pingjia {

namespace {

// Ctrl+C stops the sync after the page being stored (everything committed stays); a
// second Ctrl+C ends the process the usual way.
std::atomic_bool *g_interrupt = nullptr;
static_assert(std::atomic_bool::is_always_lock_free, "set from a signal handler");

extern "C" void stopOnInterrupt(int)
{
    if (g_interrupt)
        g_interrupt->store(true);
    std::signal(SIGINT, SIG_DFL);
}

// A line when a list starts, else at most one a second.
class ProgressPrinter {
public:
    explicit ProgressPrinter(QTextStream &err) : m_err(err) { m_sinceLine.start(); }

    void operator()(const SyncProgress &p)
    {
        if (m_printed && p.current == m_current && m_sinceLine.elapsed() < 1000)
            return;
        m_printed = true;
        m_current = p.current;
        m_sinceLine.restart();
        m_err << SyncReportText::progressLine(p) << Qt::endl;
    }

private:
    QTextStream &m_err;
    QElapsedTimer m_sinceLine;
    CacheList m_current = CacheList::Orgs;
    bool m_printed = false;
};

} // namespace

HeadlessSync::HeadlessSync(QTextStream &out, QTextStream &err)
    : m_out(out), m_err(err), m_cancel(std::make_shared<std::atomic_bool>(false))
{
    g_interrupt = m_cancel.get();
    std::signal(SIGINT, stopOnInterrupt);
}

HeadlessSync::~HeadlessSync()
{
    std::signal(SIGINT, SIG_DFL);
    g_interrupt = nullptr;
}

SyncResult HeadlessSync::run(SyncSession &session)
{
    ProgressPrinter printer(m_err);
    session.setProgressObserver([&printer](const SyncProgress &p) { printer(p); });
    const SyncResult result = session.sync();
    session.setProgressObserver({});
    if (result.progress.totalFetched() > 0)
        m_err << SyncReportText::totalLine(result.progress) << Qt::endl;

    // A sync that stopped before doing anything has nothing to summarize.
    const PushResult &push = result.push;
    if (result.ok() || result.progress.totalFetched() > 0 ||
        push.acked + push.conflicts + push.refused > 0) {
        const PlatformAccount &account = session.account();
        m_out << tr("Platform: %1 (user %2)").arg(account.platformUrl, account.user) << '\n';
        for (const QString &line : SyncReportText::summaryLines(result))
            m_out << line << '\n';
    }
    if (result.finishedAt.isValid())
        m_out << tr("Last sync: %1").arg(formatPlatformTime(result.finishedAt)) << '\n';
    m_out.flush();
    return result;
}

} // namespace pingjia
