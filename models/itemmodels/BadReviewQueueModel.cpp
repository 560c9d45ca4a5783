// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/BadReviewQueueModel.h"

#include "models/domain/Clock.h"
#include "models/domain/EvaluationLevel.h"
#include "models/domain/Overdue.h"
#include "models/domain/PlatformTime.h"
#include "models/itemmodels/Logging.h"
#include "models/itemmodels/QueryThread.h"
#include "models/store/BadReviewIndex.h"
#include "models/store/CacheDatabase.h"

#include <QScopeGuard>

namespace pingjia {

namespace {

BadReviewSort sortOf(int column)
{
    switch (column) {
    case BadReviewQueueModel::LevelColumn:
        return BadReviewSort::Level;
    case BadReviewQueueModel::AssessTimeColumn:
        return BadReviewSort::AssessTime;
    case BadReviewQueueModel::CenterColumn:
        return BadReviewSort::Center;
    case BadReviewQueueModel::DepartmentColumn:
        return BadReviewSort::Department;
    case BadReviewQueueModel::WindowColumn:
        return BadReviewSort::Window;
    case BadReviewQueueModel::StaffColumn:
        return BadReviewSort::Staff;
    case BadReviewQueueModel::ChannelColumn:
        return BadReviewSort::Channel;
    case BadReviewQueueModel::CommentColumn:
        return BadReviewSort::Comment;
    case BadReviewQueueModel::StateColumn:
        return BadReviewSort::State;
    case BadReviewQueueModel::VerifyTimeLeftColumn:
        return BadReviewSort::VerifyDeadline;
    case BadReviewQueueModel::RectificationTimeLeftColumn:
        return BadReviewSort::RectificationDeadline;
    default:
        return BadReviewSort::Urgency;
    }
}

// A name when the org or person has synced, else the code (lists arrive in any order).
QString nameOrCode(const QString &name, const QString &code)
{
    return name.isEmpty() ? code : name;
}

} // namespace

BadReviewQueueModel::BadReviewQueueModel(BadReviewQuery &query, QObject *parent)
    : QAbstractTableModel(parent), m_query(query)
{
    reload();
}

BadReviewQueueModel::~BadReviewQueueModel()
{
    if (m_cancelBuild)
        m_cancelBuild->store(true);
}

void BadReviewQueueModel::setFilter(const BadReviewFilter &filter)
{
    m_filter = filter;
    reload();
}

void BadReviewQueueModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_queryNow = Clock::now();
    // One pass over the queue gives the order of every matching row (ids only); the
    // rows themselves are read a page at a time as the view scrolls.
    m_error = {};
    updateIndex();
    m_ids = m_error.ok() ? matchingIds() : QStringList();
    m_fetched = 0;
    m_total = m_ids.size();
    if (m_error.ok())
        fetchPage();
    // Views and testers react to modelReset by asking for more rows; the reset is not
    // over until endResetModel() returns, so no rows are inserted during it.
    m_changing = true;
    endResetModel();
    m_changing = false;
    if (!m_error.ok()) {
        qCWarning(lcItemModels) << "bad-review queue:" << m_error.message;
        emit queryFailed(m_error.message);
    }
    emit totalCountChanged(m_total);
}

QStringList BadReviewQueueModel::matchingIds()
{
    if (m_index)
        return m_index->evalIds(m_filter, m_sort, m_order, m_queryNow, m_query, &m_error);
    if (m_building)
        return {}; // the first index is on its way: busy, nothing to show yet
    return m_query.evalIds(m_filter, m_sort, m_order, m_queryNow, &m_error);
}

void BadReviewQueueModel::updateIndex()
{
    if (m_indexUnusable)
        return;
    const BadReviewIndex::Stamp stamp = BadReviewIndex::stamp(m_query, &m_error);
    if (!m_error.ok())
        return;
    if (m_index && m_index->builtAt() == stamp && m_index->policy() == m_query.policy())
        return;
    if (m_index) { // a local action alone: read its rows again
        if (auto caughtUp = m_index->withOverlayRowsReread(m_query, stamp, &m_error)) {
            m_index = std::move(caughtUp);
            return;
        }
        if (!m_error.ok())
            return;
    }
    if (m_building)
        return; // the build under way was asked for before this change: it runs again
    if (largeQueue()) {
        buildInBackground();
        return;
    }
    m_index = BadReviewIndex::build(m_query, stamp, nullptr, &m_error);
    m_indexUnusable = !m_index && m_error.ok();
}

