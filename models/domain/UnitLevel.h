// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The kinds of unit indicators are computed and ranked for (DESIGN §3, issue 8): an
// area (行政区划, one tier below the widest scope), a center, a resident department, a
// window and a staff member.

#include <QString>

#include <optional>

namespace pingjia {

enum class UnitLevel { Area, Center, Department, Window, Staff };
inline constexpr UnitLevel kAllUnitLevels[] = {
    UnitLevel::Area, UnitLevel::Center, UnitLevel::Department, UnitLevel::Window, UnitLevel::Staff};

// "area", "center", "department", "window", "staff" (CLI and JSON).
QString unitLevelToString(UnitLevel level);
std::optional<UnitLevel> unitLevelFromString(const QString &text);
// Translated: 地区, 政务服务中心, 部门, 窗口, 工作人员.
QString unitLevelName(UnitLevel level);

// Administrative tiers of area codes (PLATFORM_API.md "Codes and scope").
enum class AreaTier { Province = 0, City = 1, County = 2, Township = 3, Village = 4 };
std::optional<AreaTier> areaTierFromLevel(const QString &orgLevel); // "province"…"village"
// Significant digits of an area code at a tier: 2, 4, 6, 9, 12.
int areaPrefixLength(AreaTier tier);
// The tier of a division code in either form ("62", "620000" → Province; "6208",
// "620800" → City; "620802" → County; 9 digits → Township; 12 → Village).
std::optional<AreaTier> areaTierOfCode(const QString &code);
// "620800" → "6208", "620802" → "620802", "62" → "62" (the prefix every code inside shares).
QString areaPrefix(const QString &code);
// The 6-digit (or 9/12-digit) national form of the area of `tier` holding `areaCode`:
// ("620802", City) → "620800". Empty when areaCode is shorter than the tier's prefix.
QString areaCodeAtTier(const QString &areaCode, AreaTier tier);

} // namespace pingjia
