// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sync/SyncTypes.h"

namespace pingjia {

QString syncErrorKindName(SyncErrorKind kind)
{
    switch (kind) {
    case SyncErrorKind::None:
        return QStringLiteral("none");
    case SyncErrorKind::Network:
        return QStringLiteral("network");
    case SyncErrorKind::Busy:
        return QStringLiteral("busy");
    case SyncErrorKind::Credentials:
        return QStringLiteral("credentials");
    case SyncErrorKind::Keychain:
        return QStringLiteral("keychain");
    case SyncErrorKind::Tls:
        return QStringLiteral("tls");
    case SyncErrorKind::Platform:
        return QStringLiteral("platform");
    case SyncErrorKind::Store:
        return QStringLiteral("store");
    case SyncErrorKind::NotSignedIn:
        return QStringLiteral("not_signed_in");
    case SyncErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

qint64 SyncProgress::totalFetched() const
{
    qint64 total = 0;
    for (const ListProgress &l : lists)
        total += l.fetched;
    return total;
}

qint64 SyncProgress::totalReceived() const
{
    qint64 total = 0;
    for (const ListProgress &l : lists)
        total += l.received;
    return total;
}

} // namespace pingjia
