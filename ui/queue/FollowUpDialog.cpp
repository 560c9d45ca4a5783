// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/FollowUpDialog.h"

#include "models/domain/EvaluationLevel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QPlainTextEdit>

namespace pingjia {

FollowUpDialog::FollowUpDialog(const HandlingRecord &record, QWidget *parent)
    : HandlingActionDialog(ActionType::FollowUp, record, parent)
{
    // Both start empty: a default would let a hurried user record a satisfaction
    // nobody said.
    m_satisfaction = new QComboBox(this);
    m_satisfaction->setObjectName(QStringLiteral("satisfaction"));
    m_satisfaction->addItem(tr("— choose —"), 0);
    for (int level = kMaxLevel; level >= kMinLevel; --level)
        m_satisfaction->addItem(QStringLiteral("%1 · %2").arg(level).arg(levelName(level)), level);
    form()->addRow(tr("Evaluator's &satisfaction with the fix:"), m_satisfaction);

    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("method"));
    m_method->addItem(tr("— choose —"), QString());
    m_method->addItem(tr("Phone call"), QStringLiteral("phone"));
    m_method->addItem(tr("Text message"), QStringLiteral("sms"));
    m_method->addItem(tr("Visit in person"), QStringLiteral("visit"));
    form()->addRow(tr("&Method:"), m_method);

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("Optional: what the evaluator said"));
    form()->addRow(tr("&Note:"), m_note);

    connect(m_satisfaction, &QComboBox::currentIndexChanged, this, &FollowUpDialog::updateState);
    connect(m_method, &QComboBox::currentIndexChanged, this, &FollowUpDialog::updateState);
    updateState();
}

QJsonObject FollowUpDialog::payload() const
{
    QJsonObject p{{QStringLiteral("satisfaction"), m_satisfaction->currentData().toInt()},
                  {QStringLiteral("method"), m_method->currentData().toString()}};
    if (const QString note = m_note->toPlainText().trimmed(); !note.isEmpty())
        p.insert(QStringLiteral("note"), note);
    return p;
}

QString FollowUpDialog::missingInput() const
{
    if (m_satisfaction->currentData().toInt() < kMinLevel)
        return tr("Choose the evaluator's satisfaction.");
    if (m_method->currentData().toString().isEmpty())
        return tr("Choose how the evaluator was contacted.");
    return {};
}

} // namespace pingjia
