// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// follow_up {satisfaction 1..5, method phone|sms|visit, note?}: the 回访 after the
// rectification, asking the evaluator how satisfied they are with the fix
// (003 art.35(3)).

#include "ui/queue/HandlingActionDialog.h"

class QComboBox;
class QPlainTextEdit;

namespace pingjia {

class FollowUpDialog : public HandlingActionDialog {
    Q_OBJECT
public:
    explicit FollowUpDialog(const HandlingRecord &record, QWidget *parent = nullptr);

    QJsonObject payload() const override;
    QString missingInput() const override;

    QComboBox *satisfactionCombo() const { return m_satisfaction; }
    QComboBox *methodCombo() const { return m_method; }
    QPlainTextEdit *noteEdit() const { return m_note; }

private:
    QComboBox *m_satisfaction = nullptr;
    QComboBox *m_method = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

} // namespace pingjia
