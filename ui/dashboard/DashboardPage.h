// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// 总览, the dashboard: this period's key figures against the previous period, four charts
// (12-month trend of satisfaction and bad rate; five-level distribution with the
// satisfaction line; evaluations by channel; top and bottom five departments), and the
// 待评价办件 chase list as a second tab. Every chart follows the scope and period, drills
// down on click (a month switches the period; a channel opens its bad reviews in the
// queue; a department opens the rankings), saves as PNG or SVG and exports its data as CSV.
//
// One request per scope and period on the page's thread; a newer one supersedes it. The
// key figures are painted as soon as they are read (a few small queries), each chart as
// its data arrive; the slow parts (the department ranking) never hold the first paint.
// Keyboard: Alt+←/→ period, F5 refresh, Alt+O overview, Alt+W chase list.

#include "models/domain/Period.h"
#include "models/domain/UnitLevel.h"
#include "models/itemmodels/DashboardSnapshot.h"
#include "models/store/BadReviewFilter.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QTabWidget;

namespace pingjia {

class BackgroundQuery;
class BusyIndicator;
class CacheDatabase;
class ChartPanel;
class ChaseListPage;
class IndicatorRequests;
class KeyFigureCard;
class KeyFiguresModel;
class PeriodPicker;
class ScopePicker;

class DashboardPage : public QWidget {
    Q_OBJECT
public:
    enum Chart { TrendChart, DistributionChart, ChannelChart, DepartmentsChart, ChartCount };

    explicit DashboardPage(CacheDatabase &cache, QWidget *parent = nullptr);
    ~DashboardPage() override;

    Period period() const;
    QString scopeCode() const;
    const DashboardSnapshot &snapshot() const { return m_snapshot; }

    KeyFiguresModel *figuresModel() const { return m_figures; }
    KeyFigureCard *card(int figure) const { return m_cards.value(figure); }
    ChartPanel *chart(Chart chart) const { return m_charts.value(chart); }
    PeriodPicker *periodPicker() const { return m_period; }
    ScopePicker *scopePicker() const { return m_scope; }
    BusyIndicator *busyIndicator() const { return m_busy; }
    IndicatorRequests *requests() const { return m_requests; }
    ChaseListPage *chaseList() const { return m_chase; }
    // Another page shown as a tab here (评价核查, issue 14), after the built-in ones.
    void addTab(QWidget *page, const QString &title);
    QTabWidget *tabs() const { return m_tabs; }
    QString statusText() const;

public slots:
    void setPeriod(const pingjia::Period &period);
    void setScope(const QString &scopeCode);
    void refresh();
    void showChaseList();
    // What a click on a chart does (public for keyboard and tests).
    void openMonth(const pingjia::Period &month);
    void openChannel(const QString &channelCode, const QString &channelName);
    // A level 1–2 segment of the distribution chart: the queue on that month and level.
    void openBadLevel(const pingjia::Period &month, int level);
    void openDepartment(const QString &deptCode);

signals:
    void openInQueue(const pingjia::BadReviewFilter &filter, const QString &origin);
    void openRanking(pingjia::UnitLevel level, const pingjia::Period &period,
                     const QString &unitCode);
    // Every part shown (or an error).
    void snapshotShown();
    // Parts (DashboardSnapshot::Part bits) just painted, in the order they arrive.
    void partsShown(int parts);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildOverview();
    QWidget *buildToolbar();
    void buildShortcuts();
    void request();
    void requestScopeTree();
    void showSnapshot(DashboardSnapshot snapshot);
    void showFigures();
    void showCharts(int parts);
    void openFigure(int figure);
    // The queue's restriction to the scope: its centers (the queue filters by center).
    BadReviewFilter scopeFilter() const;

    CacheDatabase &m_cache;
    IndicatorRequests *m_requests = nullptr;
    BackgroundQuery *m_tree = nullptr;
    KeyFiguresModel *m_figures = nullptr;
    DashboardSnapshot m_snapshot;
    QList<ScopeNode> m_scopeTree;
    QTabWidget *m_tabs = nullptr;
    PeriodPicker *m_period = nullptr;
    ScopePicker *m_scope = nullptr;
    BusyIndicator *m_busy = nullptr;
    QList<KeyFigureCard *> m_cards;
    QList<ChartPanel *> m_charts;
    ChaseListPage *m_chase = nullptr;
    QLabel *m_status = nullptr;
    bool m_loaded = false;
    int m_shownParts = 0; // of the newest request
};

} // namespace pingjia
