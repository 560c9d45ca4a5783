// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/CacheSchema.h"

namespace pingjia {

namespace {

// Version 1: the synced lists, cursors and meta. No foreign keys: lists arrive in any
// order. Times are "yyyy-MM-dd HH:mm:ss" (UTC+8) text, see StoredTime.h. Withdrawn
// records stay as tombstones (withdrawn = 1).
Migration syncedTables()
{
    return sqlMigration(
        QStringLiteral("synced lists, cursors and platform meta"),
        {
            QStringLiteral(R"(CREATE TABLE org_units (
                org_code TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, level TEXT, kind TEXT,
                parent_code TEXT, area_code TEXT, credit_code TEXT,
                withdrawn INTEGER NOT NULL DEFAULT 0, updated_at TEXT))"),
            QStringLiteral("CREATE INDEX org_units_parent ON org_units(parent_code)"),
            QStringLiteral("CREATE INDEX org_units_area ON org_units(area_code)"),
            QStringLiteral(R"(CREATE TABLE staff (
                staff_id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, org_code TEXT,
                withdrawn INTEGER NOT NULL DEFAULT 0, updated_at TEXT))"),
            QStringLiteral("CREATE INDEX staff_org ON staff(org_code)"),
            QStringLiteral(R"(CREATE TABLE service_items (
                task_code TEXT PRIMARY KEY NOT NULL, task_name TEXT NOT NULL, task_type TEXT,
                dept_code TEXT, withdrawn INTEGER NOT NULL DEFAULT 0, updated_at TEXT))"),
            QStringLiteral(R"(CREATE TABLE cases (
                project_no TEXT PRIMARY KEY NOT NULL, task_code TEXT, dept_code TEXT,
                center_code TEXT, window_code TEXT, staff_id TEXT, accept_date TEXT,
                finish_date TEXT, pro_status INTEGER NOT NULL DEFAULT 0,
                withdrawn INTEGER NOT NULL DEFAULT 0, updated_at TEXT))"),
            QStringLiteral("CREATE INDEX cases_finish ON cases(finish_date)"),
            QStringLiteral("CREATE INDEX cases_dept ON cases(dept_code, finish_date)"),
            QStringLiteral("CREATE INDEX cases_center ON cases(center_code, finish_date)"),
            // id is the rowid the comment index refers to; INTEGER PRIMARY KEY keeps it
            // stable across VACUUM.
            QStringLiteral(R"(CREATE TABLE evaluations (
                id INTEGER PRIMARY KEY, eval_id TEXT NOT NULL UNIQUE,
                project_no TEXT, task_code TEXT, dept_code TEXT, center_code TEXT,
                window_code TEXT, staff_id TEXT, area_code TEXT,
                channel_code TEXT, raw_satisfaction TEXT, level INTEGER NOT NULL,
                valid INTEGER NOT NULL, eval_detail TEXT, text TEXT NOT NULL DEFAULT '',
                assess_time TEXT NOT NULL, assess_number INTEGER NOT NULL DEFAULT 1,
                user_prop INTEGER NOT NULL DEFAULT 0, anonymous INTEGER NOT NULL DEFAULT 0,
                user_name_enc BLOB, mobile_enc BLOB, cert_enc BLOB,
                user_name_masked TEXT, mobile_masked TEXT,
                withdrawn INTEGER NOT NULL DEFAULT 0, updated_at TEXT))"),
            QStringLiteral(
                "CREATE INDEX evaluations_level_time ON evaluations(level, assess_time)"),
            QStringLiteral("CREATE INDEX evaluations_time ON evaluations(assess_time)"),
            QStringLiteral("CREATE INDEX evaluations_dept ON evaluations(dept_code, assess_time)"),
            QStringLiteral(
                "CREATE INDEX evaluations_center ON evaluations(center_code, assess_time)"),
            QStringLiteral("CREATE INDEX evaluations_project ON evaluations(project_no)"),
            QStringLiteral(R"(CREATE TABLE bad_reviews (
                eval_id TEXT PRIMARY KEY NOT NULL, state TEXT NOT NULL, verify_result TEXT,
                verified_at TEXT, verify_deadline TEXT, reform_deadline TEXT,
                delay_deadline TEXT, delay_reason TEXT, delay_pending INTEGER NOT NULL DEFAULT 0,
                deadline_estimated INTEGER NOT NULL DEFAULT 0, follow_up TEXT,
                version INTEGER NOT NULL DEFAULT 0, history TEXT NOT NULL DEFAULT '[]',
                withdrawn INTEGER NOT NULL DEFAULT 0, updated_at TEXT))"),
            QStringLiteral("CREATE INDEX bad_reviews_state ON bad_reviews(state)"),
            QStringLiteral("CREATE INDEX bad_reviews_verify_deadline ON "
                           "bad_reviews(verify_deadline)"),
            // The effective rectification deadline (PLATFORM_API.md): delay wins.
            QStringLiteral("CREATE INDEX bad_reviews_effective_deadline ON "
                           "bad_reviews(coalesce(delay_deadline, reform_deadline))"),
            QStringLiteral(R"(CREATE TABLE sync_cursors (
                platform_url TEXT NOT NULL, user_name TEXT NOT NULL, list TEXT NOT NULL,
                cursor TEXT NOT NULL, updated_at TEXT NOT NULL,
                PRIMARY KEY (platform_url, user_name, list)))"),
            QStringLiteral(R"(CREATE TABLE sync_state (
                platform_url TEXT NOT NULL, user_name TEXT NOT NULL, last_sync_at TEXT,
                PRIMARY KEY (platform_url, user_name)))"),
            QStringLiteral(R"(CREATE TABLE platform_meta (
                platform_url TEXT PRIMARY KEY NOT NULL, api_version INTEGER,
                platform_name TEXT, codes TEXT, channels TEXT, policy TEXT,
                raw TEXT, fetched_at TEXT))"),
        });
}

