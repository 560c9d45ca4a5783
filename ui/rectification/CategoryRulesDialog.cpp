// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rectification/CategoryRulesDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace pingjia {

CategoryRulesDialog::CategoryRulesDialog(const CommonProblemRules &rules, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("categoryRulesDialog"));
    setWindowTitle(tr("Common-problem categories"));
    setMinimumWidth(560);

    auto *intro = new QLabel(tr("A bad review belongs to the first category (top to bottom) "
                                "with a keyword that occurs in its comment; with none it is "
                                "\"Other\". Separate keywords by commas or spaces."),
                             this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    for (ProblemCategory category : kAllProblemCategories) {
        if (category == ProblemCategory::Other)
            continue;
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("keywords-") + problemCategoryKey(category));
        form->addRow(problemCategoryName(category) + QLatin1Char(':'), edit);
        connect(edit, &QLineEdit::textChanged, this, &CategoryRulesDialog::updateState);
        m_edits.insert(category, edit);
    }

    m_missing = new QLabel(this);
    m_missing->setObjectName(QStringLiteral("missingInput"));
    m_missing->setWordWrap(true);
    m_missing->setForegroundRole(QPalette::PlaceholderText);

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CategoryRulesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CategoryRulesDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &CategoryRulesDialog::restoreDefaults);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_missing);
    layout->addWidget(m_buttons);

    load(rules);
}

QStringList CategoryRulesDialog::splitKeywords(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,，、;；\\s]+"));
    QStringList keywords;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString keyword = part.trimmed();
        if (!keyword.isEmpty() && !keywords.contains(keyword, Qt::CaseInsensitive))
            keywords << keyword;
    }
    return keywords;
}

void CategoryRulesDialog::load(const CommonProblemRules &rules)
{
    for (auto it = m_edits.begin(); it != m_edits.end(); ++it)
        it.value()->setText(rules.keywords(it.key()).join(QStringLiteral(", ")));
    updateState();
}

void CategoryRulesDialog::restoreDefaults()
{
    load(CommonProblemRules::defaults());
}

CommonProblemRules CategoryRulesDialog::rules() const
{
    QList<CategoryRule> list;
    for (ProblemCategory category : kAllProblemCategories) {
        if (QLineEdit *edit = m_edits.value(category))
            list.append({category, splitKeywords(edit->text())});
    }
    return CommonProblemRules(list);
}

QString CategoryRulesDialog::missingInput() const
{
    for (auto it = m_edits.begin(); it != m_edits.end(); ++it) {
        if (splitKeywords(it.value()->text()).isEmpty())
            return tr("Give at least one keyword for \"%1\".").arg(problemCategoryName(it.key()));
    }
    return {};
}

void CategoryRulesDialog::accept()
{
    if (!missingInput().isEmpty())
        return;
    QDialog::accept();
}

void CategoryRulesDialog::updateState()
{
    const QString missing = missingInput();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(missing.isEmpty());
    m_missing->setText(missing);
    m_missing->setVisible(!missing.isEmpty());
}

} // namespace pingjia
