// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/TextActionDialog.h"

#include <QFormLayout>
#include <QPlainTextEdit>

namespace pingjia {

namespace {

struct TextField {
    const char *key;
    const char *label;
    const char *placeholder;
    const char *missing;
};

TextField fieldOf(ActionType type)
{
    switch (type) {
    case ActionType::Complete:
        return {"changes", QT_TRANSLATE_NOOP("pingjia::TextActionDialog", "What was changed:"),
                QT_TRANSLATE_NOOP("pingjia::TextActionDialog",
                                  "e.g. added a guide at the entrance; queue times now posted"),
                QT_TRANSLATE_NOOP("pingjia::TextActionDialog", "Describe what was changed.")};
    case ActionType::Reopen:
        return {"reason", QT_TRANSLATE_NOOP("pingjia::TextActionDialog", "Reason for reopening:"),
                QT_TRANSLATE_NOOP("pingjia::TextActionDialog",
                                  "e.g. the evaluator reports the problem again"),
                QT_TRANSLATE_NOOP("pingjia::TextActionDialog", "Give the reason for reopening.")};
    case ActionType::Verify:
    default:
        return {"evidence",
                QT_TRANSLATE_NOOP("pingjia::TextActionDialog", "Evidence (what was checked):"),
                QT_TRANSLATE_NOOP("pingjia::TextActionDialog",
                                  "e.g. surveillance video reviewed, the complaint is true"),
                QT_TRANSLATE_NOOP("pingjia::TextActionDialog",
                                  "Describe the evidence that confirms the bad review.")};
    }
}

} // namespace

TextActionDialog::TextActionDialog(ActionType type, const HandlingRecord &record, QWidget *parent)
    : HandlingActionDialog(type, record, parent)
{
    Q_ASSERT(handles(type));
    const TextField field = fieldOf(type);
    m_key = QString::fromLatin1(field.key);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(m_key);
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr(field.placeholder));
    form()->addRow(tr(field.label), m_text);
    connect(m_text, &QPlainTextEdit::textChanged, this, &TextActionDialog::updateState);
    updateState();
}

bool TextActionDialog::handles(ActionType type)
{
    return type == ActionType::Verify || type == ActionType::Complete || type == ActionType::Reopen;
}

QJsonObject TextActionDialog::payload() const
{
    return {{m_key, m_text->toPlainText().trimmed()}};
}

QString TextActionDialog::missingInput() const
{
    if (m_text->toPlainText().trimmed().isEmpty())
        return tr(fieldOf(actionType()).missing);
    return {};
}

} // namespace pingjia