// Version 2: comment search (see CommentSearch.h), backfilled from existing rows.
Migration commentSearch()
{
    return sqlMigration(
        QStringLiteral("comment search over character bigrams"),
        {
            // Contentless: the bigrams are derived from evaluations.text, so deletes
            // pass them again through pingjia_bigrams(old.text).
            QStringLiteral("CREATE VIRTUAL TABLE comment_fts USING fts5(bigrams, content='', "
                           "tokenize='unicode61 remove_diacritics 0')"),
            QStringLiteral(R"(CREATE TRIGGER evaluations_comment_insert AFTER INSERT ON evaluations
                WHEN new.text <> '' BEGIN
                INSERT INTO comment_fts(rowid, bigrams) VALUES (new.id, pingjia_bigrams(new.text));
                END)"),
            QStringLiteral(
                R"(CREATE TRIGGER evaluations_comment_update AFTER UPDATE OF text ON evaluations
                WHEN old.text IS NOT new.text BEGIN
                INSERT INTO comment_fts(comment_fts, rowid, bigrams)
                    SELECT 'delete', old.id, pingjia_bigrams(old.text) WHERE old.text <> '';
                INSERT INTO comment_fts(rowid, bigrams)
                    SELECT new.id, pingjia_bigrams(new.text) WHERE new.text <> '';
                END)"),
            QStringLiteral(R"(CREATE TRIGGER evaluations_comment_delete AFTER DELETE ON evaluations
                WHEN old.text <> '' BEGIN
                INSERT INTO comment_fts(comment_fts, rowid, bigrams)
                    VALUES ('delete', old.id, pingjia_bigrams(old.text));
                END)"),
            QStringLiteral("INSERT INTO comment_fts(rowid, bigrams) "
                           "SELECT id, pingjia_bigrams(text) FROM evaluations WHERE text <> ''"),
        });
}

