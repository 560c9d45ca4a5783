// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/BadReviewDetailPanel.h"

#include "models/domain/Clock.h"
#include "models/domain/EvaluationLevel.h"
#include "models/domain/Overdue.h"
#include "models/domain/PlatformTime.h"
#include "models/itemmodels/BadReviewQueueModel.h"
#include "models/itemmodels/PlatformErrorText.h"
#include "ui/queue/ActionPayloadText.h"
#include "ui/queue/DeadlineText.h"
#include "ui/queue/TimelineColumns.h"

#include <algorithm>

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
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
    m_title = new QLabel;
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
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setHeaderLabels({tr("Time"), tr("By"), tr("Action"), tr("Upload status")});
    m_timeline->setUniformRowHeights(false);
    m_timeline->setIndentation(12);
    m_timeline->setItemsExpandable(false);
    // Every column within the panel's width, whatever the window's size; a text longer
    // than its column is elided and whole in its tooltip (setTimelineText).
    m_timeline->setWordWrap(false);
    m_timeline->setTextElideMode(Qt::ElideRight);
    m_timelineColumns = new TimelineColumns(m_timeline, TimeColumn);
    m_timeline->setAccessibleName(tr("History of the bad review"));

    // The facts above, the history below, split evenly: the facts scroll on their own,
    // so a long comment never squeezes the history to a couple of rows (at 1280×800 the
    // panel is about 540 pixels high). The user drags the handle to give either more.
    auto *facts = new QWidget;
    auto *factsLayout = new QVBoxLayout(facts);
    factsLayout->setContentsMargins(0, 0, 0, 0);
    factsLayout->addWidget(m_title);
    factsLayout->addLayout(m_form);
    factsLayout->addStretch(1);
    auto *factsScroll = new QScrollArea;
    factsScroll->setObjectName(QStringLiteral("detailFacts"));
    factsScroll->setWidget(facts);
    factsScroll->setWidgetResizable(true);
    factsScroll->setFrameShape(QFrame::NoFrame);
    factsScroll->setFocusPolicy(Qt::NoFocus);
    factsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *history = new QWidget;
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(historyLabel);
    historyLayout->addWidget(m_timeline, 1);
    m_split = new QSplitter(Qt::Vertical);
    m_split->setObjectName(QStringLiteral("detailSplitter"));
    m_split->addWidget(factsScroll);
    m_split->addWidget(history);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 1);
    m_split->setCollapsible(0, false);
    m_split->setCollapsible(1, false);
    m_split->setChildrenCollapsible(false);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_split);

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

    // A textless bad review is invalid: its state says so once, with the reason.
    QString title =
        row.valid
            ? tr("%1 · %2 · %3").arg(row.evalId, levelName(row.level), handlingStateName(row.state))
            : tr("%1 · %2 · invalid: no text").arg(row.evalId, levelName(row.level));
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
        setTimelineText(item, ActorColumn, e.actor);
        setTimelineText(item, ActionColumn, actionTypeName(e.type));
        item->setData(ActionColumn, Qt::UserRole, toString(e.type));
        if (e.source == TimelineEntry::Source::Local && e.uploadStatus) {
            QString status = uploadStatusText(outboxStatusKey(*e.uploadStatus));
            QString reason;
            if (!e.uploadError.isEmpty()) {
                status += QStringLiteral(": ") +
                          platformErrorSentence(platformErrorCodeIn(e.uploadError));
                reason = platformReasonText(e.uploadError);
            }
            setTimelineText(item, StatusColumn, status, reason);
            item->setData(StatusColumn, Qt::UserRole, outboxStatusKey(*e.uploadStatus));
            QFont italic = item->font(StatusColumn);
            italic.setItalic(*e.uploadStatus != OutboxStatus::Acked);
            item->setFont(StatusColumn, italic);
        } else {
            setTimelineText(item, StatusColumn, tr("On the platform"));
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
    m_timelineColumns->fit();
    if (m_timeline->topLevelItemCount() > 0)
        m_timeline->scrollToItem(m_timeline->topLevelItem(m_timeline->topLevelItemCount() - 1));
    m_placeholder->hide();
    m_content->show();
}

