// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rectification/RectificationPage.h"

#include "models/domain/Clock.h"
#include "models/domain/PlatformTime.h"
#include "models/itemmodels/AgeingModel.h"
#include "models/itemmodels/CommonProblemModel.h"
#include "models/itemmodels/DoubleZeroModel.h"
#include "models/itemmodels/QueryThread.h"
#include "models/itemmodels/RectificationStatsModel.h"
#include "ui/queue/QueueWorkspace.h"
#include "ui/rectification/CategoryRulesDialog.h"
#include "ui/rectification/TrackerCellDelegate.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace pingjia {

namespace {

QDate firstOfMonth(QDate d)
{
    return QDate(d.year(), d.month(), 1);
}

QDateEdit *monthEdit(const QString &name, QDate month, QWidget *parent)
{
    auto *edit = new QDateEdit(firstOfMonth(month), parent);
    edit->setObjectName(name);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM"));
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

RectificationPage::RectificationPage(std::shared_ptr<QueueWorkspace> workspace, QWidget *parent)
    : QWidget(parent), m_workspace(std::move(workspace))
{
    setObjectName(QStringLiteral("rectificationPage"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("Where every bad review stands, from verification to the "
                                "follow-up visit. Double-click a number (or select it and "
                                "press Enter) to list its bad reviews in the queue."),
                             this);
    intro->setObjectName(QStringLiteral("trackerIntro"));
    intro->setWordWrap(true);

    if (!m_workspace->isOpen()) {
        auto *error = new QLabel(tr("The rectification tracker cannot open its data files.\n%1")
                                     .arg(m_workspace->problem()),
                                 this);
        error->setObjectName(QStringLiteral("trackerUnavailable"));
        error->setWordWrap(true);
        layout->addWidget(intro);
        layout->addWidget(error, 1);
        return;
    }

    m_top = new QHBoxLayout;
    m_top->addWidget(intro, 1);
    layout->addLayout(m_top);
    connect(m_workspace.get(), &QueueWorkspace::dataChanged, this, [this] {
        m_stale = true;
        if (isVisible())
            refresh();
    });
}

void RectificationPage::ensureBuilt()
{
    // Built when first needed, not at startup: at province scale the statistics take
    // most of a second, and many sessions never open this page.
    if (m_built || !m_workspace->isOpen())
        return;
    m_built = true;
    m_queries = std::make_unique<QueryThread>(m_workspace->cache(), &m_workspace->localWork());
    m_progress = new RectificationStatsModel(m_workspace->stats(), this);
    m_ageing = new AgeingModel(m_workspace->stats(), this);
    m_problems = new CommonProblemModel(m_workspace->stats(), this);
    m_doubleZero = new DoubleZeroModel(m_workspace->stats(), this);
    for (TrackerModel *model : models()) {
        model->setQueryThread(m_queries.get());
        connect(model, &TrackerModel::busyChanged, this, &RectificationPage::updateBusy);
    }
    connect(m_doubleZero, &TrackerModel::refreshed, this,
            &RectificationPage::updateDoubleZeroSummary);

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("trackerBusy"));
    m_busy->setRange(0, 0); // busy: no percentage to show
    m_busy->setMaximumWidth(120);
    m_busy->setFormat(tr("Counting…"));
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Counting…"));
    m_busy->hide();
    m_top->addWidget(m_busy);

    m_unitKind = new QComboBox(this);
    m_unitKind->setObjectName(QStringLiteral("unitKind"));
    m_unitKind->addItem(tr("By department"), int(StatsUnit::Department));
    m_unitKind->addItem(tr("By center"), int(StatsUnit::Center));
    auto *unitLabel = new QLabel(tr("&Units:"), this);
    unitLabel->setBuddy(m_unitKind);
    connect(m_unitKind, &QComboBox::currentIndexChanged, this, &RectificationPage::setUnitKind);
    m_top->addWidget(unitLabel);
    m_top->addWidget(m_unitKind);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("trackerTabs"));
    m_tabs->addTab(buildProgressTab(), tr("&Progress"));
    m_tabs->addTab(buildProblemsTab(), tr("&Common problems"));
    m_tabs->addTab(buildDoubleZeroTab(), tr("&Double zero"));
    static_cast<QVBoxLayout *>(layout())->addWidget(m_tabs, 1);

    // The tabs set the problem range and the month (each computing); these two still
    // need their first numbers.
    m_progress->refresh();
    m_ageing->refresh();
    m_stale = false;
}

QList<TrackerModel *> RectificationPage::models() const
{
    return {m_progress, m_ageing, m_problems, m_doubleZero};
}

bool RectificationPage::isBusy() const
{
    if (!m_built)
        return false;
    const QList<TrackerModel *> all = models();
    return std::any_of(all.begin(), all.end(), [](TrackerModel *m) { return m->isBusy(); });
}

void RectificationPage::updateBusy()
{
    m_busy->setVisible(isBusy());
}

RectificationPage::~RectificationPage() = default;

RectificationStatsModel *RectificationPage::progressModel()
{
    ensureBuilt();
    return m_progress;
}

AgeingModel *RectificationPage::ageingModel()
{
    ensureBuilt();
    return m_ageing;
}

CommonProblemModel *RectificationPage::problemModel()
{
    ensureBuilt();
    return m_problems;
}

DoubleZeroModel *RectificationPage::doubleZeroModel()
{
    ensureBuilt();
    return m_doubleZero;
}

QTableView *RectificationPage::progressView()
{
    ensureBuilt();
    return m_progressView;
}

QTableView *RectificationPage::ageingView()
{
    ensureBuilt();
    return m_ageingView;
}

QTableView *RectificationPage::problemView()
{
    ensureBuilt();
    return m_problemView;
}

QTableView *RectificationPage::doubleZeroView()
{
    ensureBuilt();
    return m_doubleZeroView;
}

QTabWidget *RectificationPage::tabs()
{
    ensureBuilt();
    return m_tabs;
}

CategoryRulesDialog *RectificationPage::rulesDialog() const
{
    return m_rulesDialog;
}

QTableView *RectificationPage::numberView(const QString &objectName)
{
    auto *view = new QTableView(this);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    // Number columns as wide as their header and figures (never a cut heading, in either
    // language); each tab stretches its unit column.
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->installEventFilter(this);
    connect(view, &QTableView::doubleClicked, this, &RectificationPage::openNumber);
    return view;
}

QWidget *RectificationPage::buildProgressTab()
{
    auto *tab = new QWidget(this);
    m_progressView = numberView(QStringLiteral("progressView"));
    m_progressView->setModel(m_progress);
    m_progressView->setItemDelegate(new TrackerCellDelegate(
        {RectificationStatsModel::CountRole,
         RectificationStatsModel::FirstMeasureColumn + int(ProgressMeasure::Overdue), -1, -1, -1,
         RectificationStatsModel::TotalRole},
        m_progressView));
    m_progressView->horizontalHeader()->setSectionResizeMode(RectificationStatsModel::UnitColumn,
                                                             QHeaderView::Stretch);
    m_progressView->setAccessibleName(tr("Rectification progress per unit"));

    auto *ageingLabel = new QLabel(tr("Open bad reviews by age (days since the evaluation)"), tab);
    m_ageingView = numberView(QStringLiteral("ageingView"));
    m_ageingView->setModel(m_ageing);
    m_ageingView->setItemDelegate(new TrackerCellDelegate(
        {AgeingModel::CountRole, -1, -1, -1, -1, AgeingModel::TotalRole}, m_ageingView));
    m_ageingView->horizontalHeader()->setStretchLastSection(false);
    m_ageingView->horizontalHeader()->setSectionResizeMode(AgeingModel::BucketColumn,
                                                           QHeaderView::Stretch);
    m_ageingView->setMaximumHeight(m_ageingView->verticalHeader()->defaultSectionSize() * 7 +
                                   m_ageingView->horizontalHeader()->sizeHint().height() + 8);
    m_ageingView->setAccessibleName(tr("Ageing of open bad reviews"));

    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_progressView, 1);
    layout->addWidget(ageingLabel);
    layout->addWidget(m_ageingView);
    return tab;
}

