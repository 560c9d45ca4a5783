// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/DashboardPage.h"

#include "models/domain/Clock.h"
#include "models/domain/EvaluationLevel.h"
#include "models/domain/HandlingState.h"
#include "models/domain/PlatformTime.h"
#include "models/itemmodels/BackgroundQuery.h"
#include "models/itemmodels/IndicatorRequests.h"
#include "models/itemmodels/KeyFiguresModel.h"
#include "models/store/CacheDatabase.h"
#include "ui/coverage/ChaseListPage.h"
#include "ui/dashboard/ChartPanel.h"
#include "ui/dashboard/DashboardCharts.h"
#include "ui/dashboard/KeyFigureCard.h"
#include "ui/rankings/BusyIndicator.h"
#include "ui/rankings/PeriodPicker.h"
#include "ui/rankings/ScopePicker.h"

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace pingjia {

namespace {

void addShortcut(QWidget *page, const QKeySequence &keys, const std::function<void()> &slot)
{
    auto *action = new QAction(page);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(action, &QAction::triggered, page, slot);
    page->addAction(action);
}

// The centers inside `code` (itself when it is a center) from the scope tree, so the
// queue (which filters by center) can show a division's bad reviews.
bool collectCenters(const QList<ScopeNode> &nodes, const QString &code, bool inside,
                    QStringList &out)
{
    bool found = false;
    for (const ScopeNode &n : nodes) {
        const bool here = inside || n.code == code;
        found = found || here;
        if (here && n.isCenter)
            out << n.code;
        found = collectCenters(n.children, code, here, out) || found;
    }
    return found;
}

} // namespace

DashboardPage::DashboardPage(CacheDatabase &cache, QWidget *parent)
    : QWidget(parent), m_cache(cache)
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_figures = new KeyFiguresModel(this);
    m_requests = new IndicatorRequests(cache, QStringLiteral("dashboard"), this);
    m_tree = new BackgroundQuery(QStringLiteral("dashboard-scopes"), this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildToolbar());
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_tabs->addTab(buildOverview(), tr("&Overview"));
    m_chase = new ChaseListPage(cache, m_tabs);
    m_tabs->addTab(m_chase, tr("Cases a&waiting evaluation"));
    layout->addWidget(m_tabs, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_period, &PeriodPicker::periodChanged, this, [this] { request(); });
    connect(m_scope, &ScopePicker::scopeChanged, this, [this](const QString &code) {
        m_chase->setScope(code, m_scope->scopeLabel());
        request();
    });
    connect(m_requests, &IndicatorRequests::busyChanged, m_busy, &BusyIndicator::setBusy);
    buildShortcuts();
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::addTab(QWidget *page, const QString &title)
{
    m_tabs->addTab(page, title);
}

QWidget *DashboardPage::buildToolbar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_period = new PeriodPicker(platformDate(Clock::now()), this, bar);
    row->addWidget(m_period);
    m_scope = new ScopePicker(bar);
    row->addWidget(m_scope);
    m_busy = new BusyIndicator(bar);
    row->addWidget(m_busy);
    row->addStretch(1);
    auto *refreshButton = new QToolButton(bar);
    refreshButton->setObjectName(QStringLiteral("dashboardRefresh"));
    refreshButton->setText(tr("Refresh"));
    refreshButton->setToolTip(tr("Read the cache again (F5)"));
    row->addWidget(refreshButton);
    connect(refreshButton, &QToolButton::clicked, this, &DashboardPage::refresh);
    return bar;
}

QWidget *DashboardPage::buildOverview()
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);

    auto *cards = new QGridLayout;
    static const char *const kCardNames[] = {
        "evaluationsCard",    "coverageCard", "satisfactionCard",      "badRateCard",
        "openBadReviewsCard", "overdueCard",  "awaitingEvaluationCard"};
    for (int f = 0; f < KeyFiguresModel::FigureCount; ++f) {
        auto *card = new KeyFigureCard(QString::fromLatin1(kCardNames[f]), content);
        cards->addWidget(card, 0, f);
        connect(card, &KeyFigureCard::activated, this, [this, f] { openFigure(f); });
        m_cards << card;
    }
    layout->addLayout(cards);

    auto *charts = new QGridLayout;
    static const char *const kChartNames[] = {"trendChart", "distributionChart", "channelChart",
                                              "departmentsChart"};
    for (int c = 0; c < ChartCount; ++c) {
        auto *panel = new ChartPanel(QString::fromLatin1(kChartNames[c]), content);
        panel->setMinimumHeight(320);
        charts->addWidget(panel, c / 2, c % 2);
        m_charts << panel;
    }
    layout->addLayout(charts, 1);
    scroll->setWidget(content);
    showSnapshot({});
    return scroll;
}

