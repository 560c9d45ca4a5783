// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// 000 art.6: a 不满意/非常不满意 evaluation without text is 无效评价 — kept and shown,
// excluded from indicators. Withdrawn records (API tombstones) are excluded as well.

#include <QString>

namespace pingjia {

enum class Validity { Valid, InvalidNoText, Withdrawn };

// Withdrawn wins over everything; whitespace-only text counts as no text.
Validity evaluationValidity(int level, const QString &text, bool withdrawn);

inline bool countsInIndicators(Validity v)
{
    return v == Validity::Valid;
}

// "valid" / "invalid_no_text" / "withdrawn" (JSON and CLI).
QString validityToString(Validity v);

} // namespace pingjia