QWidget *RectificationPage::buildProblemsTab()
{
    auto *tab = new QWidget(this);
    m_grouping = new QComboBox(tab);
    m_grouping->setObjectName(QStringLiteral("problemGrouping"));
    m_grouping->addItem(tr("By category"), int(CommonProblemModel::Grouping::Category));
    m_grouping->addItem(tr("By service item"), int(CommonProblemModel::Grouping::ServiceItem));
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        m_problems->setGrouping(CommonProblemModel::Grouping(m_grouping->currentData().toInt()));
    });

    const QDate thisMonth = firstOfMonth(platformDate(Clock::now()));
    m_firstMonth = monthEdit(QStringLiteral("firstMonth"),
                             thisMonth.addMonths(-(kDefaultProblemMonths - 1)), tab);
    m_lastMonth = monthEdit(QStringLiteral("lastMonth"), thisMonth, tab);
    connect(m_firstMonth, &QDateEdit::dateChanged, this, &RectificationPage::applyProblemRange);
    connect(m_lastMonth, &QDateEdit::dateChanged, this, &RectificationPage::applyProblemRange);

    auto *editRules = new QPushButton(tr("&Edit categories…"), tab);
    editRules->setObjectName(QStringLiteral("editCategoryRules"));
    connect(editRules, &QPushButton::clicked, this, &RectificationPage::editCategoryRules);

    m_rulesError = new QLabel(tab);
    m_rulesError->setObjectName(QStringLiteral("rulesError"));
    m_rulesError->setWordWrap(true);
    m_rulesError->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_rulesError->hide();

    m_problemView = numberView(QStringLiteral("problemView"));
    m_problemView->setModel(m_problems);
    m_problemView->setItemDelegate(new TrackerCellDelegate({CommonProblemModel::CountRole, -1,
                                                            CommonProblemModel::RecurringRole, -1,
                                                            -1, CommonProblemModel::TotalRole},
                                                           m_problemView));
    m_problemView->horizontalHeader()->setStretchLastSection(false);
    m_problemView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_problemView->setAccessibleName(tr("Common problems per month"));

    auto *controls = new QHBoxLayout;
    auto *groupingLabel = new QLabel(tr("&Group:"), tab);
    groupingLabel->setBuddy(m_grouping);
    controls->addWidget(groupingLabel);
    controls->addWidget(m_grouping);
    auto *fromLabel = new QLabel(tr("&From:"), tab);
    fromLabel->setBuddy(m_firstMonth);
    controls->addWidget(fromLabel);
    controls->addWidget(m_firstMonth);
    auto *toLabel = new QLabel(tr("&To:"), tab);
    toLabel->setBuddy(m_lastMonth);
    controls->addWidget(toLabel);
    controls->addWidget(m_lastMonth);
    controls->addStretch(1);
    controls->addWidget(editRules);

    auto *note = new QLabel(tr("A problem recurs when %1 or more adopted bad reviews share it "
                               "in one month; recurring numbers are marked.")
                                .arg(RectificationStats::kRecurringThreshold),
                            tab);
    note->setWordWrap(true);

    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(controls);
    layout->addWidget(m_rulesError);
    layout->addWidget(note);
    layout->addWidget(m_problemView, 1);

    // The models compute on every setter: set the rules before the range (until then the
    // problem model has no months and computes nothing).
    QString error;
    const CommonProblemRules rules = m_workspace->categoryRules(&error);
    showRulesError(error);
    m_problems->setRules(rules);
    applyProblemRange();
    return tab;
}

