// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/CommonProblemModel.h"

#include <QHash>

#include <algorithm>

namespace pingjia {

namespace {
constexpr int kMaxMonths = 36;
}

CommonProblemModel::CommonProblemModel(RectificationStats &stats, QObject *parent)
    : TrackerModel(stats, parent)
{
}

void CommonProblemModel::setGrouping(Grouping grouping)
{
    m_grouping = grouping;
    refresh();
}

void CommonProblemModel::setRules(const CommonProblemRules &rules)
{
    m_rules = rules;
    refresh();
}

void CommonProblemModel::setRange(QDate firstMonth, QDate lastMonth)
{
    m_first = QDate(firstMonth.year(), firstMonth.month(), 1);
    m_last = QDate(lastMonth.year(), lastMonth.month(), 1);
    if (m_first.isValid() && m_last.isValid() && m_first.addMonths(kMaxMonths - 1) < m_last)
        m_first = m_last.addMonths(-(kMaxMonths - 1));
    refresh();
}

namespace {
struct ProblemAnswer {
    QStringList months;
    QList<ProblemCount> counts;
};
} // namespace

TrackerModel::Job CommonProblemModel::job() const
{
    return [grouping = m_grouping, rules = m_rules, first = m_first, last = m_last,
            scope = m_scope](RectificationStats &stats, StoreResult *error) -> std::any {
        ProblemAnswer a;
        if (!first.isValid() || !last.isValid() || first > last)
            return a;
        for (QDate m = first; m <= last; m = m.addMonths(1))
            a.months << m.toString(u"yyyy-MM");
        a.counts = grouping == Grouping::ServiceItem
                       ? stats.problemsByItem(scope, first, last, error)
                       : stats.problemsByCategory(scope, rules, first, last, error);
        return a;
    };
}

void CommonProblemModel::take(std::any answer)
{
    const ProblemAnswer a =
        answer.has_value() ? std::any_cast<ProblemAnswer>(std::move(answer)) : ProblemAnswer{};
    m_months = a.months;
    m_groups.clear();
    const auto columns = m_months.size() + 1; // the months, then all
    m_total = Group{{}, tr("Total"), QList<qint64>(columns, 0), QList<QStringList>(columns)};
    if (m_months.isEmpty())
        return;
    QHash<QString, int> index;
    auto groupFor = [&](const QString &key, const QString &name) -> Group & {
        auto it = index.constFind(key);
        if (it != index.constEnd())
            return m_groups[*it];
        index.insert(key, int(m_groups.size()));
        m_groups.append(Group{key, name, QList<qint64>(columns, 0), QList<QStringList>(columns)});
        return m_groups.last();
    };
    // Every category has a row, even at zero: the point is to watch them go to zero.
    if (m_grouping == Grouping::Category) {
        for (ProblemCategory c : kAllProblemCategories)
            groupFor(problemCategoryKey(c), problemCategoryName(c));
    }
    for (const ProblemCount &p : a.counts) {
        const int column = int(m_months.indexOf(p.month));
        if (column < 0)
            continue;
        for (Group *g : {&groupFor(p.key, p.name), &m_total}) {
            g->counts[column] += p.count;
            g->evalIds[column] += p.evalIds;
            g->counts.last() += p.count;
            g->evalIds.last() += p.evalIds;
        }
    }
    if (m_grouping == Grouping::ServiceItem) {
        std::stable_sort(m_groups.begin(), m_groups.end(), [](const Group &a, const Group &b) {
            return a.counts.last() > b.counts.last();
        });
    }
}

const CommonProblemModel::Group &CommonProblemModel::groupAt(int row) const
{
    return row < m_groups.size() ? m_groups.at(row) : m_total;
}

BadReviewFilter CommonProblemModel::filterAt(const QModelIndex &index) const
{
    BadReviewFilter f = m_scope;
    if (!index.isValid() || index.row() > m_groups.size() || m_months.isEmpty())
        return f;
    const Group &g = groupAt(index.row());
    const int column = index.column() == 0 ? int(m_months.size()) : index.column() - 1;
    f.evalIds = g.evalIds.value(column);
    return f;
}

int CommonProblemModel::rowCount(const QModelIndex &parent) const
{
    // The groups, then the total row.
    return parent.isValid() || m_groups.isEmpty() ? 0 : int(m_groups.size()) + 1;
}

int CommonProblemModel::columnCount(const QModelIndex &parent) const
{
    // Name, one column per month, total.
    return parent.isValid() ? 0 : int(m_months.size()) + 2;
}

QVariant CommonProblemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool total = index.row() == m_groups.size();
    const Group &g = groupAt(index.row());
    const int column = index.column();
    const qint64 count = column == 0 ? g.counts.last() : g.counts.value(column - 1);
    switch (role) {
    case Qt::DisplayRole:
        return column == 0 ? QVariant(g.name) : QVariant(count);
    case KeyRole:
        return g.key;
    case FilterRole:
        return QVariant::fromValue(filterAt(index));
    case CountRole:
        return count;
    case RecurringRole:
        // A month column recurs at the threshold; the name and total columns never do.
        return !total && column > 0 && column <= m_months.size() &&
               count >= RectificationStats::kRecurringThreshold &&
               g.key != problemCategoryKey(ProblemCategory::Other);
    case TotalRole:
        return total;
    case Qt::TextAlignmentRole:
        return column > 0 ? numberAlignment() : QVariant();
    default:
        return {};
    }
}

QVariant CommonProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole && section > 0)
        return numberAlignment();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return m_grouping == Grouping::ServiceItem ? tr("Service item") : tr("Category");
    if (section <= m_months.size())
        return m_months.at(section - 1);
    if (section == m_months.size() + 1)
        return tr("Total");
    return {};
}

} // namespace pingjia
