// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/BadReviewIndex.h"

#include "models/domain/PlatformTime.h"
#include "models/store/BadReviewSql.h"
#include "models/store/CacheDatabase.h"
#include "models/store/CommentSearch.h"
#include "models/store/LocalWorkDatabase.h"
#include "models/store/Logging.h"
#include "models/store/StoredTime.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <limits>

namespace pingjia {

namespace {

constexpr qint64 kNull = std::numeric_limits<qint64>::min();

sqlite3 *handleOf(Connection &c)
{
    const QVariant v = c.database().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

// The failure of the last call on `db` (or of a missing handle).
StoreResult rawFailure(Connection &c, sqlite3 *db, const QString &what)
{
    return c.failure(db ? sqlite3_errcode(db) : SQLITE_ERROR,
                     db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString(), what);
}

// SQLite's BINARY collation: memcmp over the shorter length, then the shorter first.
bool textLess(const QByteArray &a, const QByteArray &b)
{
    const int c = std::memcmp(a.constData(), b.constData(), size_t(std::min(a.size(), b.size())));
    return c != 0 ? c < 0 : a.size() < b.size();
}

// StoredTime's "yyyy-MM-dd HH:mm:ss" as the number yyyyMMddHHmmss: the same order as
// the text's bytes. kNull for any other form.
qint64 timeNumber(const char *text, int length)
{
    if (length != 19)
        return kNull;
    qint64 n = 0;
    for (int i = 0; i < 19; ++i) {
        const char c = text[i];
        if (i == 4 || i == 7) {
            if (c != '-')
                return kNull;
        } else if (i == 10) {
            if (c != ' ')
                return kNull;
        } else if (i == 13 || i == 16) {
            if (c != ':')
                return kNull;
        } else if (c < '0' || c > '9') {
            return kNull;
        } else {
            n = n * 10 + (c - '0');
        }
    }
    return n;
}

qint64 timeNumber(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return timeNumber(utf8.constData(), int(utf8.size()));
}

enum class Kind { Int, Text, Time };

Kind kindOf(BadReviewSort sort)
{
    switch (sort) {
    case BadReviewSort::Level:
    case BadReviewSort::State:
        return Kind::Int;
    case BadReviewSort::AssessTime:
    case BadReviewSort::VerifyDeadline:
    case BadReviewSort::RectificationDeadline:
    case BadReviewSort::Urgency:
        return Kind::Time;
    default:
        return Kind::Text;
    }
}

// The columns read per row, in this order (the sort keys follow).
enum Column {
    RidColumn,
    EvalIdColumn,
    ValidColumn,
    CenterColumn,
    DeptColumn,
    TaskColumn,
    StateColumn,
    DelayedColumn,
    AwaitingColumn,
    RequesterColumn,
    PendingUploadColumn,
    FirstKeyColumn
};

QString indexColumns()
{
    QStringList columns{QStringLiteral("r.rid"),
                        QStringLiteral("r.eval_id"),
                        QStringLiteral("r.valid"),
                        QStringLiteral("r.center_code"),
                        QStringLiteral("r.dept_code"),
                        QStringLiteral("r.task_code"),
                        QStringLiteral("r.st"),
                        BadReviewSql::delayed(),
                        QLatin1Char('(') + BadReviewSql::awaitingApproval() + QLatin1Char(')'),
                        BadReviewSql::lastRequester(),
                        QStringLiteral("r.pu = 1")};
    for (int s = 0; s < BadReviewIndex::kSortCount; ++s)
        columns << QLatin1Char('(') + BadReviewSql::sortKey(BadReviewSort(s)) + QLatin1Char(')');
    return columns.join(QStringLiteral(", "));
}

// Prepares and binds a statement on the raw handle.
sqlite3_stmt *prepareRaw(sqlite3 *db, const BadReviewSql::Statement &s)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray sql = s.sql.toUtf8();
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    int i = 1;
    for (const QVariant &v : s.binds) {
        if (v.isNull()) {
            sqlite3_bind_null(stmt, i);
        } else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong) {
            sqlite3_bind_int64(stmt, i, v.toLongLong());
        } else {
            const QByteArray text = v.toString().toUtf8();
            sqlite3_bind_text(stmt, i, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        }
        ++i;
    }
    return stmt;
}

} // namespace

// The query's connection with the local-work file attached, as a raw handle; nullptr
// with `error` set when it cannot be had.
sqlite3 *BadReviewIndex::handle(BadReviewQuery &query, StoreResult *error)
{
    if (StoreResult r = query.ensureAttached(); !r.ok()) {
        setError(error, r);
        return nullptr;
    }
    sqlite3 *db = handleOf(query.m_cache.connection());
    if (!db)
        setError(error,
                 StoreResult::failure(StoreErrorKind::Io, QStringLiteral("no sqlite3 handle")));
    return db;
}

// Decodes the rows of the index statement. Texts become dictionary entries: interned
// while building (ranked at the end), looked up when re-reading rows of a built index.
class BadReviewIndex::Reader {
public:
    explicit Reader(const BadReviewIndex *existing) : m_existing(existing) {}