void BadReviewDetailPanel::setTimelineText(QTreeWidgetItem *item, int column, const QString &text,
                                           const QString &more)
{
    // Elided when the column is narrower than the text: the tooltip has all of it (and
    // the platform's own wording of a refusal, when there is one).
    item->setText(column, text);
    item->setToolTip(column, more.isEmpty() ? text : text + u'\n' + more);
}

namespace {

// When the step that met (or missed) a deadline was taken: the first verification
// (verify or request_invalid), the last completion. Invalid when not taken.
QDateTime firstAt(const QList<TimelineEntry> &timeline, std::initializer_list<ActionType> types)
{
    for (const TimelineEntry &e : timeline)
        if (std::find(types.begin(), types.end(), e.type) != types.end())
            return e.at;
    return {};
}

QDateTime lastAt(const QList<TimelineEntry> &timeline, ActionType type)
{
    QDateTime at;
    for (const TimelineEntry &e : timeline)
        if (e.type == type)
            at = e.at;
    return at;
}

QString lateBy(qint64 seconds)
{
    const qint64 days = seconds / 86400;
    return days > 0 ? BadReviewDetailPanel::tr("%n day(s) late", nullptr, int(days))
                    : BadReviewDetailPanel::tr("%n hour(s) late", nullptr,
                                               int(std::max<qint64>(1, seconds / 3600)));
}

} // namespace

void BadReviewDetailPanel::updateCountdowns()
{
    if (!m_detail)
        return;
    const BadReviewRow &row = m_detail->row;
    const QDateTime now = Clock::now();
    // Each line is marked on its own: only the deadline that was missed turns red, and a
    // step taken late keeps its mark after it was taken.
    QList<QPair<QString, bool>> lines; // text, missed
    if (row.verifyDeadline.isValid()) {
        QString line = tr("Verify by %1").arg(deadlineText(row.verifyDeadline, false));
        bool missed = false;
        if (row.state == HandlingState::Unverified) {
            line +=
                QStringLiteral(" — ") + BadReviewQueueModel::timeLeftText(row.verifyDeadline, now);
            missed = row.verifyOverdue(now);
        } else if (const QDateTime done = firstAt(m_detail->timeline,
                                                  {ActionType::Verify, ActionType::RequestInvalid});
                   done.isValid() && done > row.verifyDeadline) {
            line += QStringLiteral(" — ") +
                    tr("verified %1").arg(lateBy(row.verifyDeadline.secsTo(done)));
            missed = true;
        }
        lines.append({line, missed});
    }
    if (row.effectiveRectificationDeadline.isValid()) {
        QString line =
            tr("Rectify by %1")
                .arg(deadlineText(row.effectiveRectificationDeadline, row.deadlineEstimated));
        if (row.delayDeadline.isValid())
            line += tr(" (delayed)");
        bool missed = false;
        if (rectificationRunning(row.state)) {
            line += QStringLiteral(" — ") +
                    BadReviewQueueModel::timeLeftText(row.effectiveRectificationDeadline, now);
            missed = row.rectificationOverdue(now);
        } else if (const QDateTime done = lastAt(m_detail->timeline, ActionType::Complete);
                   done.isValid() && done > row.effectiveRectificationDeadline) {
            line += QStringLiteral(" — ") +
                    tr("completed %1").arg(lateBy(row.effectiveRectificationDeadline.secsTo(done)));
            missed = true;
        }
        lines.append({line, missed});
    }
    if (row.delayPending)
        lines.append({tr("A delay request awaits a decision."), false});
    if (lines.isEmpty()) {
        m_deadlines->setTextFormat(Qt::PlainText);
        m_deadlines->setText(tr("none running"));
        return;
    }
    QStringList html;
    for (const auto &[text, missed] : std::as_const(lines)) {
        html << (missed ? QStringLiteral("<span style=\"color:#b3261e;\"><b>%1</b> %2</span>")
                              .arg(tr("⚠ Overdue").toHtmlEscaped(), text.toHtmlEscaped())
                        : text.toHtmlEscaped());
    }
    m_deadlines->setTextFormat(Qt::RichText);
    m_deadlines->setText(html.join(QStringLiteral("<br>")));
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
