// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Tamper evidence for the audit log and the reveal log (regulation 000 art.5: who did
// what, who saw whose data). Every row carries a seal: a hash over the row and the seal
// of the row before it, so a row changed, deleted or slipped in breaks the chain at that
// row. Each log also has a head (table audit_chain) sealed over its last row, which
// catches rows cut off or added at the end.
//
// Keyed ("h1:"): HMAC-SHA-256 with the profile's audit key from the keychain
// (AuditKey.h); nobody without the key can forge a seal. Unkeyed ("s1:"): plain
// SHA-256, written when no keychain answers and for rows that existed before the chain
// (migration): it catches an edit made with the sqlite3 shell, but someone who knows
// this scheme could recompute it. Once a log holds a keyed row, an unkeyed row after it
// counts as broken (a downgrade), and with the key present the head must be keyed.

#include "models/store/StoreResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace pingjia {

class Connection;

enum class AuditLogTable { Audit, Reveal };

// The first broken row of one log, as `pingjia audit verify` and the window name it.
struct AuditBreak {
    AuditLogTable table = AuditLogTable::Audit;
    qint64 rowId = 0; // 0: the log's head, not a row
    QDateTime at;     // the row's time when it has one
    QString problem;  // translated
};

struct AuditVerdict {
    StoreResult status;       // reading failed: nothing could be checked
    QList<AuditBreak> breaks; // at most one per log, audit log first
    qint64 rowsChecked = 0;
    bool keyed = false; // checked with the keychain key

    bool intact() const { return status.ok() && breaks.isEmpty(); }
};

class AuditChain {
    Q_DECLARE_TR_FUNCTIONS(AuditChain)
public:
    static QString tableName(AuditLogTable table); // "audit_log", "reveal_log"
    // The log's name for messages ("audit log", "reveal log"), translated.
    static QString displayName(AuditLogTable table);
    // "The audit log is broken at row 7 (written …): its content … was changed …."
    static QString describe(const AuditBreak &broken);

    // Seals row `id` just inserted into `table`, and the head after it. Call inside the
    // inserting transaction, after the INSERT (so the write lock is held and two
    // writers cannot chain onto the same row). `key` empty: unkeyed.
    static StoreResult seal(Connection &c, AuditLogTable table, qint64 id, const QByteArray &key);

    // Migration: seals every existing row of both logs in order, unkeyed, and the heads.
    static StoreResult sealExisting(Connection &c);
    // Seals both heads with `key` (a newly created key). Call inside a transaction.
    static StoreResult sealHeads(Connection &c, const QByteArray &key);
    // Whether any head is sealed with a key.
    static bool headsKeyed(Connection &c, StoreResult *error = nullptr);

    // Walks both logs. `key` empty: no key is known, so keyed seals cannot be checked
    // (reported as such, never as intact).
    static AuditVerdict verify(Connection &c, const QByteArray &key);
};

} // namespace pingjia
