// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// request_delay {reason, proposedDeadline, cannotRectify?}: rectification cannot finish
// in time (延期), or cannot be done at all (无法整改, 000 art.7; 003 art.35(3)). The
// proposed deadline must lie after the current one; a second person decides.

#include "ui/queue/HandlingActionDialog.h"

class QCheckBox;
class QDateEdit;
class QPlainTextEdit;

namespace pingjia {

class RequestDelayDialog : public HandlingActionDialog {
    Q_OBJECT
public:
    explicit RequestDelayDialog(const HandlingRecord &record, QWidget *parent = nullptr);

    QJsonObject payload() const override;
    QString missingInput() const override;

    QDateTime proposedDeadline() const;
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QDateEdit *deadlineEdit() const { return m_deadline; }
    QCheckBox *cannotRectifyBox() const { return m_cannotRectify; }

private:
    QPlainTextEdit *m_reason = nullptr;
    QDateEdit *m_deadline = nullptr;
    QCheckBox *m_cannotRectify = nullptr;
};

} // namespace pingjia
