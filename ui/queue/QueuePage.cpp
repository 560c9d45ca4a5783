// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/QueuePage.h"

#include "models/domain/Clock.h"
#include "models/itemmodels/BadReviewQueueModel.h"
#include "models/store/BadReviewQuery.h"
#include "models/store/EvaluatorReveal.h"
#include "models/store/LocalWorkStore.h"
#include "models/store/SavedViewCounter.h"
#include "ui/Logging.h"
#include "ui/queue/ActionPayloadText.h"
#include "ui/queue/BadReviewDetailPanel.h"
#include "ui/queue/QueueActionController.h"
#include "ui/queue/QueueDocuments.h"
#include "ui/queue/QueueFilterBar.h"
#include "ui/queue/QueuePrinting.h"
#include "ui/queue/QueueRowDelegate.h"
#include "ui/queue/QueueWorkspace.h"
#include "ui/queue/RevealReasonDialog.h"
#include "ui/queue/SavedViewBar.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pingjia {

QueuePage::QueuePage(std::shared_ptr<QueueWorkspace> workspace, QWidget *parent)
    : QWidget(parent), m_workspace(std::move(workspace))
{
    setObjectName(QStringLiteral("queuePage"));
    if (!m_workspace->isOpen()) {
        buildUnavailable(m_workspace->problem());
        return;
    }
    m_model = new BadReviewQueueModel(m_workspace->query(), this);
    buildFilters();
    buildTable();
    buildDetail();
    buildActions();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("queueStatus"));
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_savedViews);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_status);

    buildShortcuts();
    connectParts();
    m_filterBar->setFilter({});
}

void QueuePage::buildFilters()
{
    m_savedViews = new SavedViewBar(this);
    m_counter = new SavedViewCounter(m_workspace->cache(), m_workspace->localWork(), this);
    connect(m_counter, &SavedViewCounter::counted, this,
            [this](const SavedViewCounter::Counts &counts) {
                for (auto it = counts.begin(); it != counts.end(); ++it)
                    m_savedViews->setCount(it.key(), it.value());
            });
    m_filterBar = new QueueFilterBar(this);
    m_filterBar->setUnits(m_workspace->departments(), m_workspace->centers());
    m_filterBar->setChannels(m_workspace->query().channels());
}

void QueuePage::buildTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("queueTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new QueueRowDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, arrows move inside
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    arrangeColumns();
    m_table->setAccessibleName(tr("Bad reviews"));
    // Sorting runs in SQL: the header only tells the model; no proxy, no in-memory sort.
    // No initial indicator: the model starts in urgency order (earliest deadline first).
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    connect(header, &QHeaderView::sortIndicatorChanged, m_model, &BadReviewQueueModel::sort);
    m_table->installEventFilter(this);
    // Ctrl+2 lands in the table, so the page's shortcuts work at once.
    setFocusProxy(m_table);
}

