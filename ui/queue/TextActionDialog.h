// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The actions whose whole payload is one required text: verify {evidence} (属实),
// complete {changes} (整改完成) and reopen {reason}.

#include "ui/queue/HandlingActionDialog.h"

class QPlainTextEdit;

namespace pingjia {

class TextActionDialog : public HandlingActionDialog {
    Q_OBJECT
public:
    // `type` must be Verify, Complete or Reopen.
    TextActionDialog(ActionType type, const HandlingRecord &record, QWidget *parent = nullptr);

    static bool handles(ActionType type);

    QJsonObject payload() const override;
    QString missingInput() const override;

    QPlainTextEdit *textEdit() const { return m_text; }

private:
    QString m_key;
    QPlainTextEdit *m_text = nullptr;
};

} // namespace pingjia
