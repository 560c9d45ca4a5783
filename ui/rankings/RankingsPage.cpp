// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rankings/RankingsPage.h"

#include "models/domain/Clock.h"
#include "models/domain/PlatformTime.h"
#include "models/itemmodels/BackgroundQuery.h"
#include "models/itemmodels/IndicatorRequests.h"
#include "models/itemmodels/RankingModel.h"
#include "models/store/CacheDatabase.h"
#include "models/store/UnitBadReviews.h"
#include "ui/rankings/BusyIndicator.h"
#include "ui/rankings/ExportDialog.h"
#include "ui/rankings/PeriodPicker.h"
#include "ui/rankings/RankingDelegate.h"
#include "ui/rankings/RankingExport.h"
#include "ui/rankings/ScopePicker.h"
#include "ui/rankings/TablePrinter.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QTabBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace pingjia {

namespace {

QString rankingName(UnitLevel level)
{
    switch (level) {
    case UnitLevel::Area:
        return RankingsPage::tr("Area ranking");
    case UnitLevel::Center:
        return RankingsPage::tr("Center ranking");
    case UnitLevel::Department:
        return RankingsPage::tr("Department ranking");
    case UnitLevel::Window:
        return RankingsPage::tr("Window ranking");
    case UnitLevel::Staff:
        return RankingsPage::tr("Staff ranking");
    }
    return {};
}

QToolButton *toolButton(QWidget *parent, const QString &objectName, const QString &text,
                        const QString &tip)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(objectName);
    b->setText(text);
    b->setToolTip(tip);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

void addShortcut(QWidget *page, const QKeySequence &keys, const std::function<void()> &slot)
{
    auto *action = new QAction(page);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(action, &QAction::triggered, page, slot);
    page->addAction(action);
}

} // namespace

RankingsPage::RankingsPage(CacheDatabase &cache, QWidget *parent) : QWidget(parent), m_cache(cache)
{
    setObjectName(QStringLiteral("rankingsPage"));
    m_model = new RankingModel(this);
    m_requests = new IndicatorRequests(cache, QStringLiteral("rankings"), this);
    m_drill = new BackgroundQuery(QStringLiteral("rankings-drill"), this);
    m_tree = new BackgroundQuery(QStringLiteral("rankings-scopes"), this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildToolbar());

    m_tabs = new QTabBar(this);
    m_tabs->setObjectName(QStringLiteral("levelTabs"));
    for (const UnitLevel level : kAllUnitLevels) {
        const int index = m_tabs->addTab(unitLevelName(level));
        m_tabs->setTabData(index, int(level));
        m_tabs->setTabToolTip(index, tr("%1 (Alt+%2)").arg(rankingName(level)).arg(index + 1));
    }
    m_tabs->setCurrentIndex(int(m_level));
    layout->addWidget(m_tabs);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("rankingTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new RankingDelegate(m_table));
    // No sort indicator first: the rows keep the order the query gave (rank, oldest).
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);

    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("rankingLegend"));
    m_legend->setWordWrap(true);
    layout->addWidget(m_legend);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("rankingStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_tabs, &QTabBar::currentChanged, this,
            [this](int index) { setLevel(UnitLevel(m_tabs->tabData(index).toInt())); });
    connect(m_period, &PeriodPicker::periodChanged, this, [this] { requestTable(); });
    connect(m_scope, &ScopePicker::scopeChanged, this, [this] { requestTable(); });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { openUnitInQueue(index.row()); });
    connect(m_requests, &IndicatorRequests::busyChanged, m_busy, &BusyIndicator::setBusy);
    buildShortcuts();
    showStatus();
}

RankingsPage::~RankingsPage() = default;

QWidget *RankingsPage::buildToolbar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_period = new PeriodPicker(platformDate(Clock::now()), this, bar);
    row->addWidget(m_period);
    m_scope = new ScopePicker(bar);
    row->addWidget(m_scope);
    m_withoutFlagged = new QCheckBox(tr("Without flagged evaluations"), bar);
    m_withoutFlagged->setObjectName(QStringLiteral("withoutFlagged"));
    m_withoutFlagged->setToolTip(
        tr("Rank without the evaluations the review-integrity rules flagged (评价核查): they "
           "leave the evaluation counts, the levels and the rates and score made of them; "
           "cases, coverage, defaults and handling stay."));
    row->addWidget(m_withoutFlagged);
    connect(m_withoutFlagged, &QCheckBox::toggled, this, [this] { requestTable(); });
    m_busy = new BusyIndicator(bar);
    row->addWidget(m_busy);
    row->addStretch(1);
    QToolButton *csv = toolButton(bar, QStringLiteral("exportCsv"), tr("Export CSV…"),
                                  tr("The table as CSV, UTF-8 (Ctrl+Shift+E)"));
    QToolButton *xlsx = toolButton(bar, QStringLiteral("exportXlsx"), tr("Export Excel…"),
                                   tr("The table as XLSX with each column's formula (Ctrl+E)"));
    QToolButton *print = toolButton(bar, QStringLiteral("printPreview"), tr("Print…"),
                                    tr("Print preview of the table (Ctrl+P)"));
    row->addWidget(csv);
    row->addWidget(xlsx);
    row->addWidget(print);
    connect(csv, &QToolButton::clicked, this, &RankingsPage::exportCsvAs);
    connect(xlsx, &QToolButton::clicked, this, &RankingsPage::exportXlsxAs);
    connect(print, &QToolButton::clicked, this, &RankingsPage::printPreview);
    return bar;
}

