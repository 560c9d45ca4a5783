// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/SyncReportText.h"

#include "models/sync/SyncEstimate.h"

#include <algorithm>

namespace pingjia {

QString SyncReportText::listTitle(CacheList list)
{
    switch (list) {
    case CacheList::Orgs:
        return tr("Organizations");
    case CacheList::Staff:
        return tr("Staff");
    case CacheList::Items:
        return tr("Service items");
    case CacheList::Cases:
        return tr("Cases");
    case CacheList::Evaluations:
        return tr("Evaluations");
    case CacheList::BadReviews:
        return tr("Bad-review handling");
    }
    return listName(list);
}

QString SyncReportText::duration(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0);
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

QString SyncReportText::progressLine(const SyncProgress &progress)
{
    // Pages are stored on a writer thread behind the receiving one, so the stored count
    // trails (a small list is received in full before its page is stored): the line
    // counts what was received, and what is stored only once there is some.
    const ListProgress &current = progress.of(progress.current);
    QStringList parts;
    parts << tr("%1: %2 received").arg(listTitle(progress.current)).arg(current.received);
    if (current.fetched > 0)
        parts.last() += tr(", %1 stored").arg(current.fetched);
    if (current.skipped > 0)
        parts.last() += tr(", %1 skipped").arg(current.skipped);
    const double perSecond =
        SyncEstimate::recordsPerSecond(progress.totalReceived(), progress.elapsedMs);
    if (qRound64(perSecond) > 0)
        parts << tr("%1 records/s").arg(qRound64(perSecond));
    if (current.done)
        parts << tr("done");
    else if (progress.etaSeconds >= 0)
        parts << tr("about %1 left").arg(duration(progress.etaSeconds));
    else
        parts << tr("time left unknown");
    return parts.join(QStringLiteral(" · "));
}

double SyncReportText::overallFraction(const SyncProgress &progress)
{
    double sum = 0;
    for (const ListProgress &l : progress.lists)
        sum += l.done ? 1.0 : std::clamp(l.fraction, 0.0, 1.0);
    return sum / double(progress.lists.size());
}

QString SyncReportText::totalLine(const SyncProgress &progress)
{
    return tr("%1 records stored in %2 (%3 records/s)")
        .arg(progress.totalFetched())
        .arg(duration(progress.elapsedMs / 1000))
        .arg(qRound64(progress.recordsPerSecond));
}

QString SyncReportText::listLine(CacheList list, const ListProgress &progress)
{
    QString line = tr("%1: %2 received, %3 stored, %4 skipped")
                       .arg(listTitle(list))
                       .arg(progress.fetched + progress.skipped)
                       .arg(progress.fetched)
                       .arg(progress.skipped);
    if (progress.restarted)
        line += tr(" (the platform forgot where we were: pulled again from the start)");
    return line;
}

QString SyncReportText::skipActionName(SkippedRecord::Action action)
{
    switch (action) {
    case SkippedRecord::Action::Skipped:
        return tr("skipped");
    case SkippedRecord::Action::Truncated:
        return tr("kept, shortened");
    case SkippedRecord::Action::Kept:
        return tr("kept");
    }
    return {};
}

QString SyncReportText::skippedLine(const SkippedRecord &skipped)
{
    return tr("%1 %2: %3 (%4)")
        .arg(listTitle(skipped.list), skipped.id, skipped.reason, skipActionName(skipped.action));
}

QString SyncReportText::pushLine(const PushResult &push)
{
    // Counts of this one upload, said as such: the sync page states the running total.
    if (push.acked + push.conflicts + push.refused + push.remaining == 0 && push.error.ok())
        return tr("Upload: no action was waiting.");
    return tr("This upload: %1 acknowledged, %2 conflicts, %3 refused, %4 still waiting")
        .arg(push.acked)
        .arg(push.conflicts)
        .arg(push.refused)
        .arg(push.remaining);
}

QStringList SyncReportText::summaryLines(const SyncResult &result)
{
    QStringList lines;
    for (CacheList list : kSyncedLists)
        lines << listLine(list, result.progress.of(list));
    qint64 skipped = 0;
    for (CacheList list : kSyncedLists)
        skipped += result.progress.of(list).skipped;
    if (skipped > 0) {
        lines << tr("Records left out or changed (%1):").arg(skipped);
        for (const SkippedRecord &s : result.skipped)
            lines << QStringLiteral("  ") + skippedLine(s);
        if (skipped > result.skipped.size())
            lines << tr("  … and %1 more (see the log file)").arg(skipped - result.skipped.size());
    }
    lines << pushLine(result.push);
    if (!result.push.error.ok())
        lines << tr("Upload stopped: %1").arg(result.push.error.message);
    return lines;
}

QString SyncReportText::errorText(const SyncError &error, int pendingActions)
{
    QString text = error.message;
    switch (error.kind) {
    case SyncErrorKind::Network:
        text = tr("The platform is unreachable (offline): %1").arg(error.message);
        text += QLatin1Char(' ') + tr("The cached data still works.");
        if (pendingActions > 0)
            text += QLatin1Char(' ') + tr("%n local action(s) stay pending and go out when "
                                          "the platform answers again.",
                                          nullptr, pendingActions);
        break;
    case SyncErrorKind::Keychain:
        text = tr("No usable system keychain: %1").arg(error.message);
        text += QLatin1Char(' ') +
                tr("Pingjia keeps the platform password and refresh token only in the "
                   "system keychain (Secret Service), never in a file. Start a desktop session "
                   "with an unlocked keyring (e.g. gnome-keyring) and try again.");
        break;
    case SyncErrorKind::Tls:
        text = tr("The platform's certificate is not trusted: %1").arg(error.message);
        text += QLatin1Char(' ') +
                tr("If the platform uses its own certificate authority, pin its CA file.");
        break;
    case SyncErrorKind::NotSignedIn:
        text += QLatin1Char(' ') + tr("Sign in to the platform first.");
        break;
    default:
        break;
    }
    return text;
}

} // namespace pingjia
