// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/CacheReader.h"

#include "models/secrets/PersonalDataCipher.h"
#include "models/store/CacheColumns.h"
#include "models/store/CacheDatabase.h"
#include "models/store/ContentChecksum.h"
#include "models/store/SqlText.h"
#include "models/store/StoredTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace pingjia {

namespace {

QDateTime time(const QVariant &v)
{
    return StoredTime::fromSql(v);
}

QJsonDocument json(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8());
}

OrgUnit orgFrom(const QSqlQuery &q)
{
    OrgUnit o;
    int i = 0;
    o.orgCode = q.value(i++).toString();
    o.name = q.value(i++).toString();
    o.level = q.value(i++).toString();
    o.kind = q.value(i++).toString();
    o.parentCode = q.value(i++).toString();
    o.areaCode = q.value(i++).toString();
    o.creditCode = q.value(i++).toString();
    o.withdrawn = q.value(i++).toBool();
    o.updatedAt = time(q.value(i++));
    return o;
}

StaffMember staffFrom(const QSqlQuery &q)
{
    StaffMember s;
    int i = 0;
    s.staffId = q.value(i++).toString();
    s.name = q.value(i++).toString();
    s.orgCode = q.value(i++).toString();
    s.withdrawn = q.value(i++).toBool();
    s.updatedAt = time(q.value(i++));
    return s;
}

ServiceItem itemFrom(const QSqlQuery &q)
{
    ServiceItem s;
    int i = 0;
    s.taskCode = q.value(i++).toString();
    s.taskName = q.value(i++).toString();
    s.taskType = q.value(i++).toString();
    s.deptCode = q.value(i++).toString();
    s.withdrawn = q.value(i++).toBool();
    s.updatedAt = time(q.value(i++));
    return s;
}

ServiceCase caseFrom(const QSqlQuery &q)
{
    ServiceCase s;
    int i = 0;
    s.projectNo = q.value(i++).toString();
    s.taskCode = q.value(i++).toString();
    s.deptCode = q.value(i++).toString();
    s.centerCode = q.value(i++).toString();
    s.windowCode = q.value(i++).toString();
    s.staffId = q.value(i++).toString();
    s.acceptDate = time(q.value(i++));
    s.finishDate = time(q.value(i++));
    s.proStatus = q.value(i++).toInt();
    s.withdrawn = q.value(i++).toBool();
    s.updatedAt = time(q.value(i++));
    return s;
}

StoredEvaluation evaluationFrom(const QSqlQuery &q)
{
    StoredEvaluation s;
    Evaluation &e = s.record;
    int i = 0;
    e.evalId = q.value(i++).toString();
    e.projectNo = q.value(i++).toString();
    e.taskCode = q.value(i++).toString();
    e.deptCode = q.value(i++).toString();
    e.centerCode = q.value(i++).toString();
    e.windowCode = q.value(i++).toString();
    e.staffId = q.value(i++).toString();
    e.areaCode = q.value(i++).toString();
    e.channelCode = q.value(i++).toString();
    e.rawSatisfaction = q.value(i++).toString();
    e.level = q.value(i++).toInt();
    s.valid = q.value(i++).toBool();
    e.evalDetail = q.value(i++).toString();
    e.text = q.value(i++).toString();
    e.assessTime = time(q.value(i++));
    e.assessNumber = q.value(i++).toInt();
    e.userProp = q.value(i++).toInt();
    e.anonymous = q.value(i++).toBool();
    // The encrypted columns are selected as "is present" flags, never as data.
    const bool n = q.value(i++).toBool();
    const bool m = q.value(i++).toBool();
    const bool c = q.value(i++).toBool();
    s.hasEncryptedPersonalData = n || m || c;
    s.userNameMasked = q.value(i++).toString();
    s.mobileMasked = q.value(i++).toString();
    e.withdrawn = q.value(i++).toBool();
    e.updatedAt = time(q.value(i++));
    return s;
}