// Version 3 (rank-engine, issue 8): per-unit, per-day figures for indicators and rankings
// (IndicatorRollup.h), refreshed from a watermark on updated_at (indexed for that).
Migration indicatorRollups()
{
    return sqlMigration(
        QStringLiteral("per-unit, per-day indicator rollups"),
        {
            // grain: 0 the whole cache (unit_code ''), 1 center, 2 department, 3 window,
            // 4 staff. day: "yyyy-MM-dd" (UTC+8) of finish_date for the case columns, of
            // assess_time for the evaluation columns.
            QStringLiteral(R"(CREATE TABLE indicator_day (
                grain INTEGER NOT NULL, unit_code TEXT NOT NULL, day TEXT NOT NULL,
                served INTEGER NOT NULL DEFAULT 0, evaluated_cases INTEGER NOT NULL DEFAULT 0,
                evaluations INTEGER NOT NULL DEFAULT 0, valid INTEGER NOT NULL DEFAULT 0,
                level1 INTEGER NOT NULL DEFAULT 0, level2 INTEGER NOT NULL DEFAULT 0,
                level3 INTEGER NOT NULL DEFAULT 0, level4 INTEGER NOT NULL DEFAULT 0,
                level5 INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (grain, day, unit_code)) WITHOUT ROWID)"),
            QStringLiteral(R"(CREATE TABLE indicator_channel_day (
                grain INTEGER NOT NULL, unit_code TEXT NOT NULL, day TEXT NOT NULL,
                channel_code TEXT NOT NULL, evaluations INTEGER NOT NULL DEFAULT 0,
                valid INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (grain, day, unit_code, channel_code)) WITHOUT ROWID)"),
            // One row: what the rollups cover (NULL: never built). The *_at_mark counts
            // are the rows stamped exactly at the watermark, so a row arriving later in
            // the same second is noticed too.
            QStringLiteral(R"(CREATE TABLE indicator_rollup_state (
                id INTEGER PRIMARY KEY CHECK (id = 1), cases_watermark TEXT,
                cases_at_mark INTEGER NOT NULL DEFAULT 0, evaluations_watermark TEXT,
                evaluations_at_mark INTEGER NOT NULL DEFAULT 0, built_at TEXT))"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS cases_updated ON cases(updated_at)"),
            QStringLiteral(
                "CREATE INDEX IF NOT EXISTS evaluations_updated ON evaluations(updated_at)"),
        });
}

// Version 4 (rank-engine, issue 8): the rollups per month instead of per day (a month's
// department ranking reads ~2,300 rows instead of ~47,000), and the case→evaluation probe
// made index-only ("has a non-withdrawn evaluation" no longer reads the wide rows). The
// rollups are derived data: dropped here, rebuilt by the next indicator query.
Migration monthlyIndicatorRollups()
{
    return sqlMigration(
        QStringLiteral("per-unit, per-month indicator rollups"),
        {
            QStringLiteral("DROP TABLE IF EXISTS indicator_day"),
            QStringLiteral("DROP TABLE IF EXISTS indicator_channel_day"),
            QStringLiteral("DELETE FROM indicator_rollup_state"),
            // grain as in v3. month: "yyyy-MM" (UTC+8) of finish_date for served and
            // evaluated_cases, of assess_time for the evaluation columns; unevaluated_due:
            // served cases without any non-withdrawn evaluation whose 7-day default
            // (finish + 7×24 h) is dated in the month, due or not yet.
            QStringLiteral(R"(CREATE TABLE indicator_month (
                grain INTEGER NOT NULL, unit_code TEXT NOT NULL, month TEXT NOT NULL,
                served INTEGER NOT NULL DEFAULT 0, evaluated_cases INTEGER NOT NULL DEFAULT 0,
                evaluations INTEGER NOT NULL DEFAULT 0, valid INTEGER NOT NULL DEFAULT 0,
                level1 INTEGER NOT NULL DEFAULT 0, level2 INTEGER NOT NULL DEFAULT 0,
                level3 INTEGER NOT NULL DEFAULT 0, level4 INTEGER NOT NULL DEFAULT 0,
                level5 INTEGER NOT NULL DEFAULT 0, unevaluated_due INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (grain, month, unit_code)) WITHOUT ROWID)"),
            QStringLiteral(R"(CREATE TABLE indicator_channel_month (
                grain INTEGER NOT NULL, unit_code TEXT NOT NULL, month TEXT NOT NULL,
                channel_code TEXT NOT NULL, evaluations INTEGER NOT NULL DEFAULT 0,
                valid INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (grain, month, unit_code, channel_code)) WITHOUT ROWID)"),
            QStringLiteral("DROP INDEX IF EXISTS evaluations_project"),
            QStringLiteral(
                "CREATE INDEX evaluations_project ON evaluations(project_no, withdrawn)"),
        });
}

