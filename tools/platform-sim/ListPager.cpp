// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListPager.h"

#include "tools/platform-sim/Cursor.h"
#include "tools/platform-sim/FaultInjector.h"
#include "tools/platform-sim/PlatformState.h"
#include "tools/platform-sim/Scope.h"

namespace pingjia {

QByteArray renderPage(const PlatformState &state, const PageRequest &request, const Scope &scope,
                      const QString &instance, FaultInjector &faults)
{
    const ChangeFeed &feed = state.feed(request.list);
    QByteArray items;
    int count = 0;
    const auto add = [&](quint32 index) {
        if (count++ > 0)
            items += ',';
        state.render(items, request.list, index);
    };

    if (request.from > 0 && faults.duplicate()) {
        // Repeat a few records of earlier positions, as a platform with a sloppy cursor
        // would: the client must upsert by id.
        const int wanted = int(std::min<qint64>(faults.rng().between(1, 5), request.limit - 1));
        for (int tries = 0; count < wanted && tries < 50; ++tries) {
            const qsizetype pos = qsizetype(faults.rng().between(0, request.from - 1));
            const quint32 index = feed.indexAt(pos);
            if (feed.isCurrent(pos) && state.visible(request.list, index, scope))
                add(index);
        }
    }

    qsizetype pos = request.from;
    const qsizetype end = feed.size();
    const qsizetype scanEnd = std::min(end, pos + kMaxScanPerPage);
    while (pos < scanEnd && count < request.limit) {
        const quint32 index = feed.indexAt(pos);
        if (feed.isCurrent(pos) && state.visible(request.list, index, scope))
            add(index);
        ++pos;
    }
    const Cursor next{request.list, instance, pos};
    QByteArray page;
    page.reserve(items.size() + 100);
    page += pos < end ? "{\"hasMore\":true,\"items\":[" : "{\"hasMore\":false,\"items\":[";
    page += items;
    page += "],\"nextCursor\":\"";
    page += next.encode();
    page += "\"}";
    return page;
}

} // namespace pingjia