    bool usable() const { return m_usable; }
    const QHash<QByteArray, int> &interned() const { return m_interned; }

    bool read(sqlite3_stmt *s, Row *row)
    {
        row->rid = sqlite3_column_int64(s, RidColumn);
        row->evalId = text(s, EvalIdColumn);
        row->valid = integer(s, ValidColumn);
        row->center = textId(s, CenterColumn);
        row->dept = textId(s, DeptColumn);
        row->task = textId(s, TaskColumn);
        const auto state = handlingStateFromString(text(s, StateColumn));
        if (!state)
            m_usable = false;
        row->state = state.value_or(HandlingState::Unverified);
        row->delayed = flag(s, DelayedColumn);
        row->awaitingApproval = flag(s, AwaitingColumn);
        if (sqlite3_column_type(s, RequesterColumn) != SQLITE_TEXT)
            m_usable = false;
        row->requester = text(s, RequesterColumn);
        row->pendingUpload = flag(s, PendingUploadColumn);
        for (int k = 0; k < kSortCount; ++k) {
            const int column = FirstKeyColumn + k;
            switch (kindOf(BadReviewSort(k))) {
            case Kind::Int:
                row->keys[k] = integer(s, column);
                break;
            case Kind::Text: {
                const int id = textId(s, column);
                row->keys[k] = id < 0 ? kNull : id;
                break;
            }
            case Kind::Time:
                row->keys[k] = time(s, column);
                break;
            }
        }
        return m_usable;
    }

private:
    static QString text(sqlite3_stmt *s, int column)
    {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, column)),
                                 sqlite3_column_bytes(s, column));
    }
    qint64 integer(sqlite3_stmt *s, int column)
    {
        const int type = sqlite3_column_type(s, column);
        if (type == SQLITE_NULL)
            return kNull;
        if (type != SQLITE_INTEGER)
            m_usable = false;
        return sqlite3_column_int64(s, column);
    }
    // A WHERE truth value: non-zero integer (NULL is false).
    bool flag(sqlite3_stmt *s, int column)
    {
        const int type = sqlite3_column_type(s, column);
        if (type != SQLITE_NULL && type != SQLITE_INTEGER)
            m_usable = false;
        return type == SQLITE_INTEGER && sqlite3_column_int64(s, column) != 0;
    }
    qint64 time(sqlite3_stmt *s, int column)
    {
        const int type = sqlite3_column_type(s, column);
        if (type == SQLITE_NULL)
            return kNull;
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(s, column));
        const qint64 n =
            type == SQLITE_TEXT ? timeNumber(bytes, sqlite3_column_bytes(s, column)) : kNull;
        if (n == kNull)
            m_usable = false;
        return n;
    }
    // -1 for NULL.
    int textId(sqlite3_stmt *s, int column)
    {
        const int type = sqlite3_column_type(s, column);
        if (type == SQLITE_NULL)
            return -1;
        if (type != SQLITE_TEXT) {
            m_usable = false;
            return -1;
        }
        const QByteArray bytes(reinterpret_cast<const char *>(sqlite3_column_text(s, column)),
                               sqlite3_column_bytes(s, column));
        if (m_existing) {
            const auto &d = m_existing->m_dictionary;
            const auto it = std::lower_bound(d.begin(), d.end(), bytes, textLess);
            if (it == d.end() || *it != bytes) {
                m_usable = false; // a new text: only a new build can rank it
                return -1;
            }
            return int(it - d.begin());
        }
        const auto it = m_interned.constFind(bytes);
        if (it != m_interned.constEnd())
            return *it;
        const int id = int(m_interned.size());
        m_interned.insert(bytes, id);
        return id;
    }

    const BadReviewIndex *m_existing;
    QHash<QByteArray, int> m_interned;
    bool m_usable = true;
};

