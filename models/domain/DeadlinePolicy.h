// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Time limits differ by jurisdiction (000 art.7: 24 h / 10 working days; 003 art.35(3):
// 5 working days; 浙江: 15 natural days), so they are a policy read from /api/v1/meta
// with a local override, never hard-coded.

#include <QJsonObject>
#include <QString>

#include <optional>

namespace pingjia {

enum class DayKind { Working, Natural };

// "working" / "natural".
QString dayKindToString(DayKind kind);
std::optional<DayKind> dayKindFromString(const QString &text);

struct DeadlinePolicy {
    int verifyHours = 24;
    int rectifyDays = 10;
    DayKind dayKind = DayKind::Working;

    static inline constexpr int kMaxVerifyHours = 24 * 30;
    static inline constexpr int kMaxRectifyDays = 365;

    // The meta `policy` object {"verifyHours":24,"rectifyDays":10,"rectifyDayKind":"working"}.
    // A missing key keeps its default; a wrong type or out-of-range value (verifyHours
    // 1..720, rectifyDays 1..365) is nullopt with a message.
    static std::optional<DeadlinePolicy> fromJson(const QJsonObject &policy,
                                                  QString *error = nullptr);
    QJsonObject toJson() const;

    bool operator==(const DeadlinePolicy &) const = default;
};

} // namespace pingjia
