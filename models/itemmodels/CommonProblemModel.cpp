// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/CommonProblemModel.h"

#include "models/itemmodels/Logging.h"

#include <QHash>

#include <algorithm>

namespace pingjia {

namespace {
constexpr int kMaxMonths = 36;
}

CommonProblemModel::CommonProblemModel(RectificationStats &stats, QObject *parent)
    : QAbstractTableModel(parent), m_stats(stats)
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

void CommonProblemModel::setScope(const BadReviewFilter &scope)
{
    m_scope = scope;
    refresh();
}

void CommonProblemModel::refresh()
{
    beginResetModel();
    m_months.clear();
    m_groups.clear();
    m_error = {};
    if (m_first.isValid() && m_last.isValid() && m_first <= m_last) {
        for (QDate m = m_first; m <= m_last; m = m.addMonths(1))
            m_months << m.toString(u"yyyy-MM");
        const QList<ProblemCount> counts =
            m_grouping == Grouping::ServiceItem
                ? m_stats.problemsByItem(m_scope, m_first, m_last, &m_error)
                : m_stats.problemsByCategory(m_scope, m_rules, m_first, m_last, &m_error);
        QHash<QString, int> index;
        auto groupFor = [&](const QString &key, const QString &name) -> Group & {
            auto it = index.constFind(key);
            if (it != index.constEnd())
                return m_groups[*it];
            index.insert(key, int(m_groups.size()));
            Group g{key, name, QList<qint64>(m_months.size() + 1, 0),
                    QList<QStringList>(m_months.size() + 1)};
            m_groups.append(g);
            return m_groups.last();
        };
        // Every category has a row, even at zero: the point is to watch them go to zero.
        if (m_grouping == Grouping::Category) {
            for (ProblemCategory c : kAllProblemCategories)
                groupFor(problemCategoryKey(c), problemCategoryName(c));
        }
        for (const ProblemCount &p : counts) {
            const int column = int(m_months.indexOf(p.month));
            if (column < 0)
                continue;
            Group &g = groupFor(p.key, p.name);
            g.counts[column] += p.count;
            g.evalIds[column] += p.evalIds;
            g.counts.last() += p.count;
            g.evalIds.last() += p.evalIds;
        }
        if (m_grouping == Grouping::ServiceItem) {
            std::stable_sort(m_groups.begin(), m_groups.end(), [](const Group &a, const Group &b) {
                return a.counts.last() > b.counts.last();
            });
        }
    }
    endResetModel();
    if (!m_error.ok())
        qCWarning(lcItemModels) << "common problems:" << m_error.message;
}

BadReviewFilter CommonProblemModel::filterAt(const QModelIndex &index) const
{
    BadReviewFilter f = m_scope;
    if (!index.isValid() || index.row() >= m_groups.size())
        return f;
    const Group &g = m_groups.at(index.row());
    const int column = index.column() == 0 ? int(m_months.size()) : index.column() - 1;
    f.evalIds = g.evalIds.value(column);
    return f;
}

int CommonProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
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
    const Group &g = m_groups.at(index.row());
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
        return column > 0 && column <= m_months.size() &&
               count >= RectificationStats::kRecurringThreshold &&
               g.key != problemCategoryKey(ProblemCategory::Other);
    case Qt::TextAlignmentRole:
        return column > 0 ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        return {};
    }
}

QVariant CommonProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
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
