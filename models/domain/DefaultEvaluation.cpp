// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/DefaultEvaluation.h"

namespace pingjia {

QDateTime defaultEvaluationFrom(const QDateTime &finish)
{
    if (!finish.isValid())
        return {};
    return finish.addSecs(kDefaultAfterSeconds);
}

bool countsAsDefault(const QDateTime &finish, const std::optional<QDateTime> &firstEvaluationAt,
                     const QDateTime &asOf)
{
    const QDateTime from = defaultEvaluationFrom(finish);
    if (!from.isValid() || !asOf.isValid() || asOf < from)
        return false;
    if (firstEvaluationAt && firstEvaluationAt->isValid() && *firstEvaluationAt <= asOf)
        return false;
    return true;
}

} // namespace pingjia