void RankingsPage::buildShortcuts()
{
    for (int i = 0; i < int(std::size(kAllUnitLevels)); ++i) {
        const UnitLevel level = kAllUnitLevels[i];
        addShortcut(this, QKeySequence(Qt::ALT | (Qt::Key_1 + i)),
                    [this, level] { setLevel(level); });
    }
    addShortcut(this, QKeySequence(Qt::CTRL | Qt::Key_E), [this] { exportXlsxAs(); });
    addShortcut(this, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] { exportCsvAs(); });
    addShortcut(this, QKeySequence::Print, [this] { printPreview(); });
    addShortcut(this, QKeySequence::Refresh, [this] { refresh(); });
}

Period RankingsPage::period() const
{
    return m_period->period();
}

QString RankingsPage::scopeCode() const
{
    return m_scope->scopeCode();
}

QString RankingsPage::tableTitle() const
{
    const QString title = QStringLiteral("%1 · %2 · %3")
                              .arg(rankingName(m_level), period().label(), m_scope->scopeLabel());
    return m_model->table().withoutFlagged
               ? title + QStringLiteral(" · ") + tr("without flagged evaluations")
               : title;
}

void RankingsPage::setIntegritySettings(const IntegritySettings &settings)
{
    m_integritySettings = settings;
    if (m_loaded)
        requestTable();
}

void RankingsPage::setLocalWork(LocalWorkDatabase *localWork)
{
    m_localWork = localWork;
    if (m_loaded)
        requestTable();
}

void RankingsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        refresh();
}

void RankingsPage::refresh()
{
    m_loaded = true;
    requestScopeTree();
    requestTable();
}

void RankingsPage::setLevel(UnitLevel level)
{
    if (m_tabs->currentIndex() != int(level))
        m_tabs->setCurrentIndex(int(level)); // comes back here through currentChanged
    if (level == m_level)
        return;
    m_level = level;
    requestTable();
}

void RankingsPage::setPeriod(const Period &period)
{
    m_period->setPeriod(period);
}

void RankingsPage::setScope(const QString &scopeCode)
{
    m_scope->setScopeCode(scopeCode);
}

void RankingsPage::showUnit(UnitLevel level, const Period &period, const QString &unitCode)
{
    m_pendingSelection = unitCode;
    const bool same = level == m_level && period == this->period() && m_loaded;
    m_loaded = true;
    setLevel(level);
    setPeriod(period);
    if (same)
        selectUnit(unitCode);
}

void RankingsPage::requestScopeTree()
{
    if (!m_cache.isOpen())
        return;
    CacheDatabase *cache = &m_cache;
    m_tree->run<QList<ScopeNode>>(
        [cache] {
            IndicatorQuery query(*cache);
            return query.scopeTree().value_or(QList<ScopeNode>{});
        },
        [this](QList<ScopeNode> tree) { m_scope->setTree(tree); });
}

void RankingsPage::requestTable()
{
    if (!m_cache.isOpen()) {
        m_error = tr("The cache is not open: rankings cannot be computed.");
        showStatus();
        return;
    }
    m_loaded = true;
    const UnitLevel level = m_level;
    const Period period = this->period();
    const QString scope = scopeCode();
    const QDateTime now = Clock::now();
    const RankingIntegrityOptions integrity{true, m_withoutFlagged->isChecked(),
                                            m_integritySettings, m_localWork};
    using Answer = std::pair<std::optional<RankingTable>, StoreResult>;
    // Counting the flags reads the period's evaluations (seconds at 1M, README
    // "Performance"): the table comes first without the count, then with it.
    m_requests->requestInParts<Answer>(
        [level, period, scope, now, integrity](IndicatorQuery &query,
                                               const std::function<void(const Answer &)> &publish) {
            StoreResult error;
            if (!integrity.withoutFlagged) {
                query.setIntegrity({});
                std::optional<RankingTable> first =
                    query.ranking(level, period, scope, now, &error);
                if (!first)
                    return Answer{std::move(first), error};
                publish(Answer{std::move(first), error});
            }
            query.setIntegrity(integrity);
            std::optional<RankingTable> table = query.ranking(level, period, scope, now, &error);
            return Answer{std::move(table), error};
        },
        [this](Answer answer) { showTable(std::move(answer.first), answer.second, false); },
        [this](Answer answer) { showTable(std::move(answer.first), answer.second, true); });
}

