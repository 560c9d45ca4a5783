// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/CacheWriter.h"

#include "models/domain/Clock.h"
#include "models/domain/EvaluationValidity.h"
#include "models/secrets/PersonalDataCipher.h"
#include "models/secrets/PersonalDataMask.h"
#include "models/store/CacheColumns.h"
#include "models/store/CacheDatabase.h"
#include "models/store/CacheSchema.h"
#include "models/store/Logging.h"
#include "models/store/SqlText.h"
#include "models/store/SqliteStatement.h"
#include "models/store/StoredTime.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace pingjia {

namespace {

using SqlText::text;
QVariant time(const QDateTime &t)
{
    return StoredTime::toSql(t);
}

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
QString compactJson(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

// Binds every record with `bind` (which may refuse one) and runs the shared upsert.
// The whole list is one transaction; inside a Page it joins the Page's transaction
// without a SAVEPOINT (see Transaction::Nesting), and a failure leaves the Page to roll
// back.
template <typename Record, typename Bind>
StoreResult upsertAll(CacheDatabase &cache, const char *key, const QString &table,
                      const QStringList &columns, const QList<Record> &records, Bind bind)
{
    if (records.isEmpty())
        return {};
    Connection &c = cache.connection();
    Transaction t(c, Transaction::Nesting::JoinOuter);
    if (!t.isActive())
        return t.status();
    StoreResult r;
    SqliteStatement *q =
        c.rawStatement(key, SqlText::upsert(table, columns, {columns.first()}), &r);
    if (!q)
        return r;
    int code = 0;
    QString message;
    for (const Record &record : records) {
        r = bind(*q, record);
        if (!r.ok())
            return r;
        if (!q->exec(&code, &message))
            return c.failure(code, message, table);
    }
    return t.commit();
}

StoreResult refuse(const QString &message)
{
    return StoreResult::failure(StoreErrorKind::Data, message);
}

} // namespace

CacheWriter::CacheWriter(CacheDatabase &cache, PersonalDataCipher *cipher)
    : m_cache(cache), m_cipher(cipher)
{
}

CacheWriter::Page::Page(CacheWriter &writer) : m_transaction(writer.m_cache.connection())
{
}

CacheWriter::BulkLoad::BulkLoad(CacheWriter &writer, int walCheckpointPages) : m_writer(writer)
{
    m_status = dropIndexes();
    m_active = m_status.ok();
    Connection &c = m_writer.m_cache.connection();
    if (c.usesWal()) // not fatal: the default checkpoints only cost time
        (void)c.exec(QStringLiteral("PRAGMA wal_autocheckpoint=%1").arg(walCheckpointPages));
}

CacheWriter::BulkLoad::~BulkLoad()
{
    finish();
}

StoreResult CacheWriter::BulkLoad::dropIndexes()
{
    return forEachIndex([](const IndexDefinition &index) {
        return QStringLiteral("DROP INDEX IF EXISTS ") + index.name;
    });
}

StoreResult CacheWriter::BulkLoad::buildIndexes()
{
    return forEachIndex([](const IndexDefinition &index) { return index.createSql; });
}

// One transaction running `sqlFor(index)` for every query index of the evaluations.
StoreResult
CacheWriter::BulkLoad::forEachIndex(const std::function<QString(const IndexDefinition &)> &sqlFor)
{
    Connection &c = m_writer.m_cache.connection();
    Transaction t(c);
    StoreResult r = t.status();
    for (const IndexDefinition &index : evaluationQueryIndexes()) {
        if (r.ok())
            r = c.exec(sqlFor(index));
    }
    return r.ok() ? t.commit() : r;
}

void CacheWriter::BulkLoad::checkpoint()
{
    Connection &c = m_writer.m_cache.connection();
    if (!c.usesWal())
        return;
    (void)c.exec(QStringLiteral("PRAGMA wal_autocheckpoint=1000")); // SQLite's default
    // TRUNCATE also gives the WAL's disk space back; with readers it does what it can.
    (void)c.scalar(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

StoreResult CacheWriter::BulkLoad::finish()
{
    if (m_finished)
        return m_status;
    m_finished = true;
    if (m_active) {
        m_active = false;
        QElapsedTimer clock;
        clock.start();
        m_status = buildIndexes();
        qCInfo(lcStore) << "bulk load: evaluation indexes built in" << clock.elapsed() << "ms";
    }
    checkpoint();
    return m_status;
}

StoreResult CacheWriter::upsertOrgs(const QList<OrgUnit> &records)
{
    return upsertAll(m_cache, "upsert-orgs", QStringLiteral("org_units"), CacheColumns::orgs(),
                     records, [](SqliteStatement &q, const OrgUnit &o) {
                         if (o.orgCode.isEmpty())
                             return refuse(tr("An organisation without orgCode was refused."));
                         int i = 1;
                         q.bindText(i++, o.orgCode);
                         q.bindRequiredText(i++, o.name);
                         q.bindText(i++, o.level);
                         q.bindText(i++, o.kind);
                         q.bindOptionalText(i++, o.parentCode);
                         q.bindText(i++, o.areaCode);
                         q.bindOptionalText(i++, o.creditCode);
                         q.bindInt(i++, o.withdrawn ? 1 : 0);
                         q.bindTime(i++, o.updatedAt);
                         return StoreResult::success();
                     });
}

StoreResult CacheWriter::upsertStaff(const QList<StaffMember> &records)
{
    return upsertAll(m_cache, "upsert-staff", QStringLiteral("staff"), CacheColumns::staff(),
                     records, [](SqliteStatement &q, const StaffMember &s) {
                         if (s.staffId.isEmpty())
                             return refuse(tr("A staff member without staffId was refused."));
                         int i = 1;
                         q.bindText(i++, s.staffId);
                         q.bindRequiredText(i++, s.name);
                         q.bindText(i++, s.orgCode);
                         q.bindInt(i++, s.withdrawn ? 1 : 0);
                         q.bindTime(i++, s.updatedAt);
                         return StoreResult::success();
                     });
}

StoreResult CacheWriter::upsertItems(const QList<ServiceItem> &records)
{
    return upsertAll(m_cache, "upsert-items", QStringLiteral("service_items"),
                     CacheColumns::items(), records, [](SqliteStatement &q, const ServiceItem &s) {
                         if (s.taskCode.isEmpty())
                             return refuse(tr("A service item without taskCode was refused."));
                         int i = 1;
                         q.bindText(i++, s.taskCode);
                         q.bindRequiredText(i++, s.taskName);
                         q.bindText(i++, s.taskType);
                         q.bindText(i++, s.deptCode);
                         q.bindInt(i++, s.withdrawn ? 1 : 0);
                         q.bindTime(i++, s.updatedAt);
                         return StoreResult::success();
                     });
}

StoreResult CacheWriter::upsertCases(const QList<ServiceCase> &records)
{
    return upsertAll(m_cache, "upsert-cases", QStringLiteral("cases"), CacheColumns::cases(),
                     records, [](SqliteStatement &q, const ServiceCase &s) {
                         if (s.projectNo.isEmpty())
                             return refuse(tr("A case without projectNo was refused."));
                         int i = 1;
                         q.bindText(i++, s.projectNo);
                         q.bindText(i++, s.taskCode);
                         q.bindText(i++, s.deptCode);
                         q.bindText(i++, s.centerCode);
                         q.bindText(i++, s.windowCode);
                         q.bindText(i++, s.staffId);
                         q.bindTime(i++, s.acceptDate);
                         q.bindTime(i++, s.finishDate);
                         q.bindInt(i++, s.proStatus);
                         q.bindInt(i++, s.withdrawn ? 1 : 0);
                         q.bindTime(i++, s.updatedAt);
                         return StoreResult::success();
                     });
}

StoreResult CacheWriter::upsertEvaluations(const QList<Evaluation> &records)
{
    PersonalDataCipher *cipher = m_cipher;
    return upsertAll(
        m_cache, "upsert-evaluations", QStringLiteral("evaluations"), CacheColumns::evaluations(),
        records, [cipher](SqliteStatement &q, const Evaluation &e) {
            if (e.evalId.isEmpty())
                return refuse(tr("An evaluation without evalId was refused; nothing of its "
                                 "page was stored."));
            if (e.level < 1 || e.level > 5)
                return refuse(tr("Evaluation %1 has level %2, outside 1–5; nothing of its "
                                 "page was stored.")
                                  .arg(e.evalId)
                                  .arg(e.level));
            if (!e.assessTime.isValid())
                return refuse(tr("Evaluation %1 has no valid assessTime; nothing of its page "
                                 "was stored.")
                                  .arg(e.evalId));
            QByteArray enc[3];
            if (cipher) {
                const QString *plain[3] = {&e.userName, &e.mobile, &e.certNo};
                for (int k = 0; k < 3; ++k) {
                    QString error;
                    const auto blob = cipher->encrypt(*plain[k], &error);
                    if (!blob)
                        return refuse(tr("The evaluator's data of evaluation %1 cannot be "
                                         "encrypted, so nothing of its page was stored: %2")
                                          .arg(e.evalId, error));
                    enc[k] = *blob;
                }
            }
            const bool valid = evaluationValidity(e.level, e.text, false) == Validity::Valid;
            int i = 1;
            q.bindText(i++, e.evalId);
            q.bindText(i++, e.projectNo);
            q.bindText(i++, e.taskCode);
            q.bindText(i++, e.deptCode);
            q.bindText(i++, e.centerCode);
            q.bindText(i++, e.windowCode);
            q.bindText(i++, e.staffId);
            q.bindText(i++, e.areaCode);
            q.bindText(i++, e.channelCode);
            q.bindText(i++, e.rawSatisfaction);
            q.bindInt(i++, e.level);
            q.bindInt(i++, valid ? 1 : 0);
            q.bindText(i++, e.evalDetail);
            q.bindRequiredText(i++, e.text);
            q.bindTime(i++, e.assessTime);
            q.bindInt(i++, e.assessNumber);
            q.bindInt(i++, e.userProp);
            q.bindInt(i++, e.anonymous ? 1 : 0);
            q.bindBlob(i++, enc[0]);
            q.bindBlob(i++, enc[1]);
            q.bindBlob(i++, enc[2]);
            q.bindOptionalText(i++, PersonalDataMask::name(e.userName));
            q.bindOptionalText(i++, PersonalDataMask::mobile(e.mobile));
            q.bindInt(i++, e.withdrawn ? 1 : 0);
            q.bindTime(i++, e.updatedAt);
            return StoreResult::success();
        });
}

StoreResult CacheWriter::upsertBadReviews(const QList<HandlingRecord> &records)
{
    return upsertAll(m_cache, "upsert-bad-reviews", QStringLiteral("bad_reviews"),
                     CacheColumns::badReviews(), records,
                     [](SqliteStatement &q, const HandlingRecord &h) {
                         if (h.evalId.isEmpty())
                             return refuse(tr("A bad-review record without evalId was refused."));
                         QJsonArray history;
                         for (const HistoryEntry &entry : h.history)
                             history.append(entry.toJson());
                         int i = 1;
                         q.bindText(i++, h.evalId);
                         q.bindText(i++, toString(h.state));
                         q.bindOptionalText(i++, toString(h.verifyResult));
                         q.bindTime(i++, h.verifiedAt);
                         q.bindTime(i++, h.verifyDeadline);
                         q.bindTime(i++, h.reformDeadline);
                         q.bindTime(i++, h.delayDeadline);
                         q.bindOptionalText(i++, h.delayReason);
                         q.bindInt(i++, h.delayPending ? 1 : 0);
                         q.bindInt(i++, h.deadlineEstimated ? 1 : 0);
                         if (h.followUp)
                             q.bindText(i++, compactJson(h.followUp->toJson()));
                         else
                             q.bindNull(i++);
                         q.bindInt(i++, h.version);
                         q.bindText(i++, compactJson(history));
                         q.bindInt(i++, h.withdrawn ? 1 : 0);
                         q.bindTime(i++, h.updatedAt);
                         return StoreResult::success();
                     });
}

StoreResult CacheWriter::saveCursor(const CursorKey &key, const QString &cursor)
{
    Connection &c = m_cache.connection();
    StoreResult r;
    QSqlQuery *q = c.prepared(
        "save-cursor",
        QStringLiteral("INSERT INTO sync_cursors (platform_url, user_name, list, cursor, "
                       "updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (platform_url, "
                       "user_name, list) DO UPDATE SET cursor = excluded.cursor, "
                       "updated_at = excluded.updated_at"),
        &r);
    if (!q)
        return r;
    q->bindValue(0, key.platformUrl);
    q->bindValue(1, key.user);
    q->bindValue(2, key.list);
    q->bindValue(3, text(cursor));
    q->bindValue(4, time(Clock::now()));
    if (!q->exec())
        return c.failure(q->lastError(), QStringLiteral("save cursor"));
    return {};
}

StoreResult CacheWriter::clearCursor(const CursorKey &key)
{
    Connection &c = m_cache.connection();
    StoreResult r;
    QSqlQuery *q = c.prepared("clear-cursor",
                              QStringLiteral("DELETE FROM sync_cursors WHERE platform_url = ? "
                                             "AND user_name = ? AND list = ?"),
                              &r);
    if (!q)
        return r;
    q->bindValue(0, key.platformUrl);
    q->bindValue(1, key.user);
    q->bindValue(2, key.list);
    if (!q->exec())
        return c.failure(q->lastError(), QStringLiteral("clear cursor"));
    return {};
}

StoreResult CacheWriter::saveMeta(const PlatformMeta &meta)
{
    Connection &c = m_cache.connection();
    StoreResult r;
    QSqlQuery *q =
        c.prepared("save-meta",
                   SqlText::upsert(QStringLiteral("platform_meta"),
                                   {QStringLiteral("platform_url"), QStringLiteral("api_version"),
                                    QStringLiteral("platform_name"), QStringLiteral("codes"),
                                    QStringLiteral("channels"), QStringLiteral("policy"),
                                    QStringLiteral("raw"), QStringLiteral("fetched_at")},
                                   {QStringLiteral("platform_url")}),
                   &r);
    if (!q)
        return r;
    int i = 0;
    q->bindValue(i++, meta.platformUrl);
    q->bindValue(i++, meta.apiVersion);
    q->bindValue(i++, meta.platformName);
    q->bindValue(i++, meta.codes);
    q->bindValue(i++, compactJson(meta.channels));
    q->bindValue(i++, compactJson(meta.policy));
    q->bindValue(i++, compactJson(meta.raw));
    q->bindValue(i++, time(meta.fetchedAt.isValid() ? meta.fetchedAt : Clock::now()));
    if (!q->exec())
        return c.failure(q->lastError(), QStringLiteral("save platform meta"));
    return {};
}

StoreResult CacheWriter::markSynced(const QString &platformUrl, const QString &user,
                                    const QDateTime &at)
{
    Connection &c = m_cache.connection();
    StoreResult r;
    QSqlQuery *q =
        c.prepared("mark-synced",
                   SqlText::upsert(QStringLiteral("sync_state"),
                                   {QStringLiteral("platform_url"), QStringLiteral("user_name"),
                                    QStringLiteral("last_sync_at")},
                                   {QStringLiteral("platform_url"), QStringLiteral("user_name")}),
                   &r);
    if (!q)
        return r;
    q->bindValue(0, platformUrl);
    q->bindValue(1, user);
    q->bindValue(2, time(at));
    if (!q->exec())
        return c.failure(q->lastError(), QStringLiteral("mark synced"));
    return {};
}

} // namespace pingjia