void QueuePage::buildDetail()
{
    m_detail = new BadReviewDetailPanel(this);
    auto *detailScroll = new QScrollArea(this);
    detailScroll->setObjectName(QStringLiteral("detailScroll"));
    detailScroll->setWidget(m_detail);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    detailScroll->setFocusPolicy(Qt::NoFocus);
    m_detail->installEventFilter(this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("queueSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(detailScroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setCollapsible(0, false);
    m_splitter->setCollapsible(1, true);
}

void QueuePage::buildActions()
{
    m_actions = new QueueActionController(*m_workspace, this);
    m_toggleDetail = new QAction(tr("Detail panel"), this);
    m_toggleDetail->setObjectName(QStringLiteral("action-toggle-detail"));
    m_toggleDetail->setCheckable(true);
    m_toggleDetail->setChecked(true);
    m_toggleDetail->setShortcut(QKeySequence(Qt::Key_F6));
    m_toggleDetail->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_toggleDetail->setToolTip(tr("Show or hide the detail panel (F6)"));
    m_toggleDetail->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    connect(m_toggleDetail, &QAction::toggled, this, &QueuePage::setDetailVisible);
    addAction(m_toggleDetail);

    // Full labels beside icons; what does not fit goes to the toolbar's » menu, never
    // clipped. The same actions are the rows' context menu.
    m_toolBar = new QToolBar(tr("Actions"), this);
    m_toolBar->setObjectName(QStringLiteral("actionBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    for (QAction *action : m_actions->allActions()) {
        if (action == m_actions->bulkAssignAction())
            m_toolBar->addSeparator();
        m_toolBar->addAction(action);
        if (QWidget *button = m_toolBar->widgetForAction(action)) {
            button->setObjectName(QStringLiteral("button-") + action->objectName());
            button->setFocusPolicy(Qt::TabFocus); // Tab reaches the actions too
        }
    }
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_toggleDetail);
    buildFileActions();
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions(m_actions->allActions());
}

void QueuePage::buildShortcuts()
{
    // Filters, table, detail, actions: the order the work goes in.
    QList<QWidget *> chain = {m_detail, m_detail->revealButton(), m_detail->timeline()};
    for (QAction *action : m_actions->allActions())
        if (QWidget *button = m_toolBar->widgetForAction(action))
            chain << button;
    QWidget *previous = m_table;
    for (QWidget *next : std::as_const(chain)) {
        setTabOrder(previous, next);
        previous = next;
    }
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, &QueuePage::focusSearch);
    auto *reload = new QShortcut(QKeySequence::Refresh, this);
    reload->setContext(Qt::WidgetWithChildrenShortcut);
    connect(reload, &QShortcut::activated, this, &QueuePage::refresh);
    m_savedViews->installShortcuts(this);

    m_countdownTimer = new QTimer(this);
    m_countdownTimer->setInterval(kCountdownRepaintMs);
    connect(m_countdownTimer, &QTimer::timeout, this, &QueuePage::repaintCountdowns);
    m_countdownTimer->start();
}

void QueuePage::connectParts()
{
    connect(m_filterBar, &QueueFilterBar::filterChanged, this, &QueuePage::applyFilter);
    connect(m_savedViews, &SavedViewBar::viewChosen, this, &QueuePage::showSavedView);
    connect(m_savedViews, &SavedViewBar::allChosen, m_filterBar, &QueueFilterBar::clear);
    connect(m_model, &BadReviewQueueModel::totalCountChanged, this, &QueuePage::updateStatus);
    connect(m_model, &BadReviewQueueModel::busyChanged, this, &QueuePage::updateStatus);
    connect(m_model, &BadReviewQueueModel::queryFailed, this, [this](const QString &message) {
        m_statusMessage = message;
        updateStatus();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &QueuePage::fitColumns);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &QueuePage::currentRowChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QueuePage::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &QueuePage::selectionChanged);
    connect(m_detail, &BadReviewDetailPanel::revealRequested, this, &QueuePage::reveal);
    connect(m_actions, &QueueActionController::recorded, this, &QueuePage::afterRecorded);
    connect(m_actions, &QueueActionController::statusMessage, this, [this](const QString &text) {
        m_statusMessage = text;
        updateStatus();
    });
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        const QList<int> sizes = m_splitter->sizes();
        const QSignalBlocker quiet(m_toggleDetail);
        m_toggleDetail->setChecked(sizes.size() == 2 && sizes.at(1) > 0);
    });
    connect(m_workspace.get(), &QueueWorkspace::dataChanged, this, &QueuePage::refresh);
}

void QueuePage::setDetailVisible(bool visible)
{
    if (!m_splitter)
        return;
    const QList<int> sizes = m_splitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    m_splitter->setSizes(visible ? QList<int>{total * 3 / 5, total * 2 / 5} : QList<int>{total, 0});
    const QSignalBlocker quiet(m_toggleDetail);
    m_toggleDetail->setChecked(visible);
}

bool QueuePage::isDetailVisible() const
{
    return m_splitter && m_splitter->sizes().value(1) > 0;
}

void QueuePage::fitColumns()
{
    // Each column as wide as what it shows on the loaded rows (and its header), the
    // comment capped so who and where stay in view; the user's own widths win after.
    using M = BadReviewQueueModel;
    if (m_columnsFitted || m_model->rowCount() == 0)
        return;
    m_columnsFitted = true;
    const QFontMetrics metrics = m_table->fontMetrics();
    const int ideograph = metrics.horizontalAdvance(QChar(0x4E2D));
    for (int column = 0; column < m_model->columnCount(); ++column) {
        m_table->resizeColumnToContents(column);
        const int cap = column == M::CommentColumn ? ideograph * 18 : ideograph * 14;
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), cap + 16));
    }
}

QueuePage::~QueuePage()
{
    // Before the members go: a count in progress finishes first, an export or print
    // under way is cancelled (its worker reads through the workspace).
    delete m_counter;
    delete m_viewJob;
}

RevealReasonDialog *QueuePage::revealDialog() const
{
    return m_revealDialog;
}