// Version 5 (review integrity, issue 14): the staff member's optional mobile, protected
// like the evaluator's, and keyed hashes (PersonalDataCipher::keyedHash) of the numbers
// beside the encrypted columns, so the integrity rules test equality without
// decrypting. Rows synced before stay NULL until CacheWriter::backfillHashes or a resync.
Migration personalDataHashes()
{
    return sqlMigration(
        QStringLiteral("staff mobile and personal-data hashes"),
        {
            QStringLiteral("ALTER TABLE staff ADD COLUMN mobile_enc BLOB"),
            QStringLiteral("ALTER TABLE staff ADD COLUMN mobile_masked TEXT"),
            QStringLiteral("ALTER TABLE staff ADD COLUMN mobile_hash INTEGER"),
            QStringLiteral("ALTER TABLE evaluations ADD COLUMN mobile_hash INTEGER"),
            QStringLiteral("ALTER TABLE evaluations ADD COLUMN cert_hash INTEGER"),
            QStringLiteral("CREATE INDEX staff_mobile_hash ON staff(mobile_hash) "
                           "WHERE mobile_hash IS NOT NULL"),
        });
}

// Version 6 (rank-engine, issue 8): the bad-review handling figures per unit and month
// (IndicatorRollup.h), so a ranking no longer reads every handling record of its periods.
// Each figure sits under the month of the date its period test reads: verify_due and
// verified_by_deadline the verify deadline's, reform_due and rectified_by_deadline the
// effective deadline's, the rest the evaluation's assess month. Every write to bad_reviews
// (a sync page, a local action's answer stored by the outbox) marks them stale through
// the triggers, so the next indicator query rebuilds them (the old deadline's month is
// not known after an update: a whole rebuild is exact and reads ~2 % of the rows).
Migration handlingRollups()
{
    QStringList sql = {
        QStringLiteral(R"(CREATE TABLE indicator_handling_month (
            grain INTEGER NOT NULL, unit_code TEXT NOT NULL, month TEXT NOT NULL,
            verify_due INTEGER NOT NULL DEFAULT 0,
            verified_by_deadline INTEGER NOT NULL DEFAULT 0,
            reform_due INTEGER NOT NULL DEFAULT 0,
            rectified_by_deadline INTEGER NOT NULL DEFAULT 0,
            confirmed INTEGER NOT NULL DEFAULT 0, rectified INTEGER NOT NULL DEFAULT 0,
            followed_up INTEGER NOT NULL DEFAULT 0, follow_up_sum INTEGER NOT NULL DEFAULT 0,
            follow_up_count INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (grain, month, unit_code)) WITHOUT ROWID)"),
        // One row; stale = 1 until the next rollup refresh has rebuilt the table.
        QStringLiteral(R"(CREATE TABLE indicator_handling_state (
            id INTEGER PRIMARY KEY CHECK (id = 1), stale INTEGER NOT NULL))"),
        QStringLiteral("INSERT INTO indicator_handling_state (id, stale) VALUES (1, 1)"),
    };
    for (const char *event : {"INSERT", "UPDATE", "DELETE"}) {
        // "WHERE stale = 0": only the first write after a rebuild writes the flag.
        sql << QStringLiteral("CREATE TRIGGER bad_reviews_handling_%1 AFTER %2 ON bad_reviews "
                              "BEGIN UPDATE indicator_handling_state SET stale = 1 WHERE stale "
                              "= 0; END")
                   .arg(QString::fromLatin1(event).toLower(), QLatin1String(event));
    }
    return sqlMigration(QStringLiteral("per-unit, per-month bad-review handling rollups"), sql);
}