void DashboardPage::buildShortcuts()
{
    addShortcut(this, QKeySequence::Refresh, [this] { refresh(); });
    addShortcut(this, QKeySequence(Qt::ALT | Qt::Key_O), [this] { m_tabs->setCurrentIndex(0); });
    addShortcut(this, QKeySequence(Qt::ALT | Qt::Key_W), [this] { showChaseList(); });
}

Period DashboardPage::period() const
{
    return m_period->period();
}

QString DashboardPage::scopeCode() const
{
    return m_scope->scopeCode();
}

QString DashboardPage::statusText() const
{
    return m_status->text();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        refresh();
}

void DashboardPage::setPeriod(const Period &period)
{
    m_period->setPeriod(period);
}

void DashboardPage::setScope(const QString &scopeCode)
{
    m_scope->setScopeCode(scopeCode);
}

void DashboardPage::refresh()
{
    m_loaded = true;
    requestScopeTree();
    request();
    m_chase->setScope(scopeCode(), m_scope->scopeLabel());
    if (m_chase->isVisible())
        m_chase->refresh();
}

void DashboardPage::showChaseList()
{
    m_tabs->setCurrentWidget(m_chase);
}

void DashboardPage::requestScopeTree()
{
    if (!m_cache.isOpen())
        return;
    CacheDatabase *cache = &m_cache;
    m_tree->run<QList<ScopeNode>>(
        [cache] { return IndicatorQuery(*cache).scopeTree().value_or(QList<ScopeNode>{}); },
        [this](QList<ScopeNode> tree) {
            m_scopeTree = tree;
            m_scope->setTree(tree);
        });
}

void DashboardPage::request()
{
    m_loaded = true;
    if (!m_cache.isOpen()) {
        m_status->setText(tr("The cache is not open: the overview cannot be computed."));
        return;
    }
    const QString scope = scopeCode();
    const Period period = this->period();
    const QDateTime now = Clock::now();
    m_shownParts = 0;
    // Key figures first, then each chart as its data arrive (DashboardSnapshot.h).
    auto show = [this](DashboardSnapshot s) { showSnapshot(std::move(s)); };
    m_requests->requestInParts<DashboardSnapshot>(
        [scope, period, now](IndicatorQuery &query,
                             const std::function<void(const DashboardSnapshot &)> &publish) {
            return loadDashboard(query, scope, period, now, publish);
        },
        show, show);
}

void DashboardPage::showFigures()
{
    for (int f = 0; f < KeyFiguresModel::FigureCount; ++f) {
        const auto figure = KeyFiguresModel::Figure(f);
        const QModelIndex change = m_figures->index(f, KeyFiguresModel::ChangeColumn);
        const bool ofPeriod =
            m_figures->previous(figure).has_value() || figure < KeyFiguresModel::OpenBadReviews;
        m_cards[f]->setFigure(
            KeyFiguresModel::figureName(figure),
            m_figures->index(f, KeyFiguresModel::CurrentColumn).data().toString(),
            ofPeriod ? m_figures->index(f, KeyFiguresModel::PreviousColumn).data().toString()
                     : QString(),
            change.data().toString(), change.data(KeyFiguresModel::BetterRole).toInt(),
            KeyFiguresModel::figureFormula(figure));
    }
}

