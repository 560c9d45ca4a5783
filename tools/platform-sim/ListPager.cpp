// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListPager.h"

#include "tools/platform-sim/Cursor.h"
#include "tools/platform-sim/FaultInjector.h"
#include "tools/platform-sim/PlatformState.h"
#include "tools/platform-sim/Scope.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pingjia {

QByteArray renderPage(const PlatformState &state, const PageRequest &request, const Scope &scope,
                      const QString &instance, FaultInjector &faults)
{
    const ChangeFeed &feed = state.feed(request.list);
    QJsonArray items;
    int budget = request.limit;

    if (request.from > 0 && faults.duplicate()) {
        // Repeat a few records of earlier positions, as a platform with a sloppy cursor
        // would: the client must upsert by id.
        const int wanted = int(std::min<qint64>(faults.rng().between(1, 5), budget - 1));
        for (int tries = 0; items.size() < wanted && tries < 50; ++tries) {
            const qsizetype pos = qsizetype(faults.rng().between(0, request.from - 1));
            const quint32 index = feed.indexAt(pos);
            if (feed.isCurrent(pos) && state.visible(request.list, index, scope))
                items.append(state.render(request.list, index));
        }
        budget -= int(items.size());
    }

    qsizetype pos = request.from;
    const qsizetype end = feed.size();
    const qsizetype scanEnd = std::min(end, pos + kMaxScanPerPage);
    int taken = 0;
    while (pos < scanEnd && taken < budget) {
        const quint32 index = feed.indexAt(pos);
        if (feed.isCurrent(pos) && state.visible(request.list, index, scope)) {
            items.append(state.render(request.list, index));
            ++taken;
        }
        ++pos;
    }
    const Cursor next{request.list, instance, pos};
    const QJsonObject page{{QStringLiteral("items"), items},
                           {QStringLiteral("nextCursor"), QString::fromLatin1(next.encode())},
                           {QStringLiteral("hasMore"), pos < end}};
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

} // namespace pingjia
