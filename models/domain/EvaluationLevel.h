// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Satisfaction levels (000 art.6; 004 §7). Platforms number them two opposite ways
// (DESIGN.md §1), so the app keeps one normalized value, 5 = 非常满意 … 1 = 非常不满意,
// and maps each platform's raw codes through its code set.

#include <QString>

#include <optional>

namespace pingjia {

// Gbt39046: GB/T 39046-2020 A.8, "1" = 非常满意 … "5" = 非常不满意.
// Upload: provincial upload interfaces, "1" = 非常不满意 … "5" = 非常满意.
enum class CodeSet { Gbt39046, Upload };

inline constexpr int kMinLevel = 1;
inline constexpr int kMaxLevel = 5;

// "gbt39046" / "upload" (the meta `codes` value and the --codes option).
QString codeSetToString(CodeSet codes);
std::optional<CodeSet> codeSetFromString(const QString &text);

// The normalized level of a raw code: exactly "1".."5" (no spaces, signs or other
// digits); anything else is nullopt.
std::optional<int> normalizedLevel(CodeSet codes, const QString &raw);

// The raw code of a normalized level 1..5 in `codes`; empty for an out-of-range level.
QString rawLevelCode(CodeSet codes, int level);

// Levels 1–2 (不满意, 非常不满意) are 差评.
bool isBadLevel(int level);
// Levels 4–5 count as good in the good rate (DESIGN.md §3).
bool isGoodLevel(int level);

// Translated name of a normalized level ("Very satisfied" → 非常满意); empty if out of range.
QString levelName(int level);

} // namespace pingjia
