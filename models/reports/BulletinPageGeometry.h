// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// GB/T 9704-2012 measures, in millimetres and points, and their conversion to the units of
// the device a bulletin is laid out for. One place for every number of the standard.

#include <QMarginsF>
#include <QRectF>

namespace pingjia::gbt9704 {

inline constexpr double kPageWidthMm = 210.0; // A4
inline constexpr double kPageHeightMm = 297.0;
inline constexpr double kTopMarginMm = 37.0;     // 天头
inline constexpr double kBindingMarginMm = 28.0; // 订口
inline constexpr double kTextWidthMm = 156.0;    // 版心
inline constexpr double kTextHeightMm = 225.0;
inline constexpr int kLinesPerPage = 22;
inline constexpr int kCharsPerLine = 28;
inline constexpr double kLinePitchMm = kTextHeightMm / kLinesPerPage;
inline constexpr double kCharPitchMm = kTextWidthMm / kCharsPerLine;

inline constexpr double kSize2Pt = 22.0; // 2号: title
inline constexpr double kSize3Pt = 16.0; // 3号: body, headings, 文号
inline constexpr double kSize4Pt = 14.0; // 4号: page numbers, 版记
inline constexpr double kTablePt = 12.0; // 小4号: table cells (the standard leaves tables free)

inline constexpr double kOfficeTopMm = 35.0;        // 发文机关标志 top below the 版心 top
inline constexpr double kOfficeMaxPt = 42.0;        // its size when it fits the 版心 width
inline constexpr double kRuleBelowNumberMm = 4.0;   // red rule below the 文号
inline constexpr double kRedRuleWidthMm = 0.75;     // not fixed by the standard
inline constexpr double kPageNumberBelowMm = 7.0;   // 一字线 below the 版心 bottom
inline constexpr double kImprintThickRuleMm = 0.35; // 版记 first and last rules
inline constexpr double kImprintThinRuleMm = 0.25;  // 版记 rules between items

inline constexpr double kPointMm = 25.4 / 72.0;

// Left margin of a page: 订口 on the left of every page, or of odd pages only when the
// margins mirror for double-sided printing.
inline double leftMarginMm(int pageNumber, bool mirror)
{
    if (mirror && pageNumber % 2 == 0)
        return kPageWidthMm - kBindingMarginMm - kTextWidthMm;
    return kBindingMarginMm;
}

// Device units per millimetre at `dpi`.
inline double unitsPerMm(double dpi)
{
    return dpi / 25.4;
}

} // namespace pingjia::gbt9704
