// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/DeadlinePolicy.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <cmath>

namespace pingjia {

namespace {

// A JSON integer in [min, max]; nullopt for 1.5, "24", true, …
std::optional<int> boundedInt(const QJsonValue &v, int min, int max)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d != std::floor(d) || d < min || d > max)
        return std::nullopt;
    return static_cast<int>(d);
}
} // namespace

QString dayKindToString(DayKind kind)
{
    return kind == DayKind::Working ? QStringLiteral("working") : QStringLiteral("natural");
}

std::optional<DayKind> dayKindFromString(const QString &text)
{
    if (text == QLatin1String("working"))
        return DayKind::Working;
    if (text == QLatin1String("natural"))
        return DayKind::Natural;
    return std::nullopt;
}

std::optional<DeadlinePolicy> DeadlinePolicy::fromJson(const QJsonObject &policy, QString *error)
{
    DeadlinePolicy p;
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (policy.contains(QLatin1String("verifyHours"))) {
        const auto h = boundedInt(policy.value(QLatin1String("verifyHours")), 1, kMaxVerifyHours);
        if (!h)
            return fail(QCoreApplication::translate(
                            "pingjia::DeadlinePolicy",
                            "policy: verifyHours must be a whole number from 1 to %1")
                            .arg(kMaxVerifyHours));
        p.verifyHours = *h;
    }
    if (policy.contains(QLatin1String("rectifyDays"))) {
        const auto d = boundedInt(policy.value(QLatin1String("rectifyDays")), 1, kMaxRectifyDays);
        if (!d)
            return fail(QCoreApplication::translate(
                            "pingjia::DeadlinePolicy",
                            "policy: rectifyDays must be a whole number from 1 to %1")
                            .arg(kMaxRectifyDays));
        p.rectifyDays = *d;
    }
    if (policy.contains(QLatin1String("rectifyDayKind"))) {
        const auto k = dayKindFromString(policy.value(QLatin1String("rectifyDayKind")).toString());
        if (!k)
            return fail(QCoreApplication::translate(
                "pingjia::DeadlinePolicy",
                "policy: rectifyDayKind must be \"working\" or \"natural\""));
        p.dayKind = *k;
    }
    return p;
}

QJsonObject DeadlinePolicy::toJson() const
{
    return QJsonObject{{QStringLiteral("verifyHours"), verifyHours},
                       {QStringLiteral("rectifyDays"), rectifyDays},
                       {QStringLiteral("rectifyDayKind"), dayKindToString(dayKind)}};
}

} // namespace pingjia