QWidget *RectificationPage::buildDoubleZeroTab()
{
    auto *tab = new QWidget(this);
    const QDate thisMonth = firstOfMonth(platformDate(Clock::now()));
    m_doubleZeroMonth = monthEdit(QStringLiteral("doubleZeroMonth"), thisMonth, tab);
    connect(m_doubleZeroMonth, &QDateEdit::dateChanged, this,
            [this](QDate month) { m_doubleZero->setMonth(firstOfMonth(month)); });
    // Rules first: the model computes when the month is set.
    m_doubleZero->setRules(m_workspace->categoryRules());
    m_doubleZero->setMonth(thisMonth);

    auto *explanation = new QLabel(tr("Double zero is reached when a unit has no open bad "
                                      "review and no recurring common problem in the month."),
                                   tab);
    explanation->setWordWrap(true);
    m_doubleZeroSummary = new QLabel(tab);
    m_doubleZeroSummary->setObjectName(QStringLiteral("doubleZeroSummary"));

    m_doubleZeroView = numberView(QStringLiteral("doubleZeroView"));
    m_doubleZeroView->setModel(m_doubleZero);
    m_doubleZeroView->setItemDelegate(
        new TrackerCellDelegate({-1, -1, -1, DoubleZeroModel::ReachedRole,
                                 DoubleZeroModel::ReachedColumn, DoubleZeroModel::TotalRole},
                                m_doubleZeroView));
    m_doubleZeroView->horizontalHeader()->setSectionResizeMode(DoubleZeroModel::UnitColumn,
                                                               QHeaderView::Stretch);
    for (int column :
         {int(DoubleZeroModel::OpenCasesColumn), int(DoubleZeroModel::RecurringProblemsColumn)})
        m_doubleZeroView->horizontalHeader()->setSectionResizeMode(column,
                                                                   QHeaderView::ResizeToContents);
    m_doubleZeroView->setAccessibleName(tr("Double zero per unit"));

    auto *controls = new QHBoxLayout;
    auto *monthLabel = new QLabel(tr("&Month:"), tab);
    monthLabel->setBuddy(m_doubleZeroMonth);
    controls->addWidget(monthLabel);
    controls->addWidget(m_doubleZeroMonth);
    controls->addWidget(m_doubleZeroSummary, 1);

    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(explanation);
    layout->addLayout(controls);
    layout->addWidget(m_doubleZeroView, 1);
    return tab;
}