BadReviewIndex::Stamp BadReviewIndex::stamp(BadReviewQuery &query, StoreResult *error)
{
    setError(error, {});
    Stamp st;
    sqlite3 *db = handle(query, error);
    if (!db)
        return st;
    Connection &c = query.m_cache.connection();
    auto version = [db](const char *sql) {
        sqlite3_stmt *s = nullptr;
        qint64 v = -1;
        if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) == SQLITE_OK &&
            sqlite3_step(s) == SQLITE_ROW)
            v = sqlite3_column_int64(s, 0);
        sqlite3_finalize(s);
        return v;
    };
    st.generation = c.generation();
    st.cacheVersion = version("PRAGMA main.data_version");
    if (query.m_localWork && query.m_localWork->isOpen())
        st.workVersion = version("PRAGMA lw.data_version");
    st.changes = sqlite3_total_changes64(db);
    return st;
}

bool BadReviewIndex::queueLargerThan(BadReviewQuery &query, qsizetype rows)
{
    QSqlQuery q(query.m_cache.connection().database());
    q.setForwardOnly(true);
    // "level <= 2" exactly: the partial index evaluations_queue answers it.
    q.prepare(QStringLiteral("SELECT 1 FROM evaluations WHERE level <= 2 LIMIT 1 OFFSET ?"));
    q.addBindValue(qint64(rows));
    return q.exec() && q.next();
}

std::shared_ptr<const BadReviewIndex> BadReviewIndex::build(BadReviewQuery &query, const Stamp &at,
                                                            const std::atomic_bool *cancel,
                                                            StoreResult *error)
{
    setError(error, {});
    QElapsedTimer timer;
    timer.start();
    sqlite3 *db = handle(query, error);
    if (!db)
        return nullptr;
    Connection &c = query.m_cache.connection();
    const bool overlay = query.m_localWork && query.m_localWork->isOpen();
    // No ORDER BY: ordered by rid, SQLite would scan the whole evaluations table in rowid
    // order (10× slower at 1M) instead of the partial index of the level 1–2 rows.
    const auto sql =
        BadReviewSql::select(indexColumns(), {}, QDateTime(), query.policy(), overlay, true);
    sqlite3_stmt *s = prepareRaw(db, sql);
    if (!s) {
        setError(error, rawFailure(c, db, QStringLiteral("bad-review index")));
        return nullptr;
    }
    auto index = std::make_shared<BadReviewIndex>();
    index->m_stamp = at;
    index->m_policy = query.policy();
    Reader reader(nullptr);
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        Row row;
        if (!reader.read(s, &row))
            break;
        index->m_rows.push_back(std::move(row));
        if ((index->m_rows.size() & 4095) == 0 && cancel && cancel->load()) {
            sqlite3_finalize(s);
            return nullptr;
        }
    }
    const int code = sqlite3_errcode(db);
    const QString message = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(s);
    if (!reader.usable()) {
        qCInfo(lcStore) << "bad-review index: a value has a form the index cannot order; the "
                           "queue stays with SQL";
        return nullptr;
    }
    if (rc != SQLITE_DONE) {
        setError(error, c.failure(code, message, QStringLiteral("bad-review index")));
        return nullptr;
    }
    // Rank the texts: a rank order is the byte order SQLite sorts them in.
    const QHash<QByteArray, int> &interned = reader.interned();
    index->m_dictionary.resize(size_t(interned.size()));
    for (auto it = interned.constBegin(); it != interned.constEnd(); ++it)
        index->m_dictionary[size_t(*it)] = it.key();
    std::vector<int> order(index->m_dictionary.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return textLess(index->m_dictionary[size_t(a)], index->m_dictionary[size_t(b)]);
    });
    std::vector<int> rankOf(order.size());
    std::vector<QByteArray> sorted(order.size());
    for (size_t r = 0; r < order.size(); ++r) {
        rankOf[size_t(order[r])] = int(r);
        sorted[r] = index->m_dictionary[size_t(order[r])];
    }
    index->m_dictionary = std::move(sorted);
    auto remap = [&rankOf](int id) { return id < 0 ? -1 : rankOf[size_t(id)]; };
    for (Row &row : index->m_rows) {
        row.center = remap(row.center);
        row.dept = remap(row.dept);
        row.task = remap(row.task);
        for (int k = 0; k < kSortCount; ++k) {
            if (kindOf(BadReviewSort(k)) == Kind::Text && row.keys[k] != kNull)
                row.keys[k] = rankOf[size_t(row.keys[k])];
        }
    }
    qCDebug(lcStore) << "bad-review index:" << index->m_rows.size() << "rows,"
                     << index->m_dictionary.size() << "texts in" << timer.elapsed() << "ms";
    return index;
}

