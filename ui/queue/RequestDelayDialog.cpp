// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/RequestDelayDialog.h"

#include "models/domain/Clock.h"
#include "models/domain/PlatformTime.h"
#include "ui/queue/DeadlineText.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QPlainTextEdit>

namespace pingjia {

RequestDelayDialog::RequestDelayDialog(const HandlingRecord &record, QWidget *parent)
    : HandlingActionDialog(ActionType::RequestDelay, record, parent)
{
    const QDateTime current = record.effectiveRectificationDeadline();
    setIntro(tr("Current rectification deadline: %1.")
                 .arg(deadlineText(current, record.deadlineEstimated)));

    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why the rectification cannot finish in time"));
    form()->addRow(tr("&Reason:"), m_reason);

    m_deadline = new QDateEdit(this);
    m_deadline->setObjectName(QStringLiteral("proposedDeadline"));
    m_deadline->setCalendarPopup(true);
    m_deadline->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const QDate base = current.isValid() ? platformDate(current) : platformDate(Clock::now());
    m_deadline->setDate(base.addDays(7));
    form()->addRow(tr("&Proposed deadline (end of day):"), m_deadline);

    m_cannotRectify = new QCheckBox(tr("&Cannot rectify (the problem cannot be fixed here)"), this);
    m_cannotRectify->setObjectName(QStringLiteral("cannotRectify"));
    form()->addRow(QString(), m_cannotRectify);

    connect(m_reason, &QPlainTextEdit::textChanged, this, &RequestDelayDialog::updateState);
    connect(m_deadline, &QDateEdit::dateChanged, this, &RequestDelayDialog::updateState);
    updateState();
}

QDateTime RequestDelayDialog::proposedDeadline() const
{
    return endOfPlatformDay(m_deadline->date());
}

QJsonObject RequestDelayDialog::payload() const
{
    return {{QStringLiteral("reason"), m_reason->toPlainText().trimmed()},
            {QStringLiteral("proposedDeadline"), formatPlatformTime(proposedDeadline())},
            {QStringLiteral("cannotRectify"), m_cannotRectify->isChecked()}};
}

QString RequestDelayDialog::missingInput() const
{
    if (m_reason->toPlainText().trimmed().isEmpty())
        return tr("Give the reason for the delay.");
    const QDateTime current = record().effectiveRectificationDeadline();
    if (current.isValid() && proposedDeadline() <= current)
        return tr("The proposed deadline must be after the current one (%1).")
            .arg(deadlineText(current, record().deadlineEstimated));
    return {};
}

} // namespace pingjia
