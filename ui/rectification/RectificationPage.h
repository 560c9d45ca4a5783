// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// 整改跟踪, the rectification tracker: per department or center how many bad reviews
// are open, in rectification, overdue, delayed, done and followed up; how old the open
// ones are; the common problems (共性问题) by service item or category per month; and
// 双归零 per unit. Every number opens the queue filtered to exactly its rows
// (double-click or Enter): the page emits openInQueue and the window switches pages.
// The numbers are counted on a worker thread (QueryThread): the page shows a busy
// indicator meanwhile, and a newer question supersedes an older one.

#include "models/store/BadReviewFilter.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QModelIndex;
class QProgressBar;
class QTabWidget;
class QTableView;

namespace pingjia {

class AgeingModel;
class CommonProblemModel;
class DoubleZeroModel;
class QueueWorkspace;
class QueryThread;
class RectificationStatsModel;
class TrackerModel;
class CategoryRulesDialog;

class RectificationPage : public QWidget {
    Q_OBJECT
public:
    // Months of common problems shown by default, ending with the current one.
    static constexpr int kDefaultProblemMonths = 6;

    explicit RectificationPage(std::shared_ptr<QueueWorkspace> workspace,
                               QWidget *parent = nullptr);
    ~RectificationPage() override;

    // The models and views; the page builds them on first use (shown, or asked here).
    RectificationStatsModel *progressModel();
    AgeingModel *ageingModel();
    CommonProblemModel *problemModel();
    DoubleZeroModel *doubleZeroModel();
    QTableView *progressView();
    QTableView *ageingView();
    QTableView *problemView();
    QTableView *doubleZeroView();
    QTabWidget *tabs();
    CategoryRulesDialog *rulesDialog() const;
    // Some number is being counted on the worker thread.
    bool isBusy() const;

public slots:
    void ensureBuilt();
    void refresh();
    // By department or by center (progress and 双归零 alike).
    void setUnitKind(int kind);
    // Opens the queue on the rows behind `index` of one of the page's views.
    void openNumber(const QModelIndex &index);
    void editCategoryRules();

signals:
    void openInQueue(const pingjia::BadReviewFilter &filter, const QString &origin);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildProgressTab();
    QWidget *buildProblemsTab();
    QWidget *buildDoubleZeroTab();
    QTableView *numberView(const QString &objectName);
    void applyProblemRange();
    void showRulesError(const QString &message);
    void updateDoubleZeroSummary();
    void updateBusy();
    QList<TrackerModel *> models() const;

    std::shared_ptr<QueueWorkspace> m_workspace;
    std::unique_ptr<QueryThread> m_queries; // destroyed before the models (children)
    RectificationStatsModel *m_progress = nullptr;
    AgeingModel *m_ageing = nullptr;
    CommonProblemModel *m_problems = nullptr;
    DoubleZeroModel *m_doubleZero = nullptr;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_unitKind = nullptr;
    QTableView *m_progressView = nullptr;
    QTableView *m_ageingView = nullptr;
    QTableView *m_problemView = nullptr;
    QTableView *m_doubleZeroView = nullptr;
    QComboBox *m_grouping = nullptr;
    QDateEdit *m_firstMonth = nullptr;
    QDateEdit *m_lastMonth = nullptr;
    QDateEdit *m_doubleZeroMonth = nullptr;
    QLabel *m_doubleZeroSummary = nullptr;
    QLabel *m_rulesError = nullptr;
    QProgressBar *m_busy = nullptr;
    QPointer<CategoryRulesDialog> m_rulesDialog;
    QHBoxLayout *m_top = nullptr;
    bool m_built = false;
    bool m_stale = true;
};

} // namespace pingjia
