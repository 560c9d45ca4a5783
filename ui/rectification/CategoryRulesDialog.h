// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Edits the keyword rules that sort bad-review comments into common-problem categories
// (排队/等待 → waiting time, 态度 → attitude, …). One line of keywords per category,
// separated by commas, 、 or spaces; the first category whose keyword occurs in a
// comment wins, so the order of the rows matters and is shown. The page saves the
// result in the local-work settings, where it survives a cache rebuild.

#include "models/domain/CommonProblemCategory.h"

#include <QDialog>
#include <QMap>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace pingjia {

class CategoryRulesDialog : public QDialog {
    Q_OBJECT
public:
    explicit CategoryRulesDialog(const CommonProblemRules &rules, QWidget *parent = nullptr);

    // The edited rules (meaningful when complete).
    CommonProblemRules rules() const;
    // Empty when every category has at least one keyword, else what is missing.
    QString missingInput() const;
    QLineEdit *keywordsEdit(ProblemCategory category) const { return m_edits.value(category); }

    // "排队, 等待、时间长" → {"排队", "等待", "时间长"}: trimmed, duplicates dropped.
    static QStringList splitKeywords(const QString &text);

public slots:
    void accept() override;
    void restoreDefaults();

private:
    void load(const CommonProblemRules &rules);
    void updateState();

    QMap<ProblemCategory, QLineEdit *> m_edits;
    QLabel *m_missing = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pingjia
