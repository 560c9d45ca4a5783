// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small value types of the cache's API.

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace pingjia {

// The synced lists, named as in the API paths; the names key the cursors.
enum class CacheList { Orgs, Staff, Items, Cases, Evaluations, BadReviews };

inline QString listName(CacheList list)
{
    switch (list) {
    case CacheList::Orgs:
        return QStringLiteral("orgs");
    case CacheList::Staff:
        return QStringLiteral("staff");
    case CacheList::Items:
        return QStringLiteral("items");
    case CacheList::Cases:
        return QStringLiteral("cases");
    case CacheList::Evaluations:
        return QStringLiteral("evaluations");
    case CacheList::BadReviews:
        return QStringLiteral("bad-reviews");
    }
    return {};
}

// A list's cursor belongs to one platform and one user (scopes differ per user).
struct CursorKey {
    QString platformUrl;
    QString user;
    QString list; // listName(...)
};

// GET /api/v1/meta as stored: the JSON parts stay JSON (domain's ChannelTable::fromJson
// and DeadlinePolicy::fromJson read them).
struct PlatformMeta {
    QString platformUrl;
    int apiVersion = 0;
    QString platformName;
    QString codes; // "gbt39046" | "upload"
    QJsonObject channels;
    QJsonObject policy;
    QJsonObject raw; // the whole answer, for fields this version does not know
    QDateTime fetchedAt;
};

// Row count and ContentChecksum of one cached list.
struct TableSummary {
    qint64 count = 0;
    QString checksum;
};

} // namespace pingjia
