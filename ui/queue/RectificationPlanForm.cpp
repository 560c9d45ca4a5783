// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/RectificationPlanForm.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace pingjia {

RectificationPlanForm::RectificationPlanForm(const UnitChoices &departments,
                                             const QString &preselected, QWidget *parent)
    : QWidget(parent)
{
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("department"));
    // Editable with a completer: a province lists hundreds of departments, typing a
    // few characters of the name is faster than scrolling.
    m_department->setEditable(true);
    m_department->setInsertPolicy(QComboBox::NoInsert);
    m_department->completer()->setFilterMode(Qt::MatchContains);
    m_department->completer()->setCompletionMode(QCompleter::PopupCompletion);
    for (const UnitChoice &d : departments)
        m_department->addItem(d.label(), d.code);
    m_department->setCurrentIndex(m_department->findData(preselected));
    if (m_department->currentIndex() < 0)
        m_department->setEditText(QString());

    m_person = new QLineEdit(this);
    m_person->setObjectName(QStringLiteral("person"));
    m_person->setPlaceholderText(tr("Name of the person responsible"));

    m_measures = new QPlainTextEdit(this);
    m_measures->setObjectName(QStringLiteral("measures"));
    m_measures->setTabChangesFocus(true);
    m_measures->setPlaceholderText(tr("What will be done, and by when"));

    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("Responsible &department:"), m_department);
    layout->addRow(tr("Responsible &person:"), m_person);
    layout->addRow(tr("&Measures:"), m_measures);

    connect(m_department, &QComboBox::currentIndexChanged, this, &RectificationPlanForm::changed);
    connect(m_department, &QComboBox::editTextChanged, this, &RectificationPlanForm::changed);
    connect(m_person, &QLineEdit::textChanged, this, &RectificationPlanForm::changed);
    connect(m_measures, &QPlainTextEdit::textChanged, this, &RectificationPlanForm::changed);
}

QString RectificationPlanForm::deptCode() const
{
    // The edit text must name a listed department: a typed fragment is no code.
    const int index = m_department->currentIndex();
    if (index < 0 || m_department->itemText(index) != m_department->currentText())
        return {};
    return m_department->itemData(index).toString();
}

QString RectificationPlanForm::person() const
{
    return m_person->text().trimmed();
}

QString RectificationPlanForm::measures() const
{
    return m_measures->toPlainText().trimmed();
}

QJsonObject RectificationPlanForm::payload() const
{
    return {{QStringLiteral("deptCode"), deptCode()},
            {QStringLiteral("person"), person()},
            {QStringLiteral("measures"), measures()}};
}

QString RectificationPlanForm::missingInput() const
{
    if (deptCode().isEmpty())
        return tr("Choose the responsible department from the list.");
    if (person().isEmpty())
        return tr("Name the responsible person.");
    if (measures().isEmpty())
        return tr("Describe the rectification measures.");
    return {};
}

} // namespace pingjia
