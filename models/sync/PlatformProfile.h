// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What GET /api/v1/meta says about a platform, checked: its satisfaction code set, its
// channel (pf) table, its deadline policy, and its clock. Read at sign-in and at the start
// of every sync, stored in the cache (platform_meta) for the views.

#include "models/domain/Channel.h"
#include "models/domain/DeadlinePolicy.h"
#include "models/domain/EvaluationLevel.h"
#include "models/store/CacheTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace pingjia {

struct PlatformProfile {
    Q_DECLARE_TR_FUNCTIONS(PlatformProfile)
public:
    static constexpr int kSupportedApiVersion = 1;

    PlatformMeta meta; // as stored
    CodeSet codes = CodeSet::Gbt39046;
    ChannelTable channels;
    DeadlinePolicy policy;
    QDateTime serverTime; // "serverTime" when the platform sends it, else invalid

    // nullopt with a message for another API version, an unknown code set, or a channels
    // or policy object the domain refuses. Missing channels: the code set's built-in table.
    static std::optional<PlatformProfile>
    fromMeta(const QString &platformUrl, const QJsonObject &json, QString *error = nullptr);
};

} // namespace pingjia
