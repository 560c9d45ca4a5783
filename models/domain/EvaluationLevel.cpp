// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/EvaluationLevel.h"

#include <QCoreApplication>

namespace pingjia {

QString codeSetToString(CodeSet codes)
{
    return codes == CodeSet::Gbt39046 ? QStringLiteral("gbt39046") : QStringLiteral("upload");
}

std::optional<CodeSet> codeSetFromString(const QString &text)
{
    if (text == QLatin1String("gbt39046"))
        return CodeSet::Gbt39046;
    if (text == QLatin1String("upload"))
        return CodeSet::Upload;
    return std::nullopt;
}

std::optional<int> normalizedLevel(CodeSet codes, const QString &raw)
{
    if (raw.size() != 1 || raw.at(0) < u'1' || raw.at(0) > u'5')
        return std::nullopt;
    const int code = raw.at(0).unicode() - u'0';
    return codes == CodeSet::Upload ? code : kMaxLevel + kMinLevel - code;
}

QString rawLevelCode(CodeSet codes, int level)
{
    if (level < kMinLevel || level > kMaxLevel)
        return {};
    const int code = codes == CodeSet::Upload ? level : kMaxLevel + kMinLevel - level;
    return QString::number(code);
}

bool isBadLevel(int level)
{
    return level == 1 || level == 2;
}

bool isGoodLevel(int level)
{
    return level == 4 || level == 5;
}

QString levelName(int level)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("pingjia::EvaluationLevel", "Very dissatisfied"),
        QT_TRANSLATE_NOOP("pingjia::EvaluationLevel", "Dissatisfied"),
        QT_TRANSLATE_NOOP("pingjia::EvaluationLevel", "Basically satisfied"),
        QT_TRANSLATE_NOOP("pingjia::EvaluationLevel", "Satisfied"),
        QT_TRANSLATE_NOOP("pingjia::EvaluationLevel", "Very satisfied"),
    };
    if (level < kMinLevel || level > kMaxLevel)
        return {};
    return QCoreApplication::translate("pingjia::EvaluationLevel", names[level - 1]);
}

} // namespace pingjia
