// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/BadReviewDetailPanel.h"

#include "models/domain/Clock.h"
#include "models/domain/EvaluationLevel.h"
#include "models/domain/Overdue.h"
#include "models/domain/PlatformTime.h"
#include "models/itemmodels/BadReviewQueueModel.h"
#include "ui/queue/ActionPayloadText.h"
#include "ui/queue/DeadlineText.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pingjia {

namespace {

QString orUnknown(const QString &name, const QString &code)
{
    if (code.isEmpty())
        return BadReviewDetailPanel::tr("—");
    return name.isEmpty() ? BadReviewDetailPanel::tr("%1 (not synced yet)").arg(code)
                          : QStringLiteral("%1 (%2)").arg(name, code);
}

QString caseStatusText(int proStatus)
{
    switch (proStatus) {
    case 1:
        return BadReviewDetailPanel::tr("waiting");
    case 2:
        return BadReviewDetailPanel::tr("in progress");
    case 3:
        return BadReviewDetailPanel::tr("finished");
    default:
        return BadReviewDetailPanel::tr("status %1").arg(proStatus);
    }
}

QString outboxStatusKey(OutboxStatus status)
{
    return toString(status);
}

} // namespace

BadReviewDetailPanel::BadReviewDetailPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("detailPanel"));
    setFocusPolicy(Qt::StrongFocus);

    m_placeholder = new QLabel(tr("Select a bad review to see its comment, case, staff "
                                  "member and history."),
                               this);
    m_placeholder->setObjectName(QStringLiteral("detailPlaceholder"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_content = new QWidget(this);
    m_title = new QLabel(m_content);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_deadlines = addField(QStringLiteral("deadlines"), tr("Deadlines:"));
    m_comment = addField(QStringLiteral("comment"), tr("Comment:"));
    m_case = addField(QStringLiteral("case"), tr("Case:"));
    m_item = addField(QStringLiteral("serviceItem"), tr("Service item:"));
    m_staff = addField(QStringLiteral("staff"), tr("Staff and window:"));
    m_channel = addField(QStringLiteral("channel"), tr("Channel:"));
    m_evaluator = addField(QStringLiteral("evaluator"), tr("Evaluator:"));

    m_reveal = new QPushButton(tr("R&eveal evaluator data…"), m_content);
    m_reveal->setObjectName(QStringLiteral("revealButton"));
    m_reveal->setToolTip(tr("Shows the evaluator's name, mobile and ID number after you give "
                            "a reason; the reveal is logged."));
    connect(m_reveal, &QPushButton::clicked, this, [this] {
        if (!m_evalId.isEmpty())
            emit revealRequested(m_evalId);
    });
    m_revealed = new QLabel(m_content);
    m_revealed->setObjectName(QStringLiteral("revealed"));
    m_revealed->setWordWrap(true);
    m_revealed->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_revealed->hide();
    m_form->addRow(QString(), m_reveal);
    m_form->addRow(QString(), m_revealed);

    auto *historyLabel = new QLabel(tr("History"), m_content);
    historyLabel->setFont(titleFont);
    m_timeline = new QTreeWidget(m_content);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setRootIsDecorated(false);
    m_timeline->setWordWrap(true);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setHeaderLabels({tr("Time"), tr("By"), tr("Action"), tr("Upload status")});
    m_timeline->setUniformRowHeights(false);
    m_timeline->setIndentation(12);
    m_timeline->setItemsExpandable(false);
    for (int column : {int(TimeColumn), int(ActorColumn), int(ActionColumn)})
        m_timeline->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_timeline->header()->setStretchLastSection(true);
    m_timeline->setAccessibleName(tr("History of the bad review"));

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_title);
    contentLayout->addLayout(m_form);
    contentLayout->addWidget(historyLabel);
    contentLayout->addWidget(m_timeline, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_content, 1);
    m_content->hide();
}

QLabel *BadReviewDetailPanel::addField(const QString &objectName, const QString &label)
{
    auto *field = new QLabel(m_content);
    field->setObjectName(objectName);
    field->setWordWrap(true);
    field->setTextFormat(Qt::PlainText);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_form->addRow(label, field);
    return field;
}

void BadReviewDetailPanel::showNothing(const QString &message)
{
    m_evalId.clear();
    m_detail.reset();
    m_placeholder->setText(message.isEmpty()
                               ? tr("Select a bad review to see its comment, case, staff "
                                    "member and history.")
                               : message);
    m_placeholder->show();
    m_content->hide();
}

