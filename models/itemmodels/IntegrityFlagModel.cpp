// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/IntegrityFlagModel.h"

namespace pingjia {

namespace {
QPair<QString, QString> keyOf(const IntegrityFlag &f)
{
    return {toString(f.rule), IntegrityVerdicts::itemKey(f)};
}
} // namespace

IntegrityFlagModel::IntegrityFlagModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void IntegrityFlagModel::setFlags(QList<IntegrityFlag> flags,
                                  QHash<QPair<QString, QString>, IntegrityVerdictEntry> verdicts)
{
    beginResetModel();
    m_all = std::move(flags);
    m_verdicts = std::move(verdicts);
    m_shown.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        const IntegrityFlag &f = m_all.at(i);
        if (m_rule && f.rule != *m_rule)
            continue;
        const auto v = verdictOf(f);
        const bool keep = m_verdictFilter == VerdictFilter::All ||
                          (m_verdictFilter == VerdictFilter::Open && !v) ||
                          (m_verdictFilter == VerdictFilter::Cleared && v &&
                           v->verdict == IntegrityVerdict::Cleared) ||
                          (m_verdictFilter == VerdictFilter::Confirmed && v &&
                           v->verdict == IntegrityVerdict::Confirmed);
        if (keep)
            m_shown.append(i);
    }
    endResetModel();
}

void IntegrityFlagModel::refilter()
{
    setFlags(std::move(m_all), std::move(m_verdicts));
}

void IntegrityFlagModel::setVerdict(const IntegrityFlag &flag, const IntegrityVerdictEntry &entry)
{
    m_verdicts.insert(keyOf(flag), entry);
    if (m_verdictFilter != VerdictFilter::All) {
        refilter(); // the item may leave the filtered list
        return;
    }
    for (int row = 0; row < m_shown.size(); ++row) {
        if (keyOf(flagAt(row)) == keyOf(flag))
            emit dataChanged(index(row, Verdict), index(row, Verdict));
    }
}

void IntegrityFlagModel::setRuleFilter(std::optional<IntegrityRule> rule)
{
    m_rule = rule;
    refilter();
}

void IntegrityFlagModel::setVerdictFilter(VerdictFilter filter)
{
    m_verdictFilter = filter;
    refilter();
}

std::optional<IntegrityVerdictEntry> IntegrityFlagModel::verdictOf(const IntegrityFlag &f) const
{
    const auto it = m_verdicts.constFind(keyOf(f));
    return it == m_verdicts.cend() ? std::nullopt : std::optional(*it);
}

QString IntegrityFlagModel::verdictText(const IntegrityFlag &f) const
{
    const auto v = verdictOf(f);
    if (!v)
        return tr("Open");
    return v->verdict == IntegrityVerdict::Confirmed ? tr("Confirmed") : tr("Cleared");
}

int IntegrityFlagModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int IntegrityFlagModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IntegrityFlagModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const IntegrityFlag &f = flagAt(index.row());
    if (role == Qt::ToolTipRole && index.column() == Explanation)
        return IntegrityText::explanation(f);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Rule:
        return IntegrityText::ruleName(f.rule);
    case EvalId:
        return f.evalId;
    case Unit:
        return f.unitCode;
    case Window:
        return f.windowCode;
    case Explanation:
        return IntegrityText::explanation(f);
    case Verdict:
        return verdictText(f);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant IntegrityFlagModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Rule:
        return tr("Rule");
    case EvalId:
        return tr("Evaluation");
    case Unit:
        return tr("Department");
    case Window:
        return tr("Window");
    case Explanation:
        return tr("Why it is flagged");
    case Verdict:
        return tr("Verdict");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace pingjia