// Maps the stored columns back through the domain's own parsers.
std::optional<HandlingRecord> badReviewFrom(const QSqlQuery &q, QString *error)
{
    HandlingRecord h;
    int i = 0;
    h.evalId = q.value(i++).toString();
    const auto state = handlingStateFromString(q.value(i++).toString());
    const auto result = verifyResultFromString(q.value(i++).toString());
    if (!state || !result) {
        *error = CacheReader::tr("Bad review %1 has an unknown state or result.").arg(h.evalId);
        return std::nullopt;
    }
    h.state = *state;
    h.verifyResult = *result;
    h.verifiedAt = time(q.value(i++));
    h.verifyDeadline = time(q.value(i++));
    h.rectificationDeadline = time(q.value(i++));
    h.delayDeadline = time(q.value(i++));
    h.delayReason = q.value(i++).toString();
    h.delayPending = q.value(i++).toBool();
    h.deadlineEstimated = q.value(i++).toBool();
    const QVariant followUp = q.value(i++);
    if (!followUp.isNull()) {
        h.followUp = FollowUp::fromJson(json(followUp).object(), error);
        if (!h.followUp)
            return std::nullopt;
    }
    h.version = q.value(i++).toInt();
    for (const QJsonValue &v : json(q.value(i++)).array()) {
        const auto entry = HistoryEntry::fromJson(v.toObject(), error);
        if (!entry)
            return std::nullopt;
        h.history.append(*entry);
    }
    h.withdrawn = q.value(i++).toBool();
    h.updatedAt = time(q.value(i++));
    return h;
}

QStringList evaluationSelectColumns()
{
    QStringList columns = CacheColumns::evaluations();
    for (QString &c : columns) {
        if (c.endsWith(QLatin1String("_enc")))
            c = QStringLiteral("%1 IS NOT NULL").arg(c);
    }
    return columns;
}

QString tableOf(CacheList list)
{
    switch (list) {
    case CacheList::Orgs:
        return QStringLiteral("org_units");
    case CacheList::Staff:
        return QStringLiteral("staff");
    case CacheList::Items:
        return QStringLiteral("service_items");
    case CacheList::Cases:
        return QStringLiteral("cases");
    case CacheList::Evaluations:
        return QStringLiteral("evaluations");
    case CacheList::BadReviews:
        return QStringLiteral("bad_reviews");
    }
    return {};
}

void clear(StoreResult *error)
{
    if (error)
        *error = {};
}

} // namespace

CacheReader::CacheReader(CacheDatabase &cache) : m_cache(cache)
{
}

qint64 CacheReader::count(CacheList list, StoreResult *error)
{
    return m_cache.connection()
        .scalar(QStringLiteral("SELECT count(*) FROM %1").arg(tableOf(list)), error)
        .toLongLong();
}

std::pair<QDateTime, QDateTime> CacheReader::updatedSpan(CacheList list, StoreResult *error)
{
    // Two statements: min() and max() together would scan instead of seeking the index.
    Connection &c = m_cache.connection();
    const QString sql = QStringLiteral("SELECT %1(updated_at) FROM %2");
    const QVariant first = c.scalar(sql.arg(QLatin1String("min"), tableOf(list)), error);
    const QVariant last = c.scalar(sql.arg(QLatin1String("max"), tableOf(list)), error);
    return {StoredTime::fromSql(first), StoredTime::fromSql(last)};
}

namespace {
template <typename Row> StoreResult forEachRow(Connection &c, const QString &sql, Row row)
{
    QSqlQuery q(c.database());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return c.failure(q.lastError(), sql.left(60));
    while (q.next()) {
        if (!row(q))
            break;
    }
    if (q.lastError().isValid())
        return c.failure(q.lastError(), sql.left(60));
    return {};
}
} // namespace

StoreResult CacheReader::forEachOrg(const std::function<bool(const OrgUnit &)> &visit)
{
    return forEachRow(m_cache.connection(),
                      SqlText::select(QStringLiteral("org_units"), CacheColumns::orgs()) +
                          QStringLiteral(" ORDER BY org_code"),
                      [&](const QSqlQuery &q) { return visit(orgFrom(q)); });
}

std::optional<QStringList> CacheReader::staffAndWindowNames(StoreResult *error)
{
    QStringList names;
    const StoreResult r = forEachRow(
        m_cache.connection(),
        QStringLiteral("SELECT name FROM (SELECT 0 AS part, staff_id AS id, name FROM staff "
                       "UNION ALL SELECT 1, org_code, name FROM org_units WHERE kind = 'window') "
                       "WHERE name <> '' ORDER BY part, id"),
        [&](const QSqlQuery &q) { return names << q.value(0).toString(), true; });
    if (error)
        *error = r;
    return r.ok() ? std::optional<QStringList>(names) : std::nullopt;
}

