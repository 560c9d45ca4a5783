// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/CacheWriter.h"

#include "models/domain/Clock.h"
#include "models/domain/EvaluationValidity.h"
#include "models/secrets/PersonalDataCipher.h"
#include "models/secrets/PersonalDataHash.h"
#include "models/store/CacheBindings.h"
#include "models/store/CacheColumns.h"
#include "models/store/CacheDatabase.h"
#include "models/store/CacheSchema.h"
#include "models/store/IndexBuildSettings.h"
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

// The upsert of a synced list: a record served again unchanged (a re-pull, a repeated
// page) writes nothing and so marks nothing dirty (the comment-search and handling-month
// triggers fire on UPDATE). The encrypted columns (`*_enc`) count only as present or
// not: their random nonce differs on every encryption. A changed evaluator name behind
// the same mask is still stored, as the platform gives every change a new updatedAt.
QString changedRowsUpsert(const QString &table, const QStringList &columns)
{
    QStringList encrypted;
    for (const QString &c : columns) {
        if (c.endsWith(QLatin1String("_enc")))
            encrypted << c;
    }
    return SqlText::upsertChanged(table, columns, {columns.first()}, encrypted);
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
    SqliteStatement *q = c.rawStatement(key, changedRowsUpsert(table, columns), &r);
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

// A list whose rows are the records themselves: refuses a record without its key, binds
// the rest through the list's column table.
template <typename Record>
StoreResult upsertKeyed(CacheDatabase &cache, const char *key, const QString &table,
                        const QList<CacheBindings::BoundColumn<Record>> &columns,
                        const QList<Record> &records, QString Record::*id, const QString &refusal)
{
    return upsertAll(cache, key, table, CacheBindings::names(columns), records,
                     [&](SqliteStatement &q, const Record &record) {
                         if ((record.*id).isEmpty())
                             return refuse(refusal);
                         CacheBindings::bindRow(q, columns, record);
                         return StoreResult::success();
                     });
}

} // namespace

CacheWriter::CacheWriter(CacheDatabase &cache, PersonalDataCipher *cipher)
    : m_cache(cache), m_cipher(cipher)
{
}

CacheWriter::Page::Page(CacheWriter &writer) : m_transaction(writer.m_cache.connection())
{
}

CacheWriter::BulkLoad::BulkLoad(CacheWriter &writer, int walCheckpointPages, Indexes indexes)
    : m_writer(writer)
{
    if (indexes == Indexes::Drop) {
        m_status = dropIndexes();
        m_active = m_status.ok();
    }
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
        {
            // The sorter's helper threads and short runs (IndexBuildSettings.h).
            IndexBuildSettings settings(m_writer.m_cache.connection());
            m_status = buildIndexes();
        }
        qCInfo(lcStore) << "bulk load: evaluation indexes built in" << clock.elapsed() << "ms";
    }
    checkpoint();
    return m_status;
}

StoreResult CacheWriter::upsertOrgs(const QList<OrgUnit> &records)
{
    return upsertKeyed(m_cache, "upsert-orgs", QStringLiteral("org_units"), CacheBindings::orgs(),
                       records, &OrgUnit::orgCode,
                       tr("An organisation without orgCode was refused."));
}

StoreResult CacheWriter::upsertStaff(const QList<StaffMember> &records)
{
    PersonalDataCipher *cipher = m_cipher;
    return upsertAll(m_cache, "upsert-staff", QStringLiteral("staff"), CacheColumns::staff(),
                     records, [cipher](SqliteStatement &q, const StaffMember &s) {
                         if (s.staffId.isEmpty())
                             return refuse(tr("A staff member without staffId was refused."));
                         CacheBindings::StaffRow row{&s, {}, {}};
                         if (cipher && !s.mobile.isEmpty()) {
                             QString error;
                             const auto blob = cipher->encrypt(s.mobile, &error);
                             const auto hash =
                                 blob ? cipher->keyedHash(
                                            PersonalDataHash::normalizedPhone(s.mobile), &error)
                                      : std::nullopt;
                             if (!blob || !hash)
                                 return refuse(tr("The mobile of staff member %1 cannot be "
                                                  "protected, so nothing of its page was "
                                                  "stored: %2")
                                                   .arg(s.staffId, error));
                             row.mobileEnc = *blob;
                             row.mobileHash = *hash;
                         }
                         CacheBindings::bindRow(q, CacheBindings::staff(), row);
                         return StoreResult::success();
                     });
}

StoreResult CacheWriter::upsertItems(const QList<ServiceItem> &records)
{
    return upsertKeyed(m_cache, "upsert-items", QStringLiteral("service_items"),
                       CacheBindings::items(), records, &ServiceItem::taskCode,
                       tr("A service item without taskCode was refused."));
}

StoreResult CacheWriter::upsertCases(const QList<ServiceCase> &records)
{
    return upsertKeyed(m_cache, "upsert-cases", QStringLiteral("cases"), CacheBindings::cases(),
                       records, &ServiceCase::projectNo,
                       tr("A case without projectNo was refused."));
}

