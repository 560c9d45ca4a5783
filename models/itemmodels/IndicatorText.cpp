// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/IndicatorText.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace pingjia {

bool uiIsChinese()
{
    return QLocale().language() == QLocale::Chinese;
}

QString indicatorName(Indicator indicator)
{
    const IndicatorFormula &f = indicatorFormula(indicator);
    return QString::fromUtf8(uiIsChinese() ? f.nameZh : f.nameEn);
}

QString indicatorFormulaText(Indicator indicator)
{
    const IndicatorFormula &f = indicatorFormula(indicator);
    QString text = QString::fromUtf8(uiIsChinese() ? f.formulaZh : f.formulaEn);
    const QString source = QString::fromUtf8(f.source);
    if (!source.isEmpty())
        text += QStringLiteral(" (%1)").arg(source);
    return text;
}

bool isMeanIndicator(Indicator indicator)
{
    return indicator == Indicator::Satisfaction || indicator == Indicator::FollowUpSatisfaction;
}

bool isFractionIndicator(Indicator indicator)
{
    return indicatorFormula(indicator).isRate && !isMeanIndicator(indicator) &&
           indicator != Indicator::Score;
}

QString dashText()
{
    return QStringLiteral("—");
}

QString percentText(std::optional<double> fraction)
{
    if (!fraction)
        return dashText();
    return QLocale().toString(*fraction * 100, 'f', 1) + u'%';
}

QString indicatorText(Indicator indicator, std::optional<double> value)
{
    if (!value)
        return dashText();
    if (isFractionIndicator(indicator))
        return percentText(value);
    if (isMeanIndicator(indicator) || indicator == Indicator::Score)
        return QLocale().toString(*value, 'f', 2);
    return QLocale().toString(qint64(std::llround(*value)));
}

QVariant indicatorCell(Indicator indicator, std::optional<double> value)
{
    if (!value)
        return {};
    if (isFractionIndicator(indicator) || isMeanIndicator(indicator) ||
        indicator == Indicator::Score)
        return *value;
    return qint64(std::llround(*value));
}

QString indicatorNumberFormat(Indicator indicator)
{
    if (isFractionIndicator(indicator))
        return QStringLiteral("0.0%");
    if (isMeanIndicator(indicator) || indicator == Indicator::Score)
        return QStringLiteral("0.00");
    return QStringLiteral("0");
}

} // namespace pingjia