void QueuePage::arrangeColumns()
{
    // What needs attention first: the overdue mark, level, time, state and countdowns,
    // then the comment; who and where after it. Only the view's order changes.
    using M = BadReviewQueueModel;
    QHeaderView *header = m_table->horizontalHeader();
    const int order[] = {M::OverdueColumn, M::LevelColumn,          M::AssessTimeColumn,
                         M::StateColumn,   M::VerifyTimeLeftColumn, M::RectificationTimeLeftColumn,
                         M::CommentColumn, M::DepartmentColumn,     M::CenterColumn,
                         M::WindowColumn,  M::StaffColumn,          M::ChannelColumn};
    for (int visual = 0; visual < int(std::size(order)); ++visual)
        header->moveSection(header->visualIndex(order[visual]), visual);
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto chars = [&metrics](int n) { return metrics.averageCharWidth() * n + 16; };
    const int ideographs = metrics.horizontalAdvance(QChar(0x4E2D));
    m_table->setColumnWidth(M::OverdueColumn, chars(9) + 20); // icon and word
    m_table->setColumnWidth(M::LevelColumn, chars(18));
    m_table->setColumnWidth(M::AssessTimeColumn,
                            metrics.horizontalAdvance(QStringLiteral("2026-10-31 18:00:00")) + 16);
    m_table->setColumnWidth(M::StateColumn, chars(24));
    m_table->setColumnWidth(M::VerifyTimeLeftColumn, chars(20));
    m_table->setColumnWidth(M::RectificationTimeLeftColumn, chars(22));
    m_table->setColumnWidth(M::CommentColumn, ideographs * 16 + 16);
    for (int column : {int(M::DepartmentColumn), int(M::CenterColumn), int(M::WindowColumn)})
        m_table->setColumnWidth(column, ideographs * 9 + 16);
    m_table->setColumnWidth(M::StaffColumn, ideographs * 4 + 16);
    header->setStretchLastSection(true);
}

void QueuePage::buildUnavailable(const QString &message)
{
    auto *label =
        new QLabel(tr("The bad-review queue cannot open its data files.\n%1").arg(message), this);
    label->setObjectName(QStringLiteral("queueUnavailable"));
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
}

void QueuePage::setFilter(const BadReviewFilter &filter, const QString &origin)
{
    if (m_filterBar)
        m_filterBar->setFilter(filter, origin);
}

void QueuePage::showSavedView(SavedView view)
{
    if (m_filterBar)
        m_filterBar->setFilter(savedViewFilter(view, m_workspace->currentUser()),
                               savedViewName(view));
}

BadReviewFilter QueuePage::filter() const
{
    return m_model ? m_model->filter() : BadReviewFilter{};
}

void QueuePage::applyFilter(const BadReviewFilter &filter)
{
    const QString keep = currentEvalId();
    m_statusMessage.clear();
    m_model->setFilter(filter);
    markSavedView();
    // The row the user was on stays current when it still matches, else the first one.
    if (!selectEvaluation(keep) && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    else if (m_model->rowCount() == 0)
        currentRowChanged();
    updateStatus();
}

void QueuePage::markSavedView()
{
    const BadReviewFilter current = m_model->filter();
    const QString me = m_workspace->currentUser();
    for (SavedView view : kAllSavedViews) {
        if (savedViewFilter(view, me) == current) {
            m_savedViews->setCurrent(view);
            return;
        }
    }
    m_savedViews->setCurrent(std::nullopt, current == BadReviewFilter{});
}

bool QueuePage::selectEvaluation(const QString &evalId)
{
    if (!m_model || evalId.isEmpty())
        return false;
    int row = m_model->rowOf(evalId);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOf(evalId);
    }
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

QString QueuePage::currentEvalId() const
{
    if (!m_table)
        return {};
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->evalIdAt(current.row()) : QString();
}

void QueuePage::currentRowChanged()
{
    const QString evalId = currentEvalId();
    const BadReviewRow *row = nullptr;
    if (!evalId.isEmpty())
        row = m_model->rowAt(m_table->currentIndex().row());
    m_actions->setCurrent(evalId, row ? row->deptCode : QString());
    m_printRecord->setEnabled(!evalId.isEmpty());
    showDetailOf(evalId);
}

void QueuePage::selectionChanged()
{
    QStringList evalIds;
    QStringList depts;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        evalIds << m_model->evalIdAt(index.row());
        const BadReviewRow *row = m_model->rowAt(index.row());
        depts << (row ? row->deptCode : QString());
    }
    m_actions->setSelection(evalIds, depts);
}

void QueuePage::showDetailOf(const QString &evalId)
{
    if (evalId.isEmpty()) {
        QString why;
        if (m_model->rowCount() == 0)
            why = m_model->filter() == BadReviewFilter{}
                      ? tr("No bad reviews in the cache yet. Sign in and sync on the Sync & "
                           "settings page; the queue works offline after that.")
                      : tr("No bad review matches the filter.");
        m_detail->showNothing(why);
        return;
    }
    StoreResult error;
    const auto detail = m_workspace->query().detail(evalId, &error);
    if (!detail) {
        m_detail->showNothing(error.ok() ? tr("%1 is no longer in the cache.").arg(evalId)
                                         : error.message);
        return;
    }
    m_detail->showDetail(*detail, m_workspace->query().channels(),
                         [this](const QString &code) { return m_workspace->unitName(code); });
}