void RankingsPage::showTable(std::optional<RankingTable> table, const StoreResult &error,
                             bool complete)
{
    m_error = table ? QString() : error.message;
    m_model->setTable(table ? std::move(*table) : RankingTable{});
    m_table->resizeColumnsToContents();
    if (!m_pendingSelection.isEmpty())
        selectUnit(m_pendingSelection);
    showStatus();
    if (complete)
        emit tableShown();
}

void RankingsPage::selectUnit(const QString &code)
{
    m_pendingSelection.clear();
    const int row = m_model->rowOfUnit(code);
    if (row < 0)
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, RankingModel::UnitColumn));
    m_table->setFocus();
}

QString RankingsPage::statusText() const
{
    return m_status->text();
}

void RankingsPage::showStatus()
{
    const RankingSettings &s = m_model->table().settings;
    m_legend->setText(
        tr("Satisfaction includes the default evaluations (a case not evaluated within 7 days "
           "counts as level 3). Units with fewer than %1 valid evaluations are greyed and not "
           "ranked. ⚑ = in the bottom %2 for %3 "
           "consecutive periods. Hover a column header for its formula.")
            .arg(s.minimumSample)
            .arg(s.bottomK)
            .arg(s.consecutiveM));
    if (!m_error.isEmpty()) {
        m_status->setText(m_error);
        return;
    }
    int ranked = 0;
    int flagged = 0;
    qint64 flaggedEvaluations = 0;
    for (const RankedUnit &u : m_model->units()) {
        ranked += u.rank.has_value();
        flagged += u.flagged;
        flaggedEvaluations += u.flaggedEvaluations.value_or(0);
    }
    m_status->setText(tr("%1: %2 units, %3 ranked, %4 repeatedly last, %5 evaluations flagged "
                         "by the review-integrity rules. Enter or double-click opens the unit's "
                         "bad reviews of the period.")
                          .arg(tableTitle())
                          .arg(m_model->rowCount())
                          .arg(ranked)
                          .arg(flagged)
                          .arg(flaggedEvaluations));
}

void RankingsPage::openUnitInQueue(int row)
{
    const RankedUnit *unit = m_model->unitAt(row);
    if (!unit)
        return;
    const Period period = m_model->table().period;
    const UnitLevel level = m_model->table().level;
    BadReviewFilter filter;
    filter.from = period.first();
    filter.to = period.last();
    const QString origin =
        tr("%1 · %2 (rankings)")
            .arg(unit->unitName.isEmpty() ? unit->unitCode : unit->unitName, period.label());
    if (level == UnitLevel::Department || level == UnitLevel::Center) {
        (level == UnitLevel::Department ? filter.deptCodes : filter.centerCodes) << unit->unitCode;
        emit openInQueue(filter, origin);
        return;
    }
    // No field of the filter names an area, a window or a staff member: their ids.
    CacheDatabase *cache = &m_cache;
    const QString code = unit->unitCode;
    using Answer = std::pair<std::optional<QStringList>, StoreResult>;
    m_drill->run<Answer>(
        [cache, level, code, period] {
            StoreResult error;
            std::optional<QStringList> ids = unitBadReviewIds(*cache, level, code, period, &error);
            return Answer{std::move(ids), error};
        },
        [this, filter, origin](Answer answer) mutable {
            if (!answer.first) {
                QMessageBox::warning(this, tr("Bad reviews"), answer.second.message);
                return;
            }
            filter.evalIds = *answer.first;
            emit openInQueue(filter, origin);
        });
}

bool RankingsPage::exportCsv(const QString &path, QString *error) const
{
    return writeCsv(rankingExportTable(*m_model, tableTitle()), path, error);
}

bool RankingsPage::exportXlsx(const QString &path, QString *error) const
{
    return writeXlsx({rankingExportTable(*m_model, tableTitle()), rankingSettingsTable(*m_model)},
                     path, Clock::now(), error);
}

void RankingsPage::exportCsvAs()
{
    const QString path =
        askExportPath(this, tr("Export ranking"), tableTitle(), {ExportFormat::Csv});
    QString error;
    if (!path.isEmpty() && !exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

void RankingsPage::exportXlsxAs()
{
    const QString path =
        askExportPath(this, tr("Export ranking"), tableTitle(), {ExportFormat::Xlsx});
    QString error;
    if (!path.isEmpty() && !exportXlsx(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

void RankingsPage::printPreview()
{
    previewTable(rankingExportTable(*m_model, tableTitle()), this);
}

} // namespace pingjia
