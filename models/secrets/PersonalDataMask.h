// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Masked display forms of the evaluator's personal data, the way 政务服务 systems show
// them: enough to recognise a caller, not enough to identify a stranger.

#include <QString>

namespace pingjia::PersonalDataMask {

// 张三 → 张*, 欧阳娜娜 → 欧***; a one-character name becomes *.
QString name(const QString &name);
// 13812345678 → 138****5678; fewer than 8 characters: all but the last 4 masked.
QString mobile(const QString &mobile);
// 620802199001011234 → 620802********1234; fewer than 11 characters: all but the last 4.
QString certNo(const QString &certNo);

} // namespace pingjia::PersonalDataMask
