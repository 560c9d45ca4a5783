// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/KeyFiguresModel.h"

#include "models/itemmodels/IndicatorText.h"

#include <QCoreApplication>
#include <QLocale>

namespace pingjia {

namespace {

// The indicator behind a figure of the period, if it is one.
std::optional<Indicator> indicatorOf(KeyFiguresModel::Figure f)
{
    switch (f) {
    case KeyFiguresModel::Evaluations:
        return Indicator::Evaluations;
    case KeyFiguresModel::Coverage:
        return Indicator::Coverage;
    case KeyFiguresModel::Satisfaction:
        return Indicator::Satisfaction;
    case KeyFiguresModel::BadRate:
        return Indicator::BadRate;
    default:
        return std::nullopt;
    }
}

} // namespace

KeyFiguresModel::KeyFiguresModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void KeyFiguresModel::setSnapshot(const DashboardSnapshot &snapshot)
{
    m_figures = snapshot.figures;
    m_chase = snapshot.chaseTotal();
    emit dataChanged(index(0, 0), index(FigureCount - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, CurrentColumn, PreviousColumn);
}

QString KeyFiguresModel::figureName(Figure figure)
{
    switch (figure) {
    case Evaluations:
        return tr("Number of evaluations");
    case Coverage:
        return tr("Coverage");
    case Satisfaction:
        return tr("Satisfaction (incl. 7-day defaults)");
    case BadRate:
        return tr("Bad rate");
    case OpenBadReviews:
        return tr("Open bad reviews");
    case OverdueBadReviews:
        return tr("Overdue bad reviews");
    case AwaitingEvaluation:
        return tr("Cases awaiting evaluation");
    case FigureCount:
        break;
    }
    return {};
}

QString KeyFiguresModel::figureFormula(Figure figure)
{
    if (const auto indicator = indicatorOf(figure))
        return indicatorFormulaText(*indicator);
    switch (figure) {
    case OpenBadReviews:
        return tr("Valid bad reviews now unverified, awaiting a decision on invalidity, "
                  "confirmed, in rectification or awaiting the follow-up visit");
    case OverdueBadReviews:
        return tr("Open bad reviews past their running deadline now (verification within 24 h, "
                  "rectification by the effective deadline)");
    case AwaitingEvaluation:
        return tr("Served cases with no evaluation whose 7-day default has not come yet");
    default:
        return {};
    }
}

std::optional<double> KeyFiguresModel::valueOf(Figure figure, const UnitCounts &counts) const
{
    if (const auto indicator = indicatorOf(figure))
        return indicatorValue(*indicator, counts);
    return std::nullopt;
}

std::optional<double> KeyFiguresModel::current(Figure figure) const
{
    switch (figure) {
    case OpenBadReviews:
        return double(m_figures.openBadReviews);
    case OverdueBadReviews:
        return double(m_figures.overdueBadReviews);
    case AwaitingEvaluation:
        return double(m_chase);
    default:
        return valueOf(figure, m_figures.current.counts);
    }
}

std::optional<double> KeyFiguresModel::previous(Figure figure) const
{
    return indicatorOf(figure) ? valueOf(figure, m_figures.previous.counts) : std::nullopt;
}

QString KeyFiguresModel::valueText(Figure figure, std::optional<double> value) const
{
    if (const auto indicator = indicatorOf(figure))
        return indicatorText(*indicator, value);
    return value ? QLocale().toString(qint64(*value)) : dashText();
}

QString KeyFiguresModel::changeText(Figure figure) const
{
    const std::optional<double> now = current(figure);
    const std::optional<double> before = previous(figure);
    if (!now || !before)
        return dashText();
    const double d = *now - *before;
    const QString sign = d > 0 ? QStringLiteral("+") : QString();
    const QLocale locale;
    switch (figure) {
    case Evaluations:
        return sign + locale.toString(qint64(d));
    case Coverage:
    case BadRate:
        return tr("%1 pp").arg(sign + locale.toString(d * 100, 'f', 1));
    case Satisfaction:
        return sign + locale.toString(d, 'f', 2);
    default:
        return dashText();
    }
}

int KeyFiguresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FigureCount;
}

int KeyFiguresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeyFiguresModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto figure = Figure(index.row());
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case NameColumn:
            return figureName(figure);
        case CurrentColumn:
            return valueText(figure, current(figure));
        case PreviousColumn:
            return valueText(figure, previous(figure));
        case ChangeColumn:
            return changeText(figure);
        }
    }
    if (role == Qt::ToolTipRole || role == FormulaRole)
        return figureFormula(figure);
    if (role == ValueRole) {
        const std::optional<double> v =
            column == PreviousColumn ? previous(figure) : current(figure);
        return v ? QVariant(*v) : QVariant();
    }
    if (role == BetterRole) {
        const std::optional<double> now = current(figure);
        const std::optional<double> before = previous(figure);
        if (!now || !before || *now == *before || figure == Evaluations)
            return 0;
        const bool up = *now > *before;
        return (figure == BadRate) ? (up ? -1 : 1) : (up ? 1 : -1);
    }
    return {};
}

QVariant KeyFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Figure");
    case CurrentColumn:
        return m_figures.current.period.isValid() ? m_figures.current.period.label()
                                                  : tr("This period");
    case PreviousColumn:
        return m_figures.previous.period.isValid() ? m_figures.previous.period.label()
                                                   : tr("Previous period");
    case ChangeColumn:
        return tr("Change");
    }
    return {};
}

} // namespace pingjia