std::shared_ptr<const BadReviewIndex>
BadReviewIndex::withOverlayRowsReread(BadReviewQuery &query, const Stamp &at,
                                      StoreResult *error) const
{
    setError(error, {});
    if (!at.sameCache(m_stamp) || !(query.policy() == m_policy))
        return nullptr;
    sqlite3 *db = handle(query, error);
    if (!db)
        return nullptr;
    Connection &c = query.m_cache.connection();
    const bool overlay = query.m_localWork && query.m_localWork->isOpen();
    // The rows with an overlay now, and those that had one (it may be gone).
    QStringList ids;
    if (overlay) {
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT eval_id FROM lw.pending_overlay", -1, &s, nullptr) ==
            SQLITE_OK) {
            while (sqlite3_step(s) == SQLITE_ROW)
                ids << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)),
                                         sqlite3_column_bytes(s, 0));
        }
        sqlite3_finalize(s);
    }
    QHash<QString, size_t> position;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].pendingUpload)
            ids << m_rows[i].evalId;
    }
    ids.removeDuplicates();
    auto copy = std::make_shared<BadReviewIndex>();
    copy->m_stamp = at;
    copy->m_policy = m_policy;
    copy->m_rows = m_rows;
    copy->m_dictionary = m_dictionary;
    if (ids.isEmpty())
        return copy;
    for (size_t i = 0; i < m_rows.size(); ++i)
        position.insert(m_rows[i].evalId, i);
    BadReviewFilter byId;
    byId.evalIds = ids;
    const auto sql =
        BadReviewSql::select(indexColumns(), byId, QDateTime(), query.policy(), overlay, true);
    sqlite3_stmt *s = prepareRaw(db, sql);
    if (!s) {
        setError(error, rawFailure(c, db, QStringLiteral("bad-review index")));
        return nullptr;
    }
    Reader reader(this);
    qsizetype reread = 0;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        Row row;
        if (!reader.read(s, &row))
            break;
        const auto it = position.constFind(row.evalId);
        if (it == position.constEnd()) { // a row the index lacks: only a new build() will do
            sqlite3_finalize(s);
            return nullptr;
        }
        copy->m_rows[*it] = std::move(row);
        ++reread;
    }
    sqlite3_finalize(s);
    if (!reader.usable() || rc != SQLITE_DONE)
        return nullptr;
    // A row that had an overlay must still be there (only a sync removes rows).
    qsizetype known = 0;
    for (const QString &id : std::as_const(ids))
        known += position.contains(id);
    return reread == known ? copy : nullptr;
}

