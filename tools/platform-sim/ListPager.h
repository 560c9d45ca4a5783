// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "tools/platform-sim/ListKind.h"

#include <QByteArray>
#include <QString>

namespace pingjia {

class FaultInjector;
class PlatformState;
class Scope;

inline constexpr int kDefaultPageLimit = 500;
inline constexpr int kMaxPageLimit = 5000;
// A page scans at most this many positions: a narrow scope over a big list answers with
// a short (even empty) page and hasMore instead of blocking the server.
inline constexpr qsizetype kMaxScanPerPage = 200000;

struct PageRequest {
    ListKind list;
    qsizetype from = 0;
    int limit = kDefaultPageLimit;
};

// One page of a list as JSON: {"items":[…], "nextCursor":"…", "hasMore":bool}. With
// --duplicate-rate some items of earlier positions are repeated at the start of the page.
QByteArray renderPage(const PlatformState &state, const PageRequest &request, const Scope &scope,
                      const QString &instance, FaultInjector &faults);

} // namespace pingjia
