// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// 000 art.6: a served case with no evaluation 7 days after completion counts as
// 基本满意. It is derived here on demand, never stored as a fake evaluation row.

#include <QDateTime>

#include <optional>

namespace pingjia {

inline constexpr int kDefaultLevel = 3;
inline constexpr qint64 kDefaultAfterSeconds = 7 * 24 * 3600;

// finish + 7×24 h: from this instant on the default counts (invalid for an invalid finish).
QDateTime defaultEvaluationFrom(const QDateTime &finish);

// Whether, as of `asOf`, the case counts one default level 3: it finished at `finish`,
// asOf >= finish + 7×24 h, and no evaluation exists at or before asOf
// (`firstEvaluationAt` = assessTime of its earliest non-withdrawn evaluation). An
// evaluation at exactly finish + 7×24 h is "by" the boundary, so no default; a later
// one replaces the default from its assessTime on.
bool countsAsDefault(const QDateTime &finish, const std::optional<QDateTime> &firstEvaluationAt,
                     const QDateTime &asOf);

} // namespace pingjia
