// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/LocalWorkSchema.h"

#include "models/store/AuditChain.h"

namespace pingjia {

namespace {

// Version 1: the outbox of handling actions, the audit log, the pending overlay and
// the settings that must survive a cache rebuild.
Migration outboxAndAudit()
{
    return sqlMigration(QStringLiteral("outbox, audit log, pending overlay, settings"),
                        {
                            QStringLiteral(R"(CREATE TABLE outbox (
                seq INTEGER PRIMARY KEY AUTOINCREMENT, action_id TEXT NOT NULL UNIQUE,
                eval_id TEXT NOT NULL, type TEXT NOT NULL, base_version INTEGER NOT NULL,
                at TEXT NOT NULL, actor TEXT NOT NULL, payload TEXT NOT NULL,
                result_record TEXT NOT NULL,
                status TEXT NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending','sent','acked','conflict','refused')),
                error TEXT, reply TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL))"),
                            QStringLiteral("CREATE INDEX outbox_status ON outbox(status, seq)"),
                            QStringLiteral("CREATE INDEX outbox_eval ON outbox(eval_id, seq)"),
                            QStringLiteral(R"(CREATE TABLE audit_log (
                id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, actor TEXT NOT NULL,
                event TEXT NOT NULL, eval_id TEXT, action_id TEXT, detail TEXT))"),
                            QStringLiteral("CREATE INDEX audit_log_eval ON audit_log(eval_id, id)"),
                            QStringLiteral(R"(CREATE TABLE pending_overlay (
                eval_id TEXT PRIMARY KEY NOT NULL, record TEXT NOT NULL, state TEXT NOT NULL,
                last_seq INTEGER NOT NULL, updated_at TEXT NOT NULL))"),
                            QStringLiteral(R"(CREATE TABLE settings (
                key TEXT PRIMARY KEY NOT NULL, value TEXT, updated_at TEXT NOT NULL))"),
                        });
}

// Version 2: conflicts with both versions, and the log of personal-data reveals
// (regulation 000 art.5: who saw an evaluator's data, when, and why).
Migration conflictsAndReveals()
{
    return sqlMigration(
        QStringLiteral("conflicts and personal-data reveal log"),
        {
            QStringLiteral(R"(CREATE TABLE conflicts (
                id INTEGER PRIMARY KEY AUTOINCREMENT, seq INTEGER NOT NULL,
                action_id TEXT NOT NULL, eval_id TEXT NOT NULL, local_record TEXT NOT NULL,
                platform_record TEXT, message TEXT, at TEXT NOT NULL,
                resolved INTEGER NOT NULL DEFAULT 0, resolution TEXT))"),
            QStringLiteral("CREATE INDEX conflicts_open ON conflicts(resolved, id)"),
            QStringLiteral(R"(CREATE TABLE reveal_log (
                id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, actor TEXT NOT NULL,
                eval_id TEXT NOT NULL, fields TEXT NOT NULL, reason TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX reveal_log_eval ON reveal_log(eval_id, id)"),
        });
}

// Version 3 (bulletin-data): the archive of issued bulletins (BulletinArchive.h). The
// number is kept whole as printed and split for the next-number proposal.
Migration bulletinArchive()
{
    return sqlMigration(
        QStringLiteral("archive of issued bulletins"),
        {
            QStringLiteral(R"(CREATE TABLE bulletin_archive (
                id INTEGER PRIMARY KEY AUTOINCREMENT, number TEXT NOT NULL,
                number_prefix TEXT NOT NULL DEFAULT '', number_year INTEGER NOT NULL,
                number_sequence INTEGER NOT NULL, month TEXT NOT NULL,
                scope TEXT NOT NULL DEFAULT '',
                version TEXT NOT NULL CHECK (version IN ('internal', 'public')),
                format TEXT NOT NULL, file_path TEXT NOT NULL, sha256 TEXT NOT NULL,
                issued_by TEXT NOT NULL, issued_at TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX bulletin_archive_month ON bulletin_archive(month, scope)"),
            QStringLiteral("CREATE INDEX bulletin_archive_number ON "
                           "bulletin_archive(number_year, number_sequence)"),
        });
}

// Version 4 (hardening): the audit and reveal logs become tamper-evident (AuditChain.h).
// Rows written before this version are sealed here, unkeyed: the migration runs before
// any keychain is asked; the first keyed row later covers them too.
Migration auditChain()
{
    const Migration columns =
        sqlMigration(QStringLiteral("audit chain columns"),
                     {
                         QStringLiteral("ALTER TABLE audit_log ADD COLUMN chain_seal TEXT"),
                         QStringLiteral("ALTER TABLE reveal_log ADD COLUMN chain_seal TEXT"),
                         QStringLiteral(R"(CREATE TABLE audit_chain (
                name TEXT PRIMARY KEY NOT NULL, last_id INTEGER NOT NULL,
                last_seal TEXT NOT NULL, seal TEXT NOT NULL))"),
                     });
    return {QStringLiteral("tamper-evident audit and reveal logs"), [columns](Connection &c) {
                StoreResult r = columns.apply(c);
                return r.ok() ? AuditChain::sealExisting(c) : r;
            }};
}

// Version 5 (review integrity, issue 14): the user's verdict on each flagged item
// (IntegrityVerdicts.h). An item is a rule and an evaluation or a unit, in one month.
Migration integrityVerdicts()
{
    return sqlMigration(QStringLiteral("review-integrity verdicts"),
                        {
                            QStringLiteral(R"(CREATE TABLE integrity_verdicts (
                rule TEXT NOT NULL, item_key TEXT NOT NULL, month TEXT NOT NULL,
                verdict TEXT NOT NULL CHECK (verdict IN ('cleared', 'confirmed')),
                note TEXT NOT NULL DEFAULT '', actor TEXT NOT NULL, at TEXT NOT NULL,
                PRIMARY KEY (rule, item_key, month)) WITHOUT ROWID)"),
                        });
}

} // namespace

SchemaDefinition localWorkSchema()
{
    return {QStringLiteral("local-work"),
            kLocalWorkApplicationId,
            {outboxAndAudit(), conflictsAndReveals(), bulletinArchive(), auditChain(),
             integrityVerdicts()}};
}

} // namespace pingjia
