// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/ReviewInvalidDialog.h"

#include "models/domain/PlatformTime.h"
#include "ui/queue/ReviewDecision.h"

#include <QFormLayout>
#include <QLabel>

namespace pingjia {

ReviewInvalidDialog::ReviewInvalidDialog(const HandlingRecord &record, const QString &me,
                                         QWidget *parent)
    : HandlingActionDialog(ActionType::ApproveInvalid, record, parent)
{
    setWindowTitle(tr("Review invalid request · %1").arg(record.evalId));
    const auto request = record.lastEntry(ActionType::RequestInvalid);
    QString intro;
    if (request) {
        const auto result =
            verifyResultFromString(request->payload.value(QStringLiteral("result")).toString());
        intro = tr("%1 asked on %2 to declare this bad review %3.\nEvidence: %4")
                    .arg(request->actor, formatPlatformTime(request->at),
                         verifyResultName(result.value_or(VerifyResult::None)),
                         request->payload.value(QStringLiteral("evidence")).toString());
        if (request->actor == me)
            intro +=
                QLatin1Char('\n') + tr("You made this request: a second person must decide on it.");
    }
    setIntro(intro);

    m_decision = new ReviewDecision(tr("&Approve: not adopted"),
                                    tr("&Reject: the bad review stands as confirmed"), this);
    form()->addRow(m_decision);
    connect(m_decision, &ReviewDecision::changed, this, &ReviewInvalidDialog::updateState);
    updateState();
}

ActionType ReviewInvalidDialog::actionType() const
{
    return m_decision && m_decision->isDecided() && !m_decision->approves()
               ? ActionType::RejectInvalid
               : ActionType::ApproveInvalid;
}

QJsonObject ReviewInvalidDialog::payload() const
{
    QJsonObject p;
    if (!m_decision->note().isEmpty())
        p.insert(QStringLiteral("note"), m_decision->note());
    return p;
}

QString ReviewInvalidDialog::missingInput() const
{
    return m_decision ? m_decision->missingInput() : QString();
}

} // namespace pingjia