namespace {

// Encrypts and hashes the evaluator's data of `e` into `row`; false with a message when
// the cipher fails. Without a cipher the protected columns stay NULL.
bool protectEvaluator(PersonalDataCipher *cipher, const Evaluation &e,
                      CacheBindings::EvaluationRow &row, QString *error)
{
    if (!cipher)
        return true;
    const QString *plain[3] = {&e.userName, &e.mobile, &e.certNo};
    QByteArray *enc[3] = {&row.userNameEnc, &row.mobileEnc, &row.certEnc};
    for (int k = 0; k < 3; ++k) {
        const auto blob = cipher->encrypt(*plain[k], error);
        if (!blob)
            return false;
        *enc[k] = *blob;
    }
    const QString phone = PersonalDataHash::normalizedPhone(e.mobile);
    const QString cert = PersonalDataHash::normalizedCertNo(e.certNo);
    if (!phone.isEmpty() && !(row.mobileHash = cipher->keyedHash(phone, error)))
        return false;
    if (!cert.isEmpty() && !(row.certHash = cipher->keyedHash(cert, error)))
        return false;
    return true;
}

} // namespace

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
            CacheBindings::EvaluationRow row;
            row.record = &e;
            row.valid = evaluationValidity(e.level, e.text, false) == Validity::Valid;
            QString error;
            if (!protectEvaluator(cipher, e, row, &error))
                return refuse(tr("The evaluator's data of evaluation %1 cannot be "
                                 "encrypted, so nothing of its page was stored: %2")
                                  .arg(e.evalId, error));
            CacheBindings::bindRow(q, CacheBindings::evaluations(), row);
            return StoreResult::success();
        });
}

StoreResult CacheWriter::upsertBadReviews(const QList<HandlingRecord> &records)
{
    PersonalDataCipher *cipher = m_cipher;
    return upsertAll(
        m_cache, "upsert-bad-reviews", QStringLiteral("bad_reviews"), CacheColumns::badReviews(),
        records, [cipher](SqliteStatement &q, const HandlingRecord &r) {
            if (r.evalId.isEmpty())
                return refuse(tr("A bad-review record without evalId was refused."));
            CacheBindings::BadReviewRow row{&r, {}};
            const QString phone =
                r.followUp ? PersonalDataHash::normalizedPhone(r.followUp->phone) : QString();
            QString error;
            if (cipher && !phone.isEmpty() &&
                !(row.followUpPhoneHash = cipher->keyedHash(phone, &error)))
                return refuse(tr("The follow-up phone of bad review %1 cannot be protected, "
                                 "so nothing of its page was stored: %2")
                                  .arg(r.evalId, error));
            CacheBindings::bindRow(q, CacheBindings::badReviews(), row);
            return StoreResult::success();
        });
}

StoreResult CacheWriter::saveCursor(const CursorKey &key, const QString &cursor)
{
    return m_cache.connection().execPrepared(
        "save-cursor",
        QStringLiteral("INSERT INTO sync_cursors (platform_url, user_name, list, cursor, "
                       "updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (platform_url, "
                       "user_name, list) DO UPDATE SET cursor = excluded.cursor, "
                       "updated_at = excluded.updated_at"),
        {key.platformUrl, key.user, key.list, text(cursor), time(Clock::now())},
        QStringLiteral("save cursor"));
}

StoreResult CacheWriter::clearCursor(const CursorKey &key)
{
    return m_cache.connection().execPrepared(
        "clear-cursor",
        QStringLiteral("DELETE FROM sync_cursors WHERE platform_url = ? AND user_name = ? AND "
                       "list = ?"),
        {key.platformUrl, key.user, key.list}, QStringLiteral("clear cursor"));
}

StoreResult CacheWriter::saveMeta(const PlatformMeta &meta)
{
    return m_cache.connection().execPrepared(
        "save-meta",
        SqlText::upsert(QStringLiteral("platform_meta"),
                        {QStringLiteral("platform_url"), QStringLiteral("api_version"),
                         QStringLiteral("platform_name"), QStringLiteral("codes"),
                         QStringLiteral("channels"), QStringLiteral("policy"),
                         QStringLiteral("raw"), QStringLiteral("fetched_at")},
                        {QStringLiteral("platform_url")}),
        {meta.platformUrl, meta.apiVersion, meta.platformName, meta.codes,
         compactJson(meta.channels), compactJson(meta.policy), compactJson(meta.raw),
         time(meta.fetchedAt.isValid() ? meta.fetchedAt : Clock::now())},
        QStringLiteral("save platform meta"));
}

StoreResult CacheWriter::markSynced(const QString &platformUrl, const QString &user,
                                    const QDateTime &at)
{
    return m_cache.connection().execPrepared(
        "mark-synced",
        SqlText::upsert(QStringLiteral("sync_state"),
                        {QStringLiteral("platform_url"), QStringLiteral("user_name"),
                         QStringLiteral("last_sync_at")},
                        {QStringLiteral("platform_url"), QStringLiteral("user_name")}),
        {platformUrl, user, time(at)}, QStringLiteral("mark synced"));
}

} // namespace pingjia