void BadReviewDetailPanel::showDetail(const BadReviewDetail &detail, const ChannelTable &channels,
                                      const std::function<QString(const QString &)> &unitName)
{
    const bool sameRow = m_evalId == detail.row.evalId;
    m_evalId = detail.row.evalId;
    m_detail = detail;
    const BadReviewRow &row = detail.row;

    QString title =
        tr("%1 · %2 · %3").arg(row.evalId, levelName(row.level), handlingStateName(row.state));
    if (!row.valid)
        title += tr(" · invalid (no text)");
    if (row.pendingUpload)
        title += tr(" · pending upload");
    m_title->setText(title);

    updateCountdowns();
    m_comment->setText(detail.fullComment.isEmpty() ? tr("(no text)") : detail.fullComment);

    if (detail.serviceCase) {
        const ServiceCase &c = *detail.serviceCase;
        QString text = tr("%1 · accepted %2").arg(c.projectNo, formatPlatformTime(c.acceptDate));
        if (c.finishDate.isValid())
            text += tr(" · finished %1").arg(formatPlatformTime(c.finishDate));
        text += QStringLiteral(" · ") + caseStatusText(c.proStatus);
        m_case->setText(text);
    } else {
        m_case->setText(tr("not synced yet"));
    }
    m_item->setText(detail.serviceItem
                        ? orUnknown(detail.serviceItem->taskName, detail.serviceItem->taskCode)
                        : orUnknown(QString(), row.taskCode));
    m_staff->setText(
        tr("%1\nWindow: %2\nDepartment: %3\nCenter: %4")
            .arg(orUnknown(row.staffName, row.staffId), orUnknown(row.windowName, row.windowCode),
                 orUnknown(row.deptName, row.deptCode), orUnknown(row.centerName, row.centerCode)));
    m_channel->setText(channels.name(row.channelCode));

    QString evaluator =
        detail.anonymous
            ? tr("anonymous")
            : tr("%1, mobile %2")
                  .arg(detail.evaluatorNameMasked.isEmpty() ? tr("(no name)")
                                                            : detail.evaluatorNameMasked,
                       detail.evaluatorMobileMasked.isEmpty() ? tr("(none)")
                                                              : detail.evaluatorMobileMasked);
    m_evaluator->setText(evaluator);
    if (!sameRow) {
        m_revealed->clear();
        m_revealed->hide();
    }
    m_reveal->setEnabled(detail.revealable);
    if (!detail.revealable) {
        m_revealed->setText(tr("No encrypted evaluator data is stored for this evaluation "
                               "(anonymous, or synced without a keychain)."));
        m_revealed->show();
    }

    m_timeline->clear();
    for (const TimelineEntry &e : detail.timeline) {
        auto *item = new QTreeWidgetItem(m_timeline);
        item->setText(TimeColumn, formatPlatformTime(e.at));
        item->setText(ActorColumn, e.actor);
        item->setText(ActionColumn, actionTypeName(e.type));
        item->setData(ActionColumn, Qt::UserRole, toString(e.type));
        if (e.source == TimelineEntry::Source::Local && e.uploadStatus) {
            QString status = uploadStatusText(outboxStatusKey(*e.uploadStatus));
            if (!e.uploadError.isEmpty())
                status += QStringLiteral(": ") + e.uploadError;
            item->setText(StatusColumn, status);
            item->setData(StatusColumn, Qt::UserRole, outboxStatusKey(*e.uploadStatus));
            QFont italic = item->font(StatusColumn);
            italic.setItalic(*e.uploadStatus != OutboxStatus::Acked);
            item->setFont(StatusColumn, italic);
        } else {
            item->setText(StatusColumn, tr("On the platform"));
            item->setData(StatusColumn, Qt::UserRole, QStringLiteral("platform"));
        }
        const QString details = describeActionPayload(e.payload, unitName);
        if (!details.isEmpty()) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, details);
            child->setToolTip(0, details);
            child->setFirstColumnSpanned(true);
        }
        item->setExpanded(true);
    }
    if (m_timeline->topLevelItemCount() > 0)
        m_timeline->scrollToItem(m_timeline->topLevelItem(m_timeline->topLevelItemCount() - 1));
    m_placeholder->hide();
    m_content->show();
}

void BadReviewDetailPanel::updateCountdowns()
{
    if (!m_detail)
        return;
    const BadReviewRow &row = m_detail->row;
    const QDateTime now = Clock::now();
    QStringList lines;
    if (row.verifyDeadline.isValid()) {
        QString line = tr("Verify by %1").arg(deadlineText(row.verifyDeadline, false));
        if (row.state == HandlingState::Unverified)
            line +=
                QStringLiteral(" — ") + BadReviewQueueModel::timeLeftText(row.verifyDeadline, now);
        lines << line;
    }
    if (row.effectiveReformDeadline.isValid()) {
        QString line = tr("Rectify by %1")
                           .arg(deadlineText(row.effectiveReformDeadline, row.deadlineEstimated));
        if (row.delayDeadline.isValid())
            line += tr(" (delayed)");
        if (rectificationRunning(row.state))
            line += QStringLiteral(" — ") +
                    BadReviewQueueModel::timeLeftText(row.effectiveReformDeadline, now);
        lines << line;
    }
    if (row.delayPending)
        lines << tr("A delay request awaits a decision.");
    if (row.overdue(now))
        lines << tr("⚠ Overdue");
    m_deadlines->setText(lines.isEmpty() ? tr("none running") : lines.join(QLatin1Char('\n')));
    m_deadlines->setStyleSheet(row.overdue(now) ? QStringLiteral("color: #b3261e;") : QString());
}

void BadReviewDetailPanel::showEvaluator(const EvaluatorData &data)
{
    m_revealed->setText(tr("Name: %1\nMobile: %2\nID number: %3")
                            .arg(data.userName.isEmpty() ? tr("(none)") : data.userName,
                                 data.mobile.isEmpty() ? tr("(none)") : data.mobile,
                                 data.certNo.isEmpty() ? tr("(none)") : data.certNo));
    m_revealed->show();
}

void BadReviewDetailPanel::showRevealUnavailable(const QString &message)
{
    m_revealed->setText(message);
    m_revealed->show();
}

} // namespace pingjia
