// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/UnitLevel.h"

#include <QCoreApplication>

namespace pingjia {

namespace {
constexpr const char *kLevelWords[] = {"area", "center", "department", "window", "staff"};
constexpr int kPrefixLengths[] = {2, 4, 6, 9, 12};
constexpr const char *kTierWords[] = {"province", "city", "county", "township", "village"};
} // namespace

QString unitLevelToString(UnitLevel level)
{
    return QString::fromLatin1(kLevelWords[int(level)]);
}

std::optional<UnitLevel> unitLevelFromString(const QString &text)
{
    for (UnitLevel level : kAllUnitLevels) {
        if (text.compare(unitLevelToString(level), Qt::CaseInsensitive) == 0)
            return level;
    }
    return std::nullopt;
}

QString unitLevelName(UnitLevel level)
{
    switch (level) {
    case UnitLevel::Area:
        return QCoreApplication::translate("pingjia::UnitLevel", "Area");
    case UnitLevel::Center:
        return QCoreApplication::translate("pingjia::UnitLevel", "Center");
    case UnitLevel::Department:
        return QCoreApplication::translate("pingjia::UnitLevel", "Department");
    case UnitLevel::Window:
        return QCoreApplication::translate("pingjia::UnitLevel", "Window");
    case UnitLevel::Staff:
        return QCoreApplication::translate("pingjia::UnitLevel", "Staff");
    }
    return {};
}

std::optional<AreaTier> areaTierFromLevel(const QString &orgLevel)
{
    for (int i = 0; i < 5; ++i) {
        if (orgLevel == QLatin1String(kTierWords[i]))
            return AreaTier(i);
    }
    return std::nullopt;
}

int areaPrefixLength(AreaTier tier)
{
    return kPrefixLengths[int(tier)];
}

QString areaPrefix(const QString &code)
{
    if (code.size() != 6)
        return code;
    if (code.endsWith(QLatin1String("0000")))
        return code.left(2);
    if (code.endsWith(QLatin1String("00")))
        return code.left(4);
    return code;
}

std::optional<AreaTier> areaTierOfCode(const QString &code)
{
    for (QChar c : code) {
        if (!c.isDigit())
            return std::nullopt;
    }
    const qsizetype n = areaPrefix(code).size();
    for (int i = 0; i < 5; ++i) {
        if (n == kPrefixLengths[i])
            return AreaTier(i);
    }
    return std::nullopt;
}

QString areaCodeAtTier(const QString &areaCode, AreaTier tier)
{
    const int n = areaPrefixLength(tier);
    if (areaCode.size() < n)
        return {};
    QString code = areaCode.left(n);
    if (n < 6)
        code += QString(6 - n, QLatin1Char('0'));
    return code;
}

} // namespace pingjia
