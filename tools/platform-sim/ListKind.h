// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

#include <optional>

namespace pingjia {

// The paged lists of the API, in the order /sim/dump writes them.
enum class ListKind { Orgs, Staff, Items, Cases, Evaluations, BadReviews };
inline constexpr ListKind kAllLists[] = {ListKind::Orgs,        ListKind::Staff,
                                         ListKind::Items,       ListKind::Cases,
                                         ListKind::Evaluations, ListKind::BadReviews};
inline constexpr int kListCount = 6;

// The path segment and dump name: "orgs", "staff", "items", "cases", "evaluations",
// "bad-reviews".
inline QString listName(ListKind kind)
{
    switch (kind) {
    case ListKind::Orgs:
        return QStringLiteral("orgs");
    case ListKind::Staff:
        return QStringLiteral("staff");
    case ListKind::Items:
        return QStringLiteral("items");
    case ListKind::Cases:
        return QStringLiteral("cases");
    case ListKind::Evaluations:
        return QStringLiteral("evaluations");
    case ListKind::BadReviews:
        return QStringLiteral("bad-reviews");
    }
    return {};
}

inline std::optional<ListKind> listFromName(const QString &name)
{
    for (ListKind k : kAllLists) {
        if (listName(k) == name)
            return k;
    }
    return std::nullopt;
}

} // namespace pingjia
