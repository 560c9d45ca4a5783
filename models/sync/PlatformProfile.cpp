// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sync/PlatformProfile.h"

#include "models/domain/Clock.h"
#include "models/domain/PlatformTime.h"

namespace pingjia {

std::optional<PlatformProfile> PlatformProfile::fromMeta(const QString &platformUrl,
                                                         const QJsonObject &json, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = tr("The platform's description (/api/v1/meta) is unusable: %1").arg(why);
        return std::nullopt;
    };
    PlatformProfile p;
    const int version = json.value(QLatin1String("apiVersion")).toInt(-1);
    if (version != kSupportedApiVersion)
        return fail(tr("API version %1; this Pingjia speaks version %2")
                        .arg(json.value(QLatin1String("apiVersion")).toVariant().toString())
                        .arg(kSupportedApiVersion));
    const QString codesText = json.value(QLatin1String("codes")).toString();
    const auto codes = codeSetFromString(codesText);
    if (!codes)
        return fail(tr("unknown code set \"%1\"").arg(codesText));
    p.codes = *codes;

    const QJsonValue channels = json.value(QLatin1String("channels"));
    if (channels.isObject() && !channels.toObject().isEmpty()) {
        QString why;
        const auto table = ChannelTable::fromJson(channels.toObject(), &why);
        if (!table)
            return fail(why);
        p.channels = *table;
    } else if (channels.isUndefined() || channels.isNull()) {
        p.channels = ChannelTable::forCodeSet(p.codes);
    } else if (!channels.isObject()) {
        return fail(tr("\"channels\" is not an object"));
    } else {
        p.channels = ChannelTable::forCodeSet(p.codes);
    }

    const QJsonValue policy = json.value(QLatin1String("policy"));
    if (policy.isObject()) {
        QString why;
        const auto parsed = DeadlinePolicy::fromJson(policy.toObject(), &why);
        if (!parsed)
            return fail(why);
        p.policy = *parsed;
    } else if (!policy.isUndefined() && !policy.isNull()) {
        return fail(tr("\"policy\" is not an object"));
    }
    p.serverTime = parsePlatformTime(json.value(QLatin1String("serverTime")).toString());

    p.meta.platformUrl = platformUrl;
    p.meta.apiVersion = version;
    p.meta.platformName = json.value(QLatin1String("platformName")).toString();
    p.meta.codes = codeSetToString(p.codes);
    p.meta.channels = channels.isObject() ? channels.toObject() : p.channels.toJson();
    p.meta.policy = p.policy.toJson();
    p.meta.raw = json;
    p.meta.fetchedAt = Clock::now();
    return p;
}

} // namespace pingjia