StoreResult CacheReader::forEachStaff(const std::function<bool(const StaffMember &)> &visit)
{
    return forEachRow(m_cache.connection(),
                      SqlText::select(QStringLiteral("staff"), CacheColumns::staff()) +
                          QStringLiteral(" ORDER BY staff_id"),
                      [&](const QSqlQuery &q) { return visit(staffFrom(q)); });
}

StoreResult CacheReader::forEachItem(const std::function<bool(const ServiceItem &)> &visit)
{
    return forEachRow(m_cache.connection(),
                      SqlText::select(QStringLiteral("service_items"), CacheColumns::items()) +
                          QStringLiteral(" ORDER BY task_code"),
                      [&](const QSqlQuery &q) { return visit(itemFrom(q)); });
}

StoreResult CacheReader::forEachCase(const std::function<bool(const ServiceCase &)> &visit)
{
    return forEachRow(m_cache.connection(),
                      SqlText::select(QStringLiteral("cases"), CacheColumns::cases()) +
                          QStringLiteral(" ORDER BY project_no"),
                      [&](const QSqlQuery &q) { return visit(caseFrom(q)); });
}

StoreResult
CacheReader::forEachEvaluation(const std::function<bool(const StoredEvaluation &)> &visit)
{
    return forEachRow(m_cache.connection(),
                      SqlText::select(QStringLiteral("evaluations"), evaluationSelectColumns()) +
                          QStringLiteral(" ORDER BY eval_id"),
                      [&](const QSqlQuery &q) { return visit(evaluationFrom(q)); });
}

StoreResult CacheReader::forEachBadReview(const std::function<bool(const HandlingRecord &)> &visit)
{
    StoreResult bad;
    StoreResult r =
        forEachRow(m_cache.connection(),
                   SqlText::select(QStringLiteral("bad_reviews"), CacheColumns::badReviews()) +
                       QStringLiteral(" ORDER BY eval_id"),
                   [&](const QSqlQuery &q) {
                       QString error;
                       const auto h = badReviewFrom(q, &error);
                       if (!h) {
                           bad = StoreResult::failure(StoreErrorKind::Data, error);
                           return false;
                       }
                       return visit(*h);
                   });
    return r.ok() ? bad : r;
}

TableSummary CacheReader::summary(CacheList list, StoreResult *error)
{
    ContentChecksum sum;
    StoreResult r;
    switch (list) {
    case CacheList::Orgs:
        r = forEachOrg([&](const OrgUnit &o) { return sum.add(o), true; });
        break;
    case CacheList::Staff:
        r = forEachStaff([&](const StaffMember &s) { return sum.add(s), true; });
        break;
    case CacheList::Items:
        r = forEachItem([&](const ServiceItem &s) { return sum.add(s), true; });
        break;
    case CacheList::Cases:
        r = forEachCase([&](const ServiceCase &s) { return sum.add(s), true; });
        break;
    case CacheList::Evaluations:
        r = forEachEvaluation([&](const StoredEvaluation &s) {
            sum.addMasked(s.record, s.userNameMasked, s.mobileMasked);
            return true;
        });
        break;
    case CacheList::BadReviews:
        r = forEachBadReview([&](const HandlingRecord &h) { return sum.add(h), true; });
        break;
    }
    if (error)
        *error = r;
    return {sum.count(), sum.hex()};
}

std::optional<QString> CacheReader::cursor(const CursorKey &key, StoreResult *error)
{
    clear(error);
    Connection &c = m_cache.connection();
    StoreResult r;
    QSqlQuery *q = c.prepared("read-cursor",
                              QStringLiteral("SELECT cursor FROM sync_cursors WHERE "
                                             "platform_url = ? AND user_name = ? AND list = ?"),
                              &r);
    if (q) {
        q->bindValue(0, key.platformUrl);
        q->bindValue(1, key.user);
        q->bindValue(2, key.list);
        if (q->exec()) {
            std::optional<QString> value;
            if (q->next())
                value = q->value(0).toString();
            q->finish();
            return value;
        }
        r = c.failure(q->lastError(), QStringLiteral("read cursor"));
    }
    if (error)
        *error = r;
    return std::nullopt;
}

