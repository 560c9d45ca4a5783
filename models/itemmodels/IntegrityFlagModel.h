// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The flagged items of one month (评价核查, issue 14) with the user's verdicts, filtered
// by rule and by verdict state. A month holds tens to hundreds of flags, so the model keeps
// them whole; loading happens off the GUI thread (IntegrityPage) and arrives through
// setFlags(). No personal data: flags carry codes and counts only.

#include "models/domain/IntegrityRules.h"
#include "models/store/IntegrityVerdicts.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace pingjia {

class IntegrityFlagModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Rule, EvalId, Unit, Window, Explanation, Verdict, ColumnCount };
    enum class VerdictFilter { All, Open, Cleared, Confirmed };

    explicit IntegrityFlagModel(QObject *parent = nullptr);

    void setFlags(QList<IntegrityFlag> flags,
                  QHash<QPair<QString, QString>, IntegrityVerdictEntry> verdicts);
    // A verdict just stored: shown at once, without reloading.
    void setVerdict(const IntegrityFlag &flag, const IntegrityVerdictEntry &entry);
    void setRuleFilter(std::optional<IntegrityRule> rule);
    void setVerdictFilter(VerdictFilter filter);

    const IntegrityFlag &flagAt(int row) const { return m_all.at(m_shown.at(row)); }
    qsizetype totalCount() const { return m_all.size(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::optional<IntegrityVerdictEntry> verdictOf(const IntegrityFlag &flag) const;
    QString verdictText(const IntegrityFlag &flag) const;
    void refilter();

    QList<IntegrityFlag> m_all;
    QList<int> m_shown; // indexes into m_all
    QHash<QPair<QString, QString>, IntegrityVerdictEntry> m_verdicts;
    std::optional<IntegrityRule> m_rule;
    VerdictFilter m_verdictFilter = VerdictFilter::All;
};

} // namespace pingjia