int BadReviewIndex::rank(const QString &text) const
{
    const QByteArray bytes = text.toUtf8();
    const auto it = std::lower_bound(m_dictionary.begin(), m_dictionary.end(), bytes, textLess);
    return it == m_dictionary.end() || *it != bytes ? -1 : int(it - m_dictionary.begin());
}

std::vector<qint64> BadReviewIndex::textMatches(const QString &term, BadReviewQuery &query,
                                                StoreResult *error) const
{
    QMutexLocker lock(&m_textMutex);
    if (term == m_textTerm)
        return m_textRids;
    std::vector<qint64> rids;
    const auto condition = CommentSearch::condition(term, QStringLiteral("e"));
    if (!condition)
        return rids;
    Connection &c = query.m_cache.connection();
    sqlite3 *db = handleOf(c);
    // The same condition the queue's SQL uses (bigram phrase, or instr() for short terms).
    // When the phrase alone answers it, the index's own rows stand for "level <= 2": the
    // rowids of comment_fts are intersected in memory (evalIds() looks each row up), which
    // spares a lookup in the evaluations table for every comment that matches.
    const auto match = CommentSearch::matchExpression(term);
    const BadReviewSql::Statement sql =
        match ? BadReviewSql::Statement{QStringLiteral("SELECT rowid FROM comment_fts WHERE "
                                                       "comment_fts MATCH ?"),
                                        {*match}}
              : BadReviewSql::Statement{
                    QStringLiteral("SELECT e.id FROM evaluations e WHERE e.level <= 2 AND (%1)")
                        .arg(condition->sql),
                    condition->binds};
    sqlite3_stmt *s = db ? prepareRaw(db, sql) : nullptr;
    int rc = SQLITE_ERROR;
    if (s) {
        while ((rc = sqlite3_step(s)) == SQLITE_ROW)
            rids.push_back(sqlite3_column_int64(s, 0));
    }
    if (rc != SQLITE_DONE) {
        setError(error, rawFailure(c, db, QStringLiteral("comment search")));
        sqlite3_finalize(s);
        return {};
    }
    sqlite3_finalize(s);
    std::sort(rids.begin(), rids.end());
    m_textTerm = term;
    m_textRids = rids;
    return rids;
}

