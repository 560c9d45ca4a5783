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

namespace {

struct CitationText {
    Q_DECLARE_TR_FUNCTIONS(IndicatorText)
};

// "000 第六条；003 第三十五条" (the seeds' file numbers, meaningless to a user) with each
// regulation named: "《太原市政务服务好差评工作制度（试行）》第六条；…".
QString citation(const QString &source)
{
    const QList<std::pair<QString, QString>> names = {
        {QStringLiteral("000 "), CitationText::tr("Taiyuan rules on good and bad reviews, ")},
        {QStringLiteral("002 "), CitationText::tr("Pingliang business-environment plan, ")},
        {QStringLiteral("003 "), CitationText::tr("Xinxiang service standards, ")},
    };
    QString text = source;
    for (const auto &[code, name] : names)
        text.replace(code, name);
    return text;
}

} // namespace

QString indicatorFormulaText(Indicator indicator)
{
    const IndicatorFormula &f = indicatorFormula(indicator);
    QString text = QString::fromUtf8(uiIsChinese() ? f.formulaZh : f.formulaEn);
    const QString source = QString::fromUtf8(f.source);
    if (!source.isEmpty())
        text += QStringLiteral(" (%1)").arg(citation(source));
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