void RectificationPage::applyProblemRange()
{
    QDate first = firstOfMonth(m_firstMonth->date());
    QDate last = firstOfMonth(m_lastMonth->date());
    if (first > last)
        std::swap(first, last);
    m_problems->setRange(first, last);
}

void RectificationPage::setUnitKind(int kind)
{
    Q_UNUSED(kind);
    if (!m_built)
        return;
    const auto unit = StatsUnit(m_unitKind->currentData().toInt());
    m_progress->setUnit(unit);
    m_doubleZero->setUnit(unit);
}

void RectificationPage::refresh()
{
    if (!m_built) {
        ensureBuilt(); // computes as it builds
        return;
    }
    m_stale = false;
    for (TrackerModel *model : models())
        model->refresh();
}

void RectificationPage::updateDoubleZeroSummary()
{
    if (!m_doubleZeroSummary)
        return;
    const int reached = m_doubleZero->reachedUnits();
    const int units = m_doubleZero->units();
    m_doubleZeroSummary->setText(
        units == 0 ? tr("No unit has bad reviews up to this month.")
                   : tr("%1 of %n unit(s) reached double zero.", nullptr, units).arg(reached));
}

void RectificationPage::openNumber(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QAbstractItemModel *model = index.model();
    std::optional<BadReviewFilter> filter;
    QString what;
    if (model == m_progress && index.column() >= RectificationStatsModel::FirstMeasureColumn) {
        filter = m_progress->filterAt(index);
        what = model->headerData(index.column(), Qt::Horizontal).toString();
    } else if (model == m_ageing) {
        filter = m_ageing->filterAt(index);
        what =
            tr("open, %1").arg(index.siblingAtColumn(AgeingModel::BucketColumn).data().toString());
    } else if (model == m_problems && index.column() > 0) {
        filter = m_problems->filterAt(index);
        what = model->headerData(index.column(), Qt::Horizontal).toString();
    } else if (model == m_doubleZero && index.column() == DoubleZeroModel::OpenCasesColumn) {
        // The open cases of the unit (or of all, on the total row): what stands between it
        // and double zero.
        BadReviewFilter f;
        const QString code = index.data(DoubleZeroModel::UnitCodeRole).toString();
        const bool everyUnit = index.data(DoubleZeroModel::TotalRole).toBool();
        if (!everyUnit && m_unitKind->currentData().toInt() == int(StatsUnit::Center))
            f.centerCodes = {code};
        else if (!everyUnit)
            f.deptCodes = {code};
        f = RectificationStats::openFilter(f);
        f.to = m_doubleZeroMonth->date().addMonths(1).addDays(-1);
        filter = f;
        what = model->headerData(index.column(), Qt::Horizontal).toString();
    }
    if (!filter)
        return;
    const QString unit = index.sibling(index.row(), 0).data().toString();
    emit openInQueue(*filter, model == m_ageing ? tr("Tracker: %1").arg(what)
                                                : tr("Tracker: %1 · %2").arg(unit, what));
}

void RectificationPage::editCategoryRules()
{
    ensureBuilt();
    if (m_rulesDialog || !m_built)
        return;
    auto *dialog = new CategoryRulesDialog(m_workspace->categoryRules(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_rulesDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const CommonProblemRules rules = dialog->rules();
        const StoreResult saved = m_workspace->setCategoryRules(rules);
        showRulesError(saved.ok() ? QString() : saved.message);
        m_problems->setRules(rules);
        m_doubleZero->setRules(rules);
    });
    dialog->open();
}

void RectificationPage::showRulesError(const QString &message)
{
    m_rulesError->setText(message);
    m_rulesError->setVisible(!message.isEmpty());
}

bool RectificationPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::NoModifier) {
            if (auto *view = qobject_cast<QTableView *>(watched)) {
                openNumber(view->currentIndex());
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RectificationPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_built)
        ensureBuilt();
    else if (m_stale)
        refresh();
}

} // namespace pingjia
