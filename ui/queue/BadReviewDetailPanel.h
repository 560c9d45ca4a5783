// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The right-hand side of the queue: everything about one bad review — the full comment,
// the case (办件), the service item, the staff member, the evaluator (masked; revealing
// needs a reason and is logged) and the history timeline, platform and local actions
// alike, each local one with its upload status.

#include "models/domain/Channel.h"
#include "models/store/BadReviewQuery.h"
#include "models/store/CacheReader.h"

#include <QWidget>

#include <functional>
#include <optional>

class QFormLayout;
class QLabel;
class QPushButton;
class QSplitter;
class QTreeWidget;
class QTreeWidgetItem;

namespace pingjia {

class TimelineColumns;

class BadReviewDetailPanel : public QWidget {
    Q_OBJECT
public:
    // One top-level row per action; its details (evidence, measures, …) are the row's
    // child, spanning the columns, so long Chinese text wraps instead of being cut.
    enum TimelineColumn { TimeColumn, ActorColumn, ActionColumn, StatusColumn };

    explicit BadReviewDetailPanel(QWidget *parent = nullptr);

    // `unitName` names department codes in the timeline.
    void showDetail(const BadReviewDetail &detail, const ChannelTable &channels,
                    const std::function<QString(const QString &)> &unitName);
    // No row selected, or the detail could not be read (`message` says why).
    void showNothing(const QString &message);
    // After a logged reveal: the plaintext until another row is shown.
    void showEvaluator(const EvaluatorData &data);
    // Reveal is impossible here (no keychain, nothing stored): why.
    void showRevealUnavailable(const QString &message);
    // Re-renders the countdowns (called with the view's once-a-minute repaint).
    void updateCountdowns();

    QString evalId() const { return m_evalId; }
    QTreeWidget *timeline() const { return m_timeline; }
    // The facts above, the history below (a vertical splitter).
    QSplitter *splitter() const { return m_split; }
    QPushButton *revealButton() const { return m_reveal; }

signals:
    void revealRequested(const QString &evalId);

private:
    QLabel *addField(const QString &objectName, const QString &label);
    static void setTimelineText(QTreeWidgetItem *item, int column, const QString &text,
                                const QString &more = {});

    QString m_evalId;
    std::optional<BadReviewDetail> m_detail;
    QWidget *m_content = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_deadlines = nullptr;
    QLabel *m_comment = nullptr;
    QLabel *m_case = nullptr;
    QLabel *m_item = nullptr;
    QLabel *m_staff = nullptr;
    QLabel *m_channel = nullptr;
    QLabel *m_evaluator = nullptr;
    QLabel *m_revealed = nullptr;
    QPushButton *m_reveal = nullptr;
    QTreeWidget *m_timeline = nullptr;
    TimelineColumns *m_timelineColumns = nullptr;
    QFormLayout *m_form = nullptr;
    QSplitter *m_split = nullptr;
};

} // namespace pingjia