// Version 7 (review integrity, issue 14): the keyed hash of the number a follow-up visit
// reached (FollowUp::phone; the number itself is never stored), for the rule
// followUpStaffPhoneFlags. Records synced before stay NULL until a resync.
Migration followUpPhoneHash()
{
    return sqlMigration(
        QStringLiteral("follow-up phone hash"),
        {
            QStringLiteral("ALTER TABLE bad_reviews ADD COLUMN follow_up_phone_hash INTEGER"),
        });
}

// Version 8 (rank-engine, issue 8): the handling rollups refreshed per month. The triggers
// on bad_reviews record the months a write touches (of the OLD and the NEW row: the verify
// deadline's, the reform and delay deadlines', the evaluation's assess month) in
// indicator_handling_dirty instead of marking the whole table stale; `generation` grows on
// every touch, so a refresh clears only the marks it saw (a write during its build keeps
// its mark). refresh_count: bumped by every refresh that stores its results, so a refresh
// built from an older snapshot than one stored meanwhile is not stored (IndicatorRollup.h).
QString handlingDirtyTrigger(const char *event)
{
    QStringList rows;
    for (const char *row : {"new", "old"}) {
        if ((qstrcmp(event, "INSERT") == 0 && qstrcmp(row, "old") == 0) ||
            (qstrcmp(event, "DELETE") == 0 && qstrcmp(row, "new") == 0))
            continue;
        const QString r = QLatin1String(row);
        rows << QStringLiteral("SELECT substr(%1.verify_deadline, 1, 7) AS month UNION SELECT "
                               "substr(%1.reform_deadline, 1, 7) UNION SELECT "
                               "substr(%1.delay_deadline, 1, 7) UNION SELECT substr(assess_time, "
                               "1, 7) FROM evaluations WHERE eval_id = %1.eval_id")
                    .arg(r);
    }
    return QStringLiteral("CREATE TRIGGER bad_reviews_handling_%1 AFTER %2 ON bad_reviews BEGIN "
                          "INSERT INTO indicator_handling_dirty (month, generation) SELECT month, "
                          "1 FROM (%3) x WHERE month IS NOT NULL ON CONFLICT (month) DO UPDATE "
                          "SET generation = indicator_handling_dirty.generation + 1; END")
        .arg(QString::fromLatin1(event).toLower(), QLatin1String(event),
             rows.join(QStringLiteral(" UNION ")));
}

Migration handlingDirtyMonths()
{
    QStringList sql = {
        QStringLiteral("CREATE TABLE indicator_handling_dirty (month TEXT PRIMARY KEY NOT NULL, "
                       "generation INTEGER NOT NULL)"),
        QStringLiteral("ALTER TABLE indicator_handling_state ADD COLUMN refresh_count INTEGER "
                       "NOT NULL DEFAULT 0"),
        // One whole rebuild after the upgrade; the dirty months from then on.
        QStringLiteral("UPDATE indicator_handling_state SET stale = 1"),
    };
    for (const char *event : {"INSERT", "UPDATE", "DELETE"}) {
        sql << QStringLiteral("DROP TRIGGER IF EXISTS bad_reviews_handling_%1")
                   .arg(QString::fromLatin1(event).toLower())
            << handlingDirtyTrigger(event);
    }
    return sqlMigration(QStringLiteral("bad-review handling rollups refreshed per month"), sql);
}

