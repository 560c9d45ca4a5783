// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/BadReviewQuery.h"

#include "models/domain/Clock.h"
#include "models/domain/EvaluationLevel.h"
#include "models/domain/HandlingStateMachine.h"
#include "models/domain/Overdue.h"
#include "models/domain/PlatformTime.h"
#include "models/store/BadReviewSql.h"
#include "models/store/CacheDatabase.h"
#include "models/store/CacheReader.h"
#include "models/store/LocalWorkDatabase.h"
#include "models/store/Logging.h"
#include "models/store/StoredTime.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace pingjia {

namespace {

QDateTime time(const QVariant &v)
{
    return StoredTime::fromSql(v);
}

// The column list of BadReviewSql::page(), read back in this order.
BadReviewRow rowFrom(const QSqlQuery &q)
{
    BadReviewRow r;
    int i = 0;
    r.evalId = q.value(i++).toString();
    r.level = q.value(i++).toInt();
    r.valid = q.value(i++).toBool();
    r.assessTime = time(q.value(i++));
    r.centerCode = q.value(i++).toString();
    r.deptCode = q.value(i++).toString();
    r.windowCode = q.value(i++).toString();
    r.staffId = q.value(i++).toString();
    r.channelCode = q.value(i++).toString();
    r.taskCode = q.value(i++).toString();
    r.commentExcerpt = q.value(i++).toString();
    r.state = handlingStateFromString(q.value(i++).toString()).value_or(HandlingState::Unverified);
    r.verifyResult = verifyResultFromString(q.value(i++).toString()).value_or(VerifyResult::None);
    r.verifyDeadline = time(q.value(i++));
    r.rectificationDeadline = time(q.value(i++));
    r.delayDeadline = time(q.value(i++));
    r.effectiveRectificationDeadline =
        r.delayDeadline.isValid() ? r.delayDeadline : r.rectificationDeadline;
    r.delayPending = q.value(i++).toBool();
    r.deadlineEstimated = q.value(i++).toBool();
    r.pendingUpload = q.value(i++).toBool();
    r.derived = q.value(i++).toBool();
    r.version = q.value(i++).toInt();
    r.centerName = q.value(i++).toString();
    r.deptName = q.value(i++).toString();
    r.windowName = q.value(i++).toString();
    r.staffName = q.value(i++).toString();
    return r;
}

QSqlQuery prepare(Connection &c, const BadReviewSql::Statement &s, StoreResult *error)
{
    QSqlQuery q(c.database());
    q.setForwardOnly(true);
    if (!q.prepare(s.sql)) {
        setError(error, c.failure(q.lastError(), QStringLiteral("bad-review query")));
        return q;
    }
    for (const QVariant &v : s.binds)
        q.addBindValue(v);
    return q;
}

QJsonObject jsonObject(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

} // namespace

QDateTime BadReviewRow::runningDeadline() const
{
    return pingjia::runningDeadline(state, verifyDeadline, effectiveRectificationDeadline);
}

bool BadReviewRow::verifyOverdue(const QDateTime &now) const
{
    return pingjia::verifyOverdue(state, verifyDeadline, now);
}

bool BadReviewRow::rectificationOverdue(const QDateTime &now) const
{
    return pingjia::rectificationOverdue(state, effectiveRectificationDeadline, now);
}

DeadlinePolicy storedDeadlinePolicy(CacheDatabase &cache, StoreResult *error)
{
    setError(error, {});
    Connection &c = cache.connection();
    QSqlQuery q(c.database());
    if (!q.exec(QStringLiteral(
            "SELECT policy FROM platform_meta ORDER BY fetched_at DESC, platform_url LIMIT 1"))) {
        setError(error, c.failure(q.lastError(), QStringLiteral("platform policy")));
        return {};
    }
    if (!q.next())
        return {};
    QString message;
    const auto policy = DeadlinePolicy::fromJson(jsonObject(q.value(0)), &message);
    if (!policy) {
        qCWarning(lcStore) << "stored platform policy unreadable, using defaults:" << message;
        return {};
    }
    return *policy;
}

BadReviewQuery::BadReviewQuery(CacheDatabase &cache, LocalWorkDatabase *localWork)
    : m_cache(cache), m_localWork(localWork),
      m_channels(ChannelTable::forCodeSet(CodeSet::Gbt39046))
{
    reloadMeta();
}

StoreResult BadReviewQuery::reloadMeta()
{
    StoreResult r;
    m_policy = storedDeadlinePolicy(m_cache, &r);
    if (!r.ok())
        return r;
    Connection &c = m_cache.connection();
    QSqlQuery q(c.database());
    if (!q.exec(QStringLiteral("SELECT codes, channels FROM platform_meta "
                               "ORDER BY fetched_at DESC, platform_url LIMIT 1")))
        return c.failure(q.lastError(), QStringLiteral("platform channels"));
    if (q.next()) {
        const auto codes = codeSetFromString(q.value(0).toString());
        const auto table = ChannelTable::fromJson(jsonObject(q.value(1)));
        if (table && !table->isEmpty())
            m_channels = *table;
        else
            m_channels = ChannelTable::forCodeSet(codes.value_or(CodeSet::Gbt39046));
    }
    return {};
}

StoreResult BadReviewQuery::ensureAttached()
{
    Connection &c = m_cache.connection();
    if (!c.isOpen())
        return c.openStatus();
    if (!m_localWork || !m_localWork->isOpen())
        return {};
    QSqlQuery list(c.database());
    if (!list.exec(QStringLiteral("PRAGMA database_list")))
        return c.failure(list.lastError(), QStringLiteral("attach local work"));
    while (list.next()) {
        if (list.value(1).toString() == QLatin1String("lw"))
            return {};
    }
    list.finish();
    // Only read through this name: the local-work file is written by LocalWorkStore on
    // its own connection, in its own transactions.
    QSqlQuery attach(c.database());
    attach.prepare(QStringLiteral("ATTACH DATABASE ? AS lw"));
    attach.addBindValue(m_localWork->path());
    if (!attach.exec())
        return c.failure(attach.lastError(), QStringLiteral("attach local work"));
    return {};
}

qint64 BadReviewQuery::count(const BadReviewFilter &filter, const QDateTime &now,
                             StoreResult *error)
{
    setError(error, {});
    if (StoreResult r = ensureAttached(); !r.ok()) {
        setError(error, r);
        return 0;
    }
    Connection &c = m_cache.connection();
    const auto s = BadReviewSql::count(filter, now, m_policy, m_localWork && m_localWork->isOpen());
    StoreResult r;
    QSqlQuery q = prepare(c, s, &r);
    if (!r.ok()) {
        setError(error, r);
        return 0;
    }
    if (!q.exec() || !q.next()) {
        setError(error, c.failure(q.lastError(), QStringLiteral("count bad reviews")));
        return 0;
    }
    return q.value(0).toLongLong();
}

QList<BadReviewRow> BadReviewQuery::page(const BadReviewFilter &filter, BadReviewSort sort,
                                         Qt::SortOrder order, qint64 offset, int limit,
                                         const QDateTime &now, StoreResult *error)
{
    setError(error, {});
    QList<BadReviewRow> rows;
    if (limit <= 0)
        return rows;
    if (StoreResult r = ensureAttached(); !r.ok()) {
        setError(error, r);
        return rows;
    }
    Connection &c = m_cache.connection();
    const bool overlay = m_localWork && m_localWork->isOpen();
    // Two steps: sorting needs only the sort key of every matching row; the comment and
    // names are read for the page's rows alone.
    QStringList ids;
    StoreResult r;
    {
        QSqlQuery q = prepare(
            c, BadReviewSql::idPage(filter, sort, order, offset, limit, now, m_policy, overlay),
            &r);
        if (r.ok() && !q.exec())
            r = c.failure(q.lastError(), QStringLiteral("bad-review page"));
        while (r.ok() && q.next())
            ids << q.value(0).toString();
    }
    if (!r.ok()) {
        setError(error, r);
        return rows;
    }
    return this->rows(ids, now, error);
}

QList<BadReviewRow> BadReviewQuery::rows(const QStringList &ids, const QDateTime &now,
                                         StoreResult *error)
{
    setError(error, {});
    QList<BadReviewRow> rows;
    if (ids.isEmpty())
        return rows;
    if (StoreResult r = ensureAttached(); !r.ok()) {
        setError(error, r);
        return rows;
    }
    Connection &c = m_cache.connection();
    const bool overlay = m_localWork && m_localWork->isOpen();
    StoreResult r;
    BadReviewFilter byId;
    byId.evalIds = ids;
    QSqlQuery q =
        prepare(c,
                BadReviewSql::page(byId, BadReviewSort::AssessTime, Qt::AscendingOrder, 0,
                                   int(ids.size()), now, m_policy, overlay, kExcerptLength),
                &r);
    if (r.ok() && !q.exec())
        r = c.failure(q.lastError(), QStringLiteral("bad-review page"));
    if (!r.ok()) {
        setError(error, r);
        return rows;
    }
    QHash<QString, BadReviewRow> byEvalId;
    while (q.next()) {
        BadReviewRow row = rowFrom(q);
        byEvalId.insert(row.evalId, row);
    }
    rows.reserve(ids.size());
    for (const QString &id : std::as_const(ids)) {
        // A row withdrawn by a sync between the two steps is simply left out.
        auto it = byEvalId.constFind(id);
        if (it != byEvalId.constEnd())
            rows.append(*it);
    }
    return rows;
}

QStringList BadReviewQuery::evalIds(const BadReviewFilter &filter, BadReviewSort sort,
                                    Qt::SortOrder order, const QDateTime &now, StoreResult *error)
{
    setError(error, {});
    QStringList ids;
    if (StoreResult r = ensureAttached(); !r.ok()) {
        setError(error, r);
        return ids;
    }
    Connection &c = m_cache.connection();
    const auto s = BadReviewSql::evalIds(filter, sort, order, now, m_policy,
                                         m_localWork && m_localWork->isOpen());
    StoreResult r;
    QSqlQuery q = prepare(c, s, &r);
    if (!r.ok()) {
        setError(error, r);
        return ids;
    }
    if (!q.exec()) {
        setError(error, c.failure(q.lastError(), QStringLiteral("bad-review ids")));
        return ids;
    }
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

std::optional<BadReviewRow> BadReviewQuery::row(const QString &evalId, const QDateTime &now,
                                                StoreResult *error)
{
    BadReviewFilter f;
    f.evalIds = QStringList{evalId};
    const QList<BadReviewRow> rows =
        page(f, BadReviewSort::AssessTime, Qt::AscendingOrder, 0, 1, now, error);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

std::optional<BadReviewDetail> BadReviewQuery::detail(const QString &evalId, StoreResult *error)
{
    setError(error, {});
    StoreResult r;
    auto line = row(evalId, Clock::now(), &r);
    if (!r.ok() || !line) {
        setError(error, r);
        return std::nullopt;
    }
    BadReviewDetail d;
    d.row = *line;

    CacheReader reader(m_cache);
    const auto stored = reader.evaluation(evalId, &r);
    if (!r.ok() || !stored) {
        setError(error, r);
        return std::nullopt;
    }
    d.fullComment = stored->record.text;
    d.evalDetail = stored->record.evalDetail;
    d.assessNumber = stored->record.assessNumber;
    d.evaluatorNameMasked = stored->userNameMasked;
    d.evaluatorMobileMasked = stored->mobileMasked;
    d.anonymous = stored->record.anonymous;
    d.revealable = stored->hasEncryptedPersonalData;

    const auto platformRecord = reader.badReview(evalId, &r);
    if (!r.ok()) {
        setError(error, r);
        return std::nullopt;
    }
    std::optional<HandlingRecord> overlay;
    QList<OutboxEntry> local;
    if (m_localWork && m_localWork->isOpen()) {
        LocalWorkStore work(*m_localWork);
        overlay = work.overlay(evalId, &r);
        if (r.ok())
            local = work.actions(evalId, &r);
        if (!r.ok()) {
            setError(error, r);
            return std::nullopt;
        }
    }
    if (overlay) {
        d.record = *overlay;
    } else if (platformRecord) {
        d.record = *platformRecord;
    } else {
        d.record = HandlingStateMachine(m_policy).initialRecord(
            evalId, stored->record.level, stored->record.text, stored->record.assessTime);
    }

    // The platform's history is the truth for what it acknowledged; local entries it
    // does not know yet (pending, sent, or refused/conflicting) follow with their status.
    QSet<QString> known;
    if (platformRecord) {
        for (const HistoryEntry &h : platformRecord->history) {
            known.insert(h.actionId);
            d.timeline.append({TimelineEntry::Source::Platform,
                               h.actionId,
                               h.type,
                               h.actor,
                               h.at,
                               h.payload,
                               std::nullopt,
                               {}});
        }
    }
    for (const OutboxEntry &e : std::as_const(local)) {
        if (known.contains(e.actionId))
            continue;
        d.timeline.append({TimelineEntry::Source::Local, e.actionId, e.type, e.actor, e.at,
                           e.payload, e.status, e.error});
    }
    std::stable_sort(d.timeline.begin(), d.timeline.end(),
                     [](const TimelineEntry &a, const TimelineEntry &b) { return a.at < b.at; });

    d.serviceCase = BadReviewSql::serviceCase(m_cache.connection(), stored->record.projectNo, &r);
    if (r.ok())
        d.serviceItem =
            BadReviewSql::serviceItem(m_cache.connection(), stored->record.taskCode, &r);
    if (r.ok())
        d.staff = BadReviewSql::staffMember(m_cache.connection(), stored->record.staffId, &r);
    if (!r.ok()) {
        setError(error, r);
        return std::nullopt;
    }
    return d;
}

} // namespace pingjia