bool BadReviewQueueModel::largeQueue()
{
    if (m_index)
        return m_index->size() > m_backgroundThreshold;
    return BadReviewIndex::queueLargerThan(m_query, m_backgroundThreshold);
}

void BadReviewQueueModel::buildInBackground()
{
    if (!m_thread)
        m_thread = std::make_unique<QueryThread>(m_query.cache(), m_query.localWork());
    // The stamp is taken here, before the worker reads: a change during the read shows
    // as a newer stamp at the next check, which then builds again.
    const BadReviewIndex::Stamp stamp = BadReviewIndex::stamp(m_query);
    const int generation = ++m_buildGeneration;
    if (m_cancelBuild)
        m_cancelBuild->store(true);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancelBuild = cancel;
    m_building = true;
    emit busyChanged(true);
    using Built = std::pair<std::shared_ptr<const BadReviewIndex>, StoreResult>;
    m_thread->run<Built>(
        this, m_query.policy(),
        [stamp, cancel](BadReviewQuery &query) {
            StoreResult error;
            auto index = BadReviewIndex::build(query, stamp, cancel.get(), &error);
            return Built{std::move(index), error};
        },
        [this, generation](Built built) {
            if (generation != m_buildGeneration)
                return; // superseded
            m_building = false;
            if (built.first)
                m_index = std::move(built.first);
            else if (built.second.ok())
                m_indexUnusable = true;
            else
                qCWarning(lcItemModels) << "bad-review index:" << built.second.message;
            emit busyChanged(false);
            reload(); // the current filter and sort, over the new index
        });
}

bool BadReviewQueueModel::fetchPage()
{
    const QList<BadReviewRow> rows = nextPage();
    if (!m_error.ok())
        return false;
    m_rows += rows;
    return !rows.isEmpty();
}

QList<BadReviewRow> BadReviewQueueModel::nextPage()
{
    const QStringList ids = m_ids.mid(m_fetched, kPageSize);
    QList<BadReviewRow> rows = m_query.rows(ids, m_queryNow, &m_error);
    if (!m_error.ok())
        return {};
    m_fetched += ids.size();
    // A row a sync withdrew since the ids were read is left out: never promise it.
    m_total -= ids.size() - rows.size();
    return rows;
}

int BadReviewQueueModel::refresh(const QString &keepEvalId)
{
    reload();
    if (keepEvalId.isEmpty())
        return -1;
    if (const int row = rowOf(keepEvalId); row >= 0)
        return row;
    // The action may have moved the row far (a new deadline under the urgency sort):
    // find its position among the ids (not the rows) and fetch pages up to it.
    const qsizetype position = m_ids.indexOf(keepEvalId);
    if (position < 0)
        return -1;
    while (m_fetched <= position && canFetchMore(QModelIndex()))
        fetchMore(QModelIndex());
    return rowOf(keepEvalId);
}

QString BadReviewQueueModel::evalIdAt(int row) const
{
    const BadReviewRow *r = rowAt(row);
    return r ? r->evalId : QString();
}

const BadReviewRow *BadReviewQueueModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int BadReviewQueueModel::rowOf(const QString &evalId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).evalId == evalId)
            return i;
    }
    return -1;
}

int BadReviewQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BadReviewQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool BadReviewQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_changing && m_error.ok() && m_fetched < m_ids.size();
}

void BadReviewQueueModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Listeners of rowsAboutToBeInserted/rowsInserted may ask for more again: one page
    // at a time.
    m_changing = true;
    const auto done = qScopeGuard([this] { m_changing = false; });
    const QList<BadReviewRow> rows = nextPage();
    if (!m_error.ok()) {
        emit queryFailed(m_error.message);
        return;
    }
    if (rows.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows += rows;
    endInsertRows();
}

void BadReviewQueueModel::sort(int column, Qt::SortOrder order)
{
    m_sort = sortOf(column);
    m_order = order;
    reload();
}

QString BadReviewQueueModel::timeLeftText(const QDateTime &deadline, const QDateTime &now)
{
    if (!deadline.isValid())
        return {};
    const qint64 secs = now.secsTo(deadline);
    const qint64 abs = secs < 0 ? -secs : secs;
    const qint64 days = abs / 86400;
    const qint64 hours = abs % 86400 / 3600;
    const qint64 minutes = abs % 3600 / 60;
    QString span;
    if (days > 0)
        span = tr("%1 d %2 h").arg(days).arg(hours);
    else if (hours > 0)
        span = tr("%1 h %2 min").arg(hours).arg(minutes);
    else
        span = tr("%1 min").arg(minutes);
    return secs < 0 ? tr("overdue %1").arg(span) : span;
}

