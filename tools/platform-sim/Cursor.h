// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "tools/platform-sim/ListKind.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace pingjia {

// The opaque paging cursor: base64url of "v1:<list>:<instance>:<position>". The instance
// changes on every start and /sim/reset, so a cursor from an earlier run is refused
// (invalid_cursor) and the client resyncs instead of silently missing changes.
struct Cursor {
    ListKind list;
    QString instance;
    qsizetype position = 0;

    QByteArray encode() const;
    // nullopt for anything that is not a cursor this encoder made.
    static std::optional<Cursor> decode(const QByteArray &text);
};

} // namespace pingjia