void DashboardPage::showCharts(int parts)
{
    ChartClicks clicks;
    clicks.month = [this](const Period &m) { openMonth(m); };
    clicks.channel = [this](const QString &code, const QString &name) { openChannel(code, name); };
    clicks.department = [this](const QString &code) { openDepartment(code); };
    clicks.badLevel = [this](const Period &m, int level) { openBadLevel(m, level); };
    const DashboardSnapshot s = m_snapshot;
    if (parts & DashboardSnapshot::Trend) {
        m_charts[TrendChart]->setContent([s, clicks] { return trendChart(s, clicks); },
                                         trendTable(s));
        m_charts[DistributionChart]->setContent(
            [s, clicks] { return distributionChart(s, clicks); }, distributionTable(s));
    }
    if (parts & DashboardSnapshot::Channels)
        m_charts[ChannelChart]->setContent([s, clicks] { return channelChart(s, clicks); },
                                           channelTable(s));
    if (parts & DashboardSnapshot::Departments)
        m_charts[DepartmentsChart]->setContent([s, clicks] { return departmentsChart(s, clicks); },
                                               departmentsTable(s));
}

void DashboardPage::showSnapshot(DashboardSnapshot snapshot)
{
    m_snapshot = std::move(snapshot);
    // Only the parts that arrived since the last call: a chart is built once per request.
    const int fresh = m_snapshot.ready & ~m_shownParts;
    if ((fresh & DashboardSnapshot::Figures) || m_snapshot.ready == 0) {
        m_figures->setSnapshot(m_snapshot);
        showFigures();
    }
    showCharts(fresh);
    m_shownParts |= m_snapshot.ready;
    if (fresh)
        emit partsShown(fresh);
    const bool complete = m_snapshot.ready == DashboardSnapshot::All;
    if (!m_snapshot.error.ok())
        m_status->setText(m_snapshot.error.message);
    else if (m_snapshot.period.isValid())
        m_status->setText((complete
                               ? tr("%1 · %2. Satisfaction includes the default evaluations (a "
                                    "case not evaluated within 7 days counts as level 3). Click "
                                    "a chart to drill down.")
                               : tr("%1 · %2. Reading the charts' figures…"))
                              .arg(m_snapshot.period.label(), m_scope->scopeLabel()));
    if (m_snapshot.period.isValid() && (complete || !m_snapshot.error.ok()))
        emit snapshotShown();
}

void DashboardPage::openMonth(const Period &month)
{
    setPeriod(month);
}

BadReviewFilter DashboardPage::scopeFilter() const
{
    BadReviewFilter f;
    const QString scope = scopeCode();
    if (scope.isEmpty())
        return f;
    QStringList centers;
    collectCenters(m_scopeTree, scope, false, centers);
    f.centerCodes = centers.isEmpty() ? QStringList{scope} : centers;
    return f;
}

void DashboardPage::openChannel(const QString &channelCode, const QString &channelName)
{
    BadReviewFilter f = scopeFilter();
    f.channelCodes = {channelCode};
    f.from = period().first();
    f.to = period().last();
    emit openInQueue(f, tr("%1 · %2 (overview)").arg(channelName, period().label()));
}

void DashboardPage::openBadLevel(const Period &month, int level)
{
    BadReviewFilter f = scopeFilter();
    f.levels = {level};
    f.validity = BadReviewFilter::Validity::Valid; // the chart stacks valid evaluations
    f.from = month.first();
    f.to = month.last();
    emit openInQueue(f, tr("%1 · %2 (overview)").arg(levelName(level), month.label()));
}

void DashboardPage::openDepartment(const QString &deptCode)
{
    emit openRanking(UnitLevel::Department, period(), deptCode);
}

void DashboardPage::openFigure(int figure)
{
    switch (KeyFiguresModel::Figure(figure)) {
    case KeyFiguresModel::OpenBadReviews:
    case KeyFiguresModel::OverdueBadReviews: {
        BadReviewFilter f = scopeFilter();
        f.states = {HandlingState::Unverified, HandlingState::InvalidRequested,
                    HandlingState::Confirmed, HandlingState::Rectifying, HandlingState::Rectified};
        f.validity = BadReviewFilter::Validity::Valid;
        if (figure == KeyFiguresModel::OverdueBadReviews)
            f.due = BadReviewFilter::Due::Overdue;
        emit openInQueue(f, KeyFiguresModel::figureName(KeyFiguresModel::Figure(figure)) +
                                tr(" (overview)"));
        return;
    }
    case KeyFiguresModel::AwaitingEvaluation:
        showChaseList();
        return;
    default:
        emit openRanking(UnitLevel::Department, period(), QString());
        return;
    }
}

} // namespace pingjia
