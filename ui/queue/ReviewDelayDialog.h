// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The second person's decision on a request_delay: approve_delay {deadline, note?} —
// the approver may set another date than proposed — or reject_delay {note}.

#include "ui/queue/HandlingActionDialog.h"

class QDateEdit;

namespace pingjia {

class ReviewDecision;

class ReviewDelayDialog : public HandlingActionDialog {
    Q_OBJECT
public:
    ReviewDelayDialog(const HandlingRecord &record, const QString &me, QWidget *parent = nullptr);

    ActionType actionType() const override;
    QJsonObject payload() const override;
    QString missingInput() const override;

    QDateTime deadline() const;
    ReviewDecision *decision() const { return m_decision; }
    QDateEdit *deadlineEdit() const { return m_deadline; }

private:
    ReviewDecision *m_decision = nullptr;
    QDateEdit *m_deadline = nullptr;
};

} // namespace pingjia