void QueuePage::refresh()
{
    if (!m_model)
        return;
    m_filterBar->setUnits(m_workspace->departments(), m_workspace->centers());
    m_filterBar->setChannels(m_workspace->query().channels());
    const QString keep = currentEvalId();
    const int row = m_model->refresh(keep);
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, 0);
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    } else if (m_model->rowCount() > 0) {
        m_table->setCurrentIndex(m_model->index(0, 0));
    }
    currentRowChanged();
    m_countsStale = true;
    if (isVisible())
        updateCounts();
    updateStatus();
}

void QueuePage::afterRecorded(const QString &evalId)
{
    m_lastRecorded = evalId;
    // Through the workspace, so the tracker refreshes as well as this page.
    m_workspace->notifyChanged();
}

void QueuePage::repaintCountdowns()
{
    if (!m_table)
        return;
    m_table->viewport()->update();
    m_detail->updateCountdowns();
    // Due today / overdue move with the clock, so their counts do too.
    m_countsStale = true;
    if (isVisible())
        updateCounts();
}

void QueuePage::updateCounts()
{
    if (!m_countsStale || !m_counter)
        return;
    m_countsStale = false;
    m_counter->request(m_workspace->currentUser(), Clock::now());
}

void QueuePage::updateStatus()
{
    if (!m_status)
        return;
    QString text = tr("%n bad review(s) match.", nullptr, int(m_model->totalCount()));
    if (!m_model->lastError().ok())
        text = m_model->lastError().message;
    if (m_model->isBusy()) // a new index after a sync, read on the worker thread
        text = tr("Updating the queue…") + QStringLiteral("  ") + text;
    if (!m_statusMessage.isEmpty())
        text += QStringLiteral("  ") + m_statusMessage;
    if (const QString upload = lastUploadState(); !upload.isEmpty())
        text += QStringLiteral("  ") + upload;
    m_status->setText(text);
}

QString QueuePage::lastUploadState() const
{
    if (m_lastRecorded.isEmpty() || m_statusMessage.isEmpty())
        return {};
    // Read now, not remembered from the moment of recording: an upload acknowledged a
    // second later says so at the next refresh.
    StoreResult error;
    const QList<OutboxEntry> actions = m_workspace->localStore().actions(m_lastRecorded, &error);
    if (!error.ok() || actions.isEmpty())
        return {};
    return tr("Upload: %1.").arg(uploadStatusText(toString(actions.constLast().status)));
}

QString QueuePage::statusText() const
{
    return m_status ? m_status->text() : QString();
}

void QueuePage::openDetail()
{
    if (!m_detail || currentEvalId().isEmpty())
        return;
    if (!isDetailVisible())
        setDetailVisible(true);
    m_detail->setFocus(Qt::OtherFocusReason);
}

void QueuePage::focusSearch()
{
    if (!m_filterBar)
        return;
    m_filterBar->searchEdit()->setFocus(Qt::ShortcutFocusReason);
    m_filterBar->searchEdit()->selectAll();
}

bool QueuePage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (watched == m_table && enter && key->modifiers() == Qt::NoModifier) {
            openDetail();
            return true;
        }
        if (watched == m_detail && key->key() == Qt::Key_Escape) {
            m_table->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    if (watched == m_table && event->type() == QEvent::MouseButtonDblClick) {
        QTimer::singleShot(0, this, &QueuePage::openDetail);
    }
    return QWidget::eventFilter(watched, event);
}

void QueuePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateCounts();
}

void QueuePage::reveal(const QString &evalId)
{
    if (m_revealDialog)
        return;
    if (m_workspace->currentUser().isEmpty()) {
        m_detail->showRevealUnavailable(QueueWorkspace::signInRequiredText());
        return;
    }
    QString why;
    if (!m_workspace->cipher(&why)) {
        m_detail->showRevealUnavailable(why);
        return;
    }
    auto *dialog = new RevealReasonDialog(evalId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_revealDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, evalId] {
        // The service logs the reveal before it decrypts anything.
        QString problem;
        PersonalDataCipher *cipher = m_workspace->cipher(&problem);
        const RevealOutcome r =
            EvaluatorReveal(m_workspace->cache(), m_workspace->localWork())
                .reveal(evalId, m_workspace->currentUser(), dialog->reason(), cipher, problem);
        if (!r.data)
            m_detail->showRevealUnavailable(r.message);
        else if (m_detail->evalId() == evalId)
            m_detail->showEvaluator(*r.data);
    });
    dialog->open();
}

} // namespace pingjia
