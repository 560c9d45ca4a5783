// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/EvaluationValidity.h"

#include "models/domain/EvaluationLevel.h"

namespace pingjia {

Validity evaluationValidity(int level, const QString &text, bool withdrawn)
{
    if (withdrawn)
        return Validity::Withdrawn;
    // QString::trimmed() also strips the ideographic space U+3000 common in Chinese input.
    if (isBadLevel(level) && text.trimmed().isEmpty())
        return Validity::InvalidNoText;
    return Validity::Valid;
}

QString validityToString(Validity v)
{
    switch (v) {
    case Validity::Valid:
        return QStringLiteral("valid");
    case Validity::InvalidNoText:
        return QStringLiteral("invalid_no_text");
    case Validity::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return {};
}

} // namespace pingjia
