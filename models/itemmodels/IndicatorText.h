// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How the rankings, dashboard and exports write an indicator: its column name and formula
// in the UI language (Chinese first, English otherwise), its value as text ("95.2%",
// "4.52", "1,234", "—" when undefined) and as an export cell (rates as fractions 0–1).

#include "models/domain/UnitIndicators.h"

#include <QString>
#include <QVariant>

#include <optional>

namespace pingjia {

bool uiIsChinese();
QString indicatorName(Indicator indicator);
// "evaluated cases ÷ served cases (002 问题6)".
QString indicatorFormulaText(Indicator indicator);

// Satisfaction and follow-up satisfaction are means of levels 1–5, the other rates
// fractions 0–1; counts are whole numbers.
bool isMeanIndicator(Indicator indicator);
bool isFractionIndicator(Indicator indicator);

// "—" for nullopt; a fraction as a percentage with one decimal; a mean with two decimals.
QString indicatorText(Indicator indicator, std::optional<double> value);
// What an export writes: nullopt → null (empty cell), counts as qint64, rates as double.
QVariant indicatorCell(Indicator indicator, std::optional<double> value);
// The Excel number format for an indicator's column ("0.0%", "0.00", "0").
QString indicatorNumberFormat(Indicator indicator);

QString percentText(std::optional<double> fraction);
QString dashText(); // "—"

} // namespace pingjia
