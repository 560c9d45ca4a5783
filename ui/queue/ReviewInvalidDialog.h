// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The second person's decision on a request_invalid: approve_invalid {note?} (不予采纳)
// or reject_invalid {note} (the bad review stands as confirmed). The requester may open
// it too: the state machine then refuses with same_actor and the queue shows why.

#include "ui/queue/HandlingActionDialog.h"

namespace pingjia {

class ReviewDecision;

class ReviewInvalidDialog : public HandlingActionDialog {
    Q_OBJECT
public:
    ReviewInvalidDialog(const HandlingRecord &record, const QString &me, QWidget *parent = nullptr);

    ActionType actionType() const override;
    QJsonObject payload() const override;
    QString missingInput() const override;

    ReviewDecision *decision() const { return m_decision; }

private:
    ReviewDecision *m_decision = nullptr;
};

} // namespace pingjia
