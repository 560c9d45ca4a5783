// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/ReviewDelayDialog.h"

#include "models/domain/PlatformTime.h"
#include "ui/queue/DeadlineText.h"
#include "ui/queue/ReviewDecision.h"

#include <QDateEdit>
#include <QFormLayout>

namespace pingjia {

ReviewDelayDialog::ReviewDelayDialog(const HandlingRecord &record, const QString &me,
                                     QWidget *parent)
    : HandlingActionDialog(ActionType::ApproveDelay, record, parent)
{
    setWindowTitle(tr("Review delay request · %1").arg(record.evalId));
    const auto request = record.lastEntry(ActionType::RequestDelay);
    const QDateTime proposed =
        request ? parsePlatformTime(
                      request->payload.value(QStringLiteral("proposedDeadline")).toString())
                : QDateTime();
    QString intro =
        tr("Current deadline: %1.")
            .arg(deadlineText(record.effectiveRectificationDeadline(), record.deadlineEstimated));
    if (request) {
        const bool cannot = request->payload.value(QStringLiteral("cannotRectify")).toBool();
        intro += QLatin1Char('\n') +
                 (cannot ? tr("%1 reported on %2 that this cannot be rectified and proposes %3.")
                         : tr("%1 asked on %2 for a delay until %3."))
                     .arg(request->actor, formatPlatformTime(request->at),
                          deadlineText(proposed, false));
        intro += QLatin1Char('\n') +
                 tr("Reason: %1").arg(request->payload.value(QStringLiteral("reason")).toString());
        if (request->actor == me)
            intro +=
                QLatin1Char('\n') + tr("You made this request: a second person must decide on it.");
    }
    setIntro(intro);

    m_decision = new ReviewDecision(tr("&Approve the delay"), tr("&Reject the delay"), this);
    form()->addRow(m_decision);

    m_deadline = new QDateEdit(this);
    m_deadline->setObjectName(QStringLiteral("deadline"));
    m_deadline->setCalendarPopup(true);
    m_deadline->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    if (proposed.isValid())
        m_deadline->setDate(platformDate(proposed));
    else if (record.effectiveRectificationDeadline().isValid())
        m_deadline->setDate(platformDate(record.effectiveRectificationDeadline()).addDays(7));
    form()->addRow(tr("New &deadline (end of day):"), m_deadline);

    connect(m_decision, &ReviewDecision::changed, this, [this] {
        m_deadline->setEnabled(!m_decision->isDecided() || m_decision->approves());
        updateState();
    });
    connect(m_deadline, &QDateEdit::dateChanged, this, &ReviewDelayDialog::updateState);
    updateState();
}

ActionType ReviewDelayDialog::actionType() const
{
    return m_decision && m_decision->isDecided() && !m_decision->approves()
               ? ActionType::RejectDelay
               : ActionType::ApproveDelay;
}

QDateTime ReviewDelayDialog::deadline() const
{
    return endOfPlatformDay(m_deadline->date());
}

QJsonObject ReviewDelayDialog::payload() const
{
    QJsonObject p;
    if (!m_decision->note().isEmpty())
        p.insert(QStringLiteral("note"), m_decision->note());
    if (actionType() == ActionType::ApproveDelay)
        p.insert(QStringLiteral("deadline"), formatPlatformTime(deadline()));
    return p;
}

QString ReviewDelayDialog::missingInput() const
{
    if (!m_decision || !m_deadline)
        return {};
    if (const QString missing = m_decision->missingInput(); !missing.isEmpty())
        return missing;
    const QDateTime current = record().effectiveRectificationDeadline();
    if (actionType() == ActionType::ApproveDelay && current.isValid() && deadline() <= current)
        return tr("The new deadline must be after the current one (%1).")
            .arg(deadlineText(current, record().deadlineEstimated));
    return {};
}

} // namespace pingjia
