// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Hand-built bulletins for the renderer tests and the bench: a realistic month (sections
// 一 to 六, tables, the four chart kinds, a long ranking appendix) and a "grid" bulletin of
// single-line paragraphs whose page count can be worked out by hand.

#include "models/reports/BulletinContent.h"

namespace pingjia::fixture {

// Figures the tests look for in the extracted text (formatted as in the content).
inline const QString kTotalEvaluations = QStringLiteral("128,406");
inline const QString kSatisfactionRate = QStringLiteral("99.27%");
inline const QString kBadReviews = QStringLiteral("412");
inline const QString kLastDepartmentScore = QStringLiteral("61.04");

// Staff and window names: only the internal version may hold them.
QStringList staffAndWindowNames();

// Department name of rank `index` (0-based) among `count`.
QString departmentName(int index);

// A month with a ranking appendix of `departments` rows; the internal version with a
// body table of `integrityRows` departments (as 表3 评价真实性核查疑点: 366 rows in the
// 1,000,000-evaluation month) when not 0.
BulletinContent monthlyBulletin(BulletinVersion version, int departments, int integrityRows = 0);

// A body table as the internal version's integrity table: `rows` departments named
// "单位NNN" (three digits; one line in its cell), figures below 30, a note under it.
BulletinTable integrityTable(int rows);

// The paragraph after the table in longTableBulletin().
inline const QString kAfterTable = QStringLiteral("表后正文：以上疑点请各单位逐条核实。");

// Title, 主送 and one section: a paragraph, integrityTable(rows) and kAfterTable.
BulletinContent longTableBulletin(int rows);

// Title, 主送 and one section of `lines` paragraphs, each exactly one line (the paragraph
// number and CJK filler to 26 characters after the two-character indent).
BulletinContent gridBulletin(int lines);

} // namespace pingjia::fixture