QVariant BadReviewQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BadReviewRow &r = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case EvalIdRole:
        return r.evalId;
    case OverdueRole:
        return r.overdue(Clock::now());
    case EstimatedRole:
        return r.deadlineEstimated;
    case PendingUploadRole:
        return r.pendingUpload;
    case StateRole:
        return int(r.state);
    case RowRole:
        return QVariant::fromValue(r);
    case DeadlineRole:
        if (column == VerifyTimeLeftColumn)
            return r.verifyDeadline;
        if (column == RectificationTimeLeftColumn)
            return r.effectiveRectificationDeadline;
        return r.runningDeadline();
    default:
        break;
    }
    const QDateTime now = Clock::now();
    if (role == SortValueRole) {
        switch (column) {
        case LevelColumn:
            return r.level;
        case AssessTimeColumn:
            return r.assessTime;
        case VerifyTimeLeftColumn:
            return r.verifyDeadline;
        case RectificationTimeLeftColumn:
            return r.effectiveRectificationDeadline;
        case OverdueColumn:
            return r.overdue(now);
        case StateColumn:
            return int(r.state);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole) {
        if ((column == RectificationTimeLeftColumn || column == OverdueColumn) &&
            r.deadlineEstimated)
            return tr("Estimated deadline: the holiday calendar does not cover that year yet, "
                      "so only weekends were counted.");
        if (column == StateColumn && r.pendingUpload)
            return tr("Recorded here; waiting for the platform to acknowledge it.");
        if (column == CommentColumn)
            return r.commentExcerpt;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    return displayText(r, column, now, m_query.channels());
}

QString BadReviewQueueModel::displayText(const BadReviewRow &r, int column, const QDateTime &now,
                                         const ChannelTable &channels)
{
    switch (column) {
    case LevelColumn:
        return levelName(r.level);
    case AssessTimeColumn:
        return formatPlatformTime(r.assessTime);
    case CenterColumn:
        return nameOrCode(r.centerName, r.centerCode);
    case DepartmentColumn:
        return nameOrCode(r.deptName, r.deptCode);
    case WindowColumn:
        return nameOrCode(r.windowName, r.windowCode);
    case StaffColumn:
        return nameOrCode(r.staffName, r.staffId);
    case ChannelColumn:
        return r.channelCode.isEmpty() ? QString() : channels.name(r.channelCode);
    case CommentColumn:
        return r.valid ? r.commentExcerpt : tr("(no text: invalid)");
    case StateColumn: {
        QString text = handlingStateName(r.state);
        if (r.delayPending)
            text += tr(" · delay requested");
        if (r.pendingUpload)
            text += tr(" · pending upload");
        return text;
    }
    case VerifyTimeLeftColumn:
        return r.state == HandlingState::Unverified ? timeLeftText(r.verifyDeadline, now)
                                                    : QString();
    case RectificationTimeLeftColumn: {
        if (!rectificationRunning(r.state))
            return QString();
        const QString left = timeLeftText(r.effectiveRectificationDeadline, now);
        return r.deadlineEstimated && !left.isEmpty() ? tr("≈ %1 (estimate)").arg(left) : left;
    }
    case OverdueColumn:
        return r.overdue(now) ? tr("Overdue") : QString();
    default:
        return {};
    }
}

QVariant BadReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LevelColumn:
        return tr("Level");
    case AssessTimeColumn:
        return tr("Evaluated at");
    case CenterColumn:
        return tr("Center");
    case DepartmentColumn:
        return tr("Department");
    case WindowColumn:
        return tr("Window");
    case StaffColumn:
        return tr("Staff");
    case ChannelColumn:
        return tr("Channel");
    case CommentColumn:
        return tr("Comment");
    case StateColumn:
        return tr("State");
    case VerifyTimeLeftColumn:
        return tr("Verify within");
    case RectificationTimeLeftColumn:
        return tr("Rectify within");
    case OverdueColumn:
        return tr("Overdue");
    default:
        return {};
    }
}

QHash<int, QByteArray> BadReviewQueueModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(EvalIdRole, "evalId");
    names.insert(OverdueRole, "overdue");
    names.insert(EstimatedRole, "estimated");
    names.insert(PendingUploadRole, "pendingUpload");
    names.insert(DeadlineRole, "deadline");
    names.insert(StateRole, "state");
    names.insert(SortValueRole, "sortValue");
    names.insert(RowRole, "row");
    return names;
}

} // namespace pingjia
