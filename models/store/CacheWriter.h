// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes synced platform records into the cache. Upserts by id, so a record served
// twice (the API may repeat) is stored once; a withdrawn record overwrites the row and
// stays as a tombstone. Personal data is encrypted through PersonalDataCipher and kept
// masked for display; plaintext never reaches the file.
//
// The sync engine writes each page and its cursor in one transaction, so a crash leaves
// either both or neither:
//
//     CacheWriter::Page page(writer);
//     if (auto r = writer.upsertEvaluations(items); !r.ok()) return r;   // rolls back
//     if (auto r = writer.saveCursor(key, next); !r.ok()) return r;
//     return page.commit();
//
// or simply writer.writePage(items, key, next). Use a writer on one thread (its
// connection is that thread's).

#include "models/domain/HandlingRecord.h"
#include "models/domain/PlatformRecords.h"
#include "models/store/CacheTypes.h"
#include "models/store/StoreResult.h"
#include "models/store/Transaction.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <memory>

namespace pingjia {

class CacheDatabase;
class PersonalDataCipher;
struct IndexDefinition;

class CacheWriter {
    Q_DECLARE_TR_FUNCTIONS(CacheWriter)
public:
    // Without a cipher (no keychain on this machine) evaluations are stored with their
    // masked personal data only; the encrypted columns stay NULL.
    CacheWriter(CacheDatabase &cache, PersonalDataCipher *cipher);

    // One transaction for everything written while it lives; rolls back unless committed.
    class Page {
    public:
        explicit Page(CacheWriter &writer);
        const StoreResult &status() const { return m_transaction.status(); }
        StoreResult commit() { return m_transaction.commit(); }

    private:
        Transaction m_transaction;
    };

    // For a first full pull of evaluations (no cursor yet): drops the secondary indexes
    // of evaluations while it lives and builds them once at the end, which is several
    // times faster than maintaining them row by row. Create it outside any Page; pages
    // still commit one by one. Queries by level, time or unit are slow meanwhile.
    //
    // The WAL meanwhile is checkpointed every `walCheckpointPages` database pages
    // (SQLite's default, 1000 pages = 4 MB, puts an fsync into every few page commits; a
    // first pull without checkpoints left a 1 GB WAL when killed). The WAL so stays below
    // walCheckpointPages + the largest page transaction's pages; finish() checkpoints and
    // truncates it and puts SQLite's default back.
    //
    // With `indexes` Keep (the rest of a stopped first pull with much stored already,
    // ResumeIndexes.h) the indexes stay live and only the WAL is handled so.
    class BulkLoad {
    public:
        static constexpr int kDefaultWalCheckpointPages = 16384; // 64 MB of 4 KB pages
        enum class Indexes { Drop, Keep };
        explicit BulkLoad(CacheWriter &writer, int walCheckpointPages = kDefaultWalCheckpointPages,
                          Indexes indexes = Indexes::Drop);
        ~BulkLoad();
        BulkLoad(const BulkLoad &) = delete;
        BulkLoad &operator=(const BulkLoad &) = delete;
        const StoreResult &status() const { return m_status; }
        // Builds the indexes again (also done by the destructor, and by the next open
        // after a crash), then checkpoints the WAL.
        StoreResult finish();

    private:
        StoreResult dropIndexes();
        StoreResult buildIndexes();
        StoreResult forEachIndex(const std::function<QString(const IndexDefinition &)> &sqlFor);
        void checkpoint();

        CacheWriter &m_writer;
        StoreResult m_status;
        bool m_active = false; // the indexes are dropped
        bool m_finished = false;
    };

    // Each runs in its own transaction, or inside the Page that is open.
    StoreResult upsertOrgs(const QList<OrgUnit> &records);
    StoreResult upsertStaff(const QList<StaffMember> &records);
    StoreResult upsertItems(const QList<ServiceItem> &records);
    StoreResult upsertCases(const QList<ServiceCase> &records);
    StoreResult upsertEvaluations(const QList<Evaluation> &records);
    StoreResult upsertBadReviews(const QList<HandlingRecord> &records);

    StoreResult saveCursor(const CursorKey &key, const QString &cursor);
    // After `invalid_cursor`: the list is pulled again from the start.
    StoreResult clearCursor(const CursorKey &key);
    StoreResult saveMeta(const PlatformMeta &meta);
    StoreResult markSynced(const QString &platformUrl, const QString &user, const QDateTime &at);

    // A page and its cursor in one transaction.
    template <typename Record>
    StoreResult writePage(const QList<Record> &records, const CursorKey &key, const QString &cursor)
    {
        Page page(*this);
        if (!page.status().ok())
            return page.status();
        StoreResult r = upsert(records);
        if (r.ok())
            r = saveCursor(key, cursor);
        return r.ok() ? page.commit() : r;
    }

    StoreResult upsert(const QList<OrgUnit> &r) { return upsertOrgs(r); }
    StoreResult upsert(const QList<StaffMember> &r) { return upsertStaff(r); }
    StoreResult upsert(const QList<ServiceItem> &r) { return upsertItems(r); }
    StoreResult upsert(const QList<ServiceCase> &r) { return upsertCases(r); }
    StoreResult upsert(const QList<Evaluation> &r) { return upsertEvaluations(r); }
    StoreResult upsert(const QList<HandlingRecord> &r) { return upsertBadReviews(r); }

private:
    CacheDatabase &m_cache;
    PersonalDataCipher *m_cipher;
};

} // namespace pingjia