QStringList BadReviewIndex::evalIds(const BadReviewFilter &f, BadReviewSort sort,
                                    Qt::SortOrder order, const QDateTime &now,
                                    BadReviewQuery &query, StoreResult *error) const
{
    setError(error, {});
    // Each restriction of the filter, prepared once; one pass over the rows.
    const bool byText = !f.text.trimmed().isEmpty();
    std::vector<qint64> textRids;
    if (byText) {
        StoreResult r;
        textRids = textMatches(f.text, query, &r);
        if (!r.ok()) {
            setError(error, r);
            return {};
        }
    }
    quint32 states = 0;
    for (HandlingState s : f.states)
        states |= 1u << int(s);
    auto ranks = [this](const QStringList &codes) {
        std::vector<int> out;
        for (const QString &code : codes) {
            if (const int r = rank(code); r >= 0)
                out.push_back(r);
        }
        return out;
    };
    const std::vector<int> depts = ranks(f.deptCodes), centers = ranks(f.centerCodes),
                           channels = ranks(f.channelCodes), tasks = ranks(f.taskCodes);
    auto in = [](const std::vector<int> &set, qint64 value) {
        return std::find(set.begin(), set.end(), value) != set.end();
    };
    const qint64 from =
        f.from.isValid() ? timeNumber(f.from.toString(u"yyyy-MM-dd") + QStringLiteral(" 00:00:00"))
                         : kNull;
    const qint64 to = f.to.isValid()
                          ? timeNumber(f.to.toString(u"yyyy-MM-dd") + QStringLiteral(" 23:59:59"))
                          : kNull;
    qint64 dueFrom = kNull, dueTo = kNull; // running in [dueFrom, dueTo] (kNull: open)
    bool dueNone = false;
    const qint64 nowNumber = timeNumber(StoredTime::toText(now));
    switch (f.due) {
    case BadReviewFilter::Due::Any:
        break;
    case BadReviewFilter::Due::Overdue: // running < now
        dueTo = nowNumber - 1;
        dueNone = nowNumber == kNull;
        break;
    case BadReviewFilter::Due::DueToday:
        dueFrom = nowNumber;
        dueTo = timeNumber(platformDate(now).toString(u"yyyy-MM-dd") + QStringLiteral(" 23:59:59"));
        dueNone = dueFrom == kNull || dueTo == kNull;
        break;
    case BadReviewFilter::Due::Within24h:
        dueFrom = nowNumber;
        dueTo = timeNumber(StoredTime::toText(now.addSecs(24 * 3600)));
        dueNone = dueFrom == kNull || dueTo == kNull;
        break;
    }
    QSet<QString> ids;
    if (f.evalIds)
        ids = QSet<QString>(f.evalIds->begin(), f.evalIds->end());
    const int urgency = int(BadReviewSort::Urgency);

    auto matches = [&](const Row &r) {
        if (states && !(states & (1u << int(r.state))))
            return false;
        if (!f.levels.isEmpty() && (r.keys[int(BadReviewSort::Level)] == kNull ||
                                    !f.levels.contains(int(r.keys[int(BadReviewSort::Level)]))))
            return false;
        if (!f.deptCodes.isEmpty() && !in(depts, r.dept))
            return false;
        if (!f.centerCodes.isEmpty() && !in(centers, r.center))
            return false;
        if (!f.channelCodes.isEmpty() && !in(channels, r.keys[int(BadReviewSort::Channel)]))
            return false;
        if (!f.taskCodes.isEmpty() && !in(tasks, r.task))
            return false;
        const qint64 assess = r.keys[int(BadReviewSort::AssessTime)];
        if (from != kNull && (assess == kNull || assess < from))
            return false;
        if (to != kNull && (assess == kNull || assess > to))
            return false;
        if (f.validity == BadReviewFilter::Validity::Valid && r.valid != 1)
            return false;
        if (f.validity == BadReviewFilter::Validity::Invalid && r.valid != 0)
            return false;
        if (f.due != BadReviewFilter::Due::Any) {
            const qint64 running = r.keys[urgency];
            if (dueNone || running == kNull || (dueFrom != kNull && running < dueFrom) ||
                (dueTo != kNull && running > dueTo))
                return false;
        }
        if (!f.awaitingApprovalBy.isEmpty() &&
            (!r.awaitingApproval || r.requester == f.awaitingApprovalBy))
            return false;
        if (f.awaitingFollowUp && r.state != HandlingState::Rectified)
            return false;
        if (f.pendingUploadOnly && !r.pendingUpload)
            return false;
        if (f.delayedOnly && !r.delayed)
            return false;
        if (f.evalIds && !ids.contains(r.evalId))
            return false;
        if (byText && !std::binary_search(textRids.begin(), textRids.end(), r.rid))
            return false;
        return true;
    };
    std::vector<int> hits;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (matches(m_rows[i]))
            hits.push_back(int(i));
    }
    // ORDER BY (key) IS NULL, key <order>, rid <order> (BadReviewSql::orderBy).
    const int k = int(sort);
    const bool ascending = order == Qt::AscendingOrder;
    std::sort(hits.begin(), hits.end(), [&](int a, int b) {
        const Row &ra = m_rows[size_t(a)], &rb = m_rows[size_t(b)];
        const qint64 ka = ra.keys[k], kb = rb.keys[k];
        if ((ka == kNull) != (kb == kNull))
            return kb == kNull;
        if (ka != kb)
            return ascending ? ka < kb : ka > kb;
        return ascending ? ra.rid < rb.rid : ra.rid > rb.rid;
    });
    QStringList out;
    out.reserve(qsizetype(hits.size()));
    for (int i : hits)
        out << m_rows[size_t(i)].evalId;
    return out;
}

} // namespace pingjia
