// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rankings/RankingExport.h"

#include "models/itemmodels/IndicatorText.h"
#include "models/itemmodels/RankingModel.h"

#include <QCoreApplication>

namespace pingjia {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RankingExport", text);
}

} // namespace

ExportTable rankingExportTable(const RankingModel &model, const QString &title)
{
    ExportTable t;
    t.title = title;
    const int columns = model.columnCount();
    for (int c = 0; c < columns; ++c) {
        t.headers << RankingModel::columnName(c);
        t.columnFormulas << RankingModel::columnFormula(c);
        const std::optional<Indicator> indicator = RankingModel::indicatorOf(c);
        t.numberFormats << (indicator ? indicatorNumberFormat(*indicator) : QString());
    }
    t.headers << tr("Unit code") << tr("Not ranked because");
    t.columnFormulas << tr("The platform's code of the unit") << QString();
    t.numberFormats << QString() << QString();
    for (int r = 0; r < model.rowCount(); ++r) {
        QVariantList row;
        for (int c = 0; c < columns; ++c)
            row << model.exportValue(r, c);
        const RankedUnit *unit = model.unitAt(r);
        row << unit->unitCode
            << (unit->notRankedReason.isEmpty() ? QVariant() : QVariant(unit->notRankedReason));
        t.rows << row;
    }
    return t;
}

ExportTable rankingSettingsTable(const RankingModel &model)
{
    const RankingSettings &s = model.table().settings;
    ExportTable t;
    t.title = tr("Ranking rules");
    t.headers = {tr("Rule"), tr("Value")};
    t.columnFormulas = {QString(), QString()};
    const auto add = [&t](const QString &rule, const QVariant &value) {
        t.rows << QVariantList{rule, value};
    };
    add(tr("Minimum valid evaluations to be ranked"), s.minimumSample);
    add(tr("Bottom K (repeatedly last)"), s.bottomK);
    add(tr("Consecutive periods M (repeatedly last)"), s.consecutiveM);
    add(tr("Weight: satisfaction rate"), s.weights.satisfactionRate);
    add(tr("Weight: good rate"), s.weights.goodRate);
    add(tr("Weight: 1 − bad rate"), s.weights.badRate);
    add(tr("Weight: coverage"), s.weights.coverage);
    add(tr("Weight: verified on time"), s.weights.verifiedOnTime);
    add(tr("Weight: rectified on time"), s.weights.rectifiedOnTime);
    add(tr("Smoothing: Wilson lower bound, z"), s.z);
    add(tr("Without the evaluations flagged by the review-integrity rules"),
        model.table().withoutFlagged ? tr("yes") : tr("no"));
    return t;
}

} // namespace pingjia
