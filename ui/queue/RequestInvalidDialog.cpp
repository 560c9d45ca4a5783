// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/RequestInvalidDialog.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QRadioButton>

namespace pingjia {

RequestInvalidDialog::RequestInvalidDialog(const HandlingRecord &record, QWidget *parent)
    : HandlingActionDialog(ActionType::RequestInvalid, record, parent)
{
    setIntro(tr("A second person must approve this request before the bad review is "
                "not adopted."));

    // No default: mistaken and malicious have different consequences, so the user picks.
    m_mistaken = new QRadioButton(tr("&Mistaken (the evaluator chose the wrong level)"), this);
    m_mistaken->setObjectName(QStringLiteral("mistaken"));
    m_malicious = new QRadioButton(tr("M&alicious (not about the service)"), this);
    m_malicious->setObjectName(QStringLiteral("malicious"));
    m_results = new QButtonGroup(this);
    m_results->addButton(m_mistaken);
    m_results->addButton(m_malicious);
    auto *results = new QVBoxLayout;
    results->addWidget(m_mistaken);
    results->addWidget(m_malicious);
    form()->addRow(tr("Result:"), results);

    m_evidence = new QPlainTextEdit(this);
    m_evidence->setObjectName(QStringLiteral("evidence"));
    m_evidence->setTabChangesFocus(true);
    m_evidence->setPlaceholderText(
        tr("e.g. the evaluator confirmed by phone that they meant \"very satisfied\""));
    form()->addRow(tr("&Evidence:"), m_evidence);

    connect(m_results, &QButtonGroup::buttonToggled, this, &RequestInvalidDialog::updateState);
    connect(m_evidence, &QPlainTextEdit::textChanged, this, &RequestInvalidDialog::updateState);
    updateState();
}

QString RequestInvalidDialog::result() const
{
    if (m_mistaken->isChecked())
        return QStringLiteral("mistaken");
    if (m_malicious->isChecked())
        return QStringLiteral("malicious");
    return {};
}

QJsonObject RequestInvalidDialog::payload() const
{
    return {{QStringLiteral("result"), result()},
            {QStringLiteral("evidence"), m_evidence->toPlainText().trimmed()}};
}

QString RequestInvalidDialog::missingInput() const
{
    if (result().isEmpty())
        return tr("Choose mistaken or malicious.");
    if (m_evidence->toPlainText().trimmed().isEmpty())
        return tr("Give the evidence for the request.");
    return {};
}

} // namespace pingjia