// Version 9 (hardening, issue 12 item 10): one English name per concept, 整改 is
// "rectification" (DESIGN.md glossary), so the columns versions 1 and 6 named "reform" are
// renamed. SQLite (>= 3.25) rewrites what names them: the expression index
// bad_reviews_effective_deadline and the version 8 triggers. The handling rollup keeps
// its rows (only the name changes, so nothing to rebuild). The platform's JSON key stays
// "reformDeadline" (PLATFORM_API.md).
Migration rectificationColumnNames()
{
    return sqlMigration(
        QStringLiteral("columns named rectification"),
        {
            QStringLiteral("ALTER TABLE bad_reviews RENAME COLUMN reform_deadline TO "
                           "rectification_deadline"),
            QStringLiteral("ALTER TABLE indicator_handling_month RENAME COLUMN reform_due TO "
                           "rectification_due"),
        });
}

// Version 10 (bulletin7-first, issue 9): the evaluation rules' flags of a period kept in the
// file (IntegrityFlagStore.h), so a new process reads them instead of running the rules.
// Derived data like the rollups: a set is used only while the cache carries the marks it
// was computed under. No trigger and no index on the synced tables: a sync writes nothing
// more.
Migration storedIntegrityFlags()
{
    return sqlMigration(
        QStringLiteral("review-integrity flags kept per period"),
        {
            QStringLiteral("CREATE TABLE integrity_flag_set (id INTEGER PRIMARY KEY, "
                           "period_start TEXT NOT NULL, period_end TEXT NOT NULL, "
                           "repeat_min_cases INTEGER NOT NULL, burst_min_count INTEGER NOT NULL, "
                           "burst_minutes INTEGER NOT NULL, marks TEXT NOT NULL, "
                           "UNIQUE (period_start, period_end, repeat_min_cases, burst_min_count, "
                           "burst_minutes))"),
            QStringLiteral("CREATE TABLE integrity_flag (set_id INTEGER NOT NULL, rule INTEGER "
                           "NOT NULL, eval_id TEXT, unit_code TEXT, window_code TEXT)"),
            QStringLiteral("CREATE INDEX integrity_flag_set_id ON integrity_flag(set_id)"),
        });
}

} // namespace

QList<IndexDefinition> evaluationQueryIndexes()
{
    // Same definitions as created by migration 1 (which stays as written: history), but
    // evaluations_project as migration 4 redefined it.
    auto index = [](const char *name, const char *columns) {
        return IndexDefinition{QString::fromLatin1(name),
                               QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON evaluations(%2)")
                                   .arg(QLatin1String(name), QLatin1String(columns))};
    };
    return {index("evaluations_level_time", "level, assess_time"),
            index("evaluations_time", "assess_time"),
            index("evaluations_dept", "dept_code, assess_time"),
            index("evaluations_center", "center_code, assess_time"),
            // withdrawn too (v4): "has a non-withdrawn evaluation" answered from the index.
            index("evaluations_project", "project_no, withdrawn"),
            // Indicator rollups find the rows changed since their watermark (v3).
            index("evaluations_updated", "updated_at"),
            // The bad-review queue (BadReviewSql): level 1–2 rows only, covering every
            // column its filters and sorts read, so a queue over a large cache never
            // touches the wide evaluation rows except for the page shown.
            IndexDefinition{QStringLiteral("evaluations_queue"),
                            QStringLiteral("CREATE INDEX IF NOT EXISTS evaluations_queue ON "
                                           "evaluations(level, assess_time, withdrawn, valid, "
                                           "eval_id, dept_code, center_code, channel_code, "
                                           "task_code, window_code, staff_id) WHERE level <= 2")}};
}

SchemaDefinition cacheSchema()
{
    return {QStringLiteral("cache"),
            kCacheApplicationId,
            {syncedTables(), commentSearch(), indicatorRollups(), monthlyIndicatorRollups(),
             personalDataHashes(), handlingRollups(), followUpPhoneHash(), handlingDirtyMonths(),
             rectificationColumnNames(), storedIntegrityFlags()}};
}

} // namespace pingjia
