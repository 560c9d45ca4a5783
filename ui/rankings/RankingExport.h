// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The ranking table as it leaves the app: every column of the view in the order shown
// (sorted as the user sorted it), the unit code and the reason a unit is not ranked, each
// column's formula, numbers as numbers (rates as fractions 0–1, undefined empty).

#include "models/reports/TableExport.h"

namespace pingjia {

class RankingModel;

// `title` names the level, period and scope ("部门排名 · 2026年10月 · 平凉市").
ExportTable rankingExportTable(const RankingModel &model, const QString &title);

// Rules of the ranking that are not a column: minimum sample, K and M, the score's
// weights (a second table of the notes, so the export says how the score was made).
ExportTable rankingSettingsTable(const RankingModel &model);

} // namespace pingjia