std::optional<PlatformMeta> CacheReader::meta(const QString &platformUrl, StoreResult *error)
{
    clear(error);
    Connection &c = m_cache.connection();
    QSqlQuery q(c.database());
    q.prepare(QStringLiteral("SELECT api_version, platform_name, codes, channels, policy, raw, "
                             "fetched_at FROM platform_meta WHERE platform_url = ?"));
    q.addBindValue(platformUrl);
    if (!q.exec()) {
        if (error)
            *error = c.failure(q.lastError(), QStringLiteral("read meta"));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    PlatformMeta m;
    m.platformUrl = platformUrl;
    m.apiVersion = q.value(0).toInt();
    m.platformName = q.value(1).toString();
    m.codes = q.value(2).toString();
    m.channels = json(q.value(3)).object();
    m.policy = json(q.value(4)).object();
    m.raw = json(q.value(5)).object();
    m.fetchedAt = time(q.value(6));
    return m;
}

QDateTime CacheReader::lastSyncTime(const QString &platformUrl, const QString &user,
                                    StoreResult *error)
{
    clear(error);
    Connection &c = m_cache.connection();
    QSqlQuery q(c.database());
    q.prepare(QStringLiteral(
        "SELECT last_sync_at FROM sync_state WHERE platform_url = ? AND user_name = ?"));
    q.addBindValue(platformUrl);
    q.addBindValue(user);
    if (!q.exec()) {
        if (error)
            *error = c.failure(q.lastError(), QStringLiteral("read last sync"));
        return {};
    }
    return q.next() ? time(q.value(0)) : QDateTime();
}

std::optional<StoredEvaluation> CacheReader::evaluation(const QString &evalId, StoreResult *error)
{
    clear(error);
    std::optional<StoredEvaluation> found;
    Connection &c = m_cache.connection();
    QSqlQuery q(c.database());
    q.prepare(SqlText::select(QStringLiteral("evaluations"), evaluationSelectColumns()) +
              QStringLiteral(" WHERE eval_id = ?"));
    q.addBindValue(evalId);
    if (!q.exec()) {
        if (error)
            *error = c.failure(q.lastError(), QStringLiteral("read evaluation"));
        return found;
    }
    if (q.next())
        found = evaluationFrom(q);
    return found;
}

std::optional<HandlingRecord> CacheReader::badReview(const QString &evalId, StoreResult *error)
{
    clear(error);
    Connection &c = m_cache.connection();
    QSqlQuery q(c.database());
    q.prepare(SqlText::select(QStringLiteral("bad_reviews"), CacheColumns::badReviews()) +
              QStringLiteral(" WHERE eval_id = ?"));
    q.addBindValue(evalId);
    if (!q.exec()) {
        if (error)
            *error = c.failure(q.lastError(), QStringLiteral("read bad review"));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    QString message;
    auto h = badReviewFrom(q, &message);
    if (!h && error)
        *error = StoreResult::failure(StoreErrorKind::Data, message);
    return h;
}

std::optional<EvaluatorData> CacheReader::decryptPersonalData(const QString &evalId,
                                                              PersonalDataCipher &cipher,
                                                              StoreResult *error)
{
    clear(error);
    auto fail = [&](StoreResult r) {
        if (error)
            *error = r;
        return std::nullopt;
    };
    Connection &c = m_cache.connection();
    QSqlQuery q(c.database());
    q.prepare(QStringLiteral(
        "SELECT user_name_enc, mobile_enc, cert_enc FROM evaluations WHERE eval_id = ?"));
    q.addBindValue(evalId);
    if (!q.exec())
        return fail(c.failure(q.lastError(), QStringLiteral("read personal data")));
    if (!q.next())
        return fail(StoreResult::failure(StoreErrorKind::Data,
                                         tr("Evaluation %1 is not in the cache.").arg(evalId)));
    EvaluatorData data;
    QString *out[3] = {&data.userName, &data.mobile, &data.certNo};
    bool any = false;
    for (int k = 0; k < 3; ++k) {
        const QByteArray blob = q.value(k).toByteArray();
        any = any || !blob.isEmpty();
        QString message;
        const auto plain = cipher.decrypt(blob, &message);
        if (!plain)
            return fail(StoreResult::failure(
                StoreErrorKind::Data,
                tr("The evaluator's data of %1 cannot be shown: %2").arg(evalId, message)));
        *out[k] = *plain;
    }
    if (!any)
        return fail(StoreResult::failure(
            StoreErrorKind::Data,
            tr("The evaluator's data of %1 was not stored (no keychain when it was synced, or "
               "none was given).")
                .arg(evalId)));
    return data;
}

} // namespace pingjia
