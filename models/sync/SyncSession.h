// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One platform account's sync, as blocking calls on the calling thread (SyncEngine runs
// it on its own thread for the UI; the CLI, tests and benchmarks may call it directly
// from a thread with a QCoreApplication).
//
// sync() = push the outbox, read /api/v1/meta, pull orgs, staff, items, cases,
// evaluations and bad reviews from their stored cursors, push again (actions recorded
// meanwhile), remember the time. Each page and its cursor are committed together, so a
// stop at any point — error, cancel, crash, kill -9 — keeps every committed page and the
// next sync goes on from there. A stored cursor the platform no longer knows
// (400 invalid_cursor) is dropped and that list is pulled again from the start.

#include "models/domain/EvaluationLevel.h"
#include "models/secrets/SecretStore.h"
#include "models/store/CacheWriter.h"
#include "models/sync/PlatformAccount.h"
#include "models/sync/PlatformClient.h"
#include "models/sync/PlatformProfile.h"
#include "models/sync/ResumeIndexes.h"
#include "models/sync/SyncEstimate.h"
#include "models/sync/SyncTypes.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace pingjia {

class CacheDatabase;
class LocalWorkDatabase;
class PersonalDataCipher;
class PageParser;
class PageWriter;

struct SyncOptions {
    ClientOptions client;
    int pageLimit = 2000;  // 1..5000 (PLATFORM_API.md)
    int pipelineDepth = 3; // parsed pages waiting for the writer
    // During a first pull, the WAL is checkpointed every this many database pages
    // (CacheWriter::BulkLoad); it bounds the WAL a kill leaves behind.
    int bulkLoadWalPages = CacheWriter::BulkLoad::kDefaultWalCheckpointPages;
    // The rest of a stopped first pull: a bulk load or live indexes (ResumeIndexes.h).
    ResumeIndexes resumeIndexes = ResumeIndexes::Auto;
    std::optional<CodeSet> codesOverride; // for a platform whose meta lies about its codes
    bool pushBeforePull = true;
    bool pushAfterPull = true;
};

class SyncSession {
    Q_DECLARE_TR_FUNCTIONS(SyncSession)
public:
    // Every reference must outlive the session. `cipher` may be null (no keychain):
    // evaluations are then cached with masked personal data only.
    // `cancel` lets another thread stop the running call (SyncEngine shares one flag with
    // every session it makes); without it the session has its own (see cancel()).
    SyncSession(PlatformAccount account, CacheDatabase &cache, LocalWorkDatabase &localWork,
                SecretStore &secrets, PersonalDataCipher *cipher, SyncOptions options = {},
                std::shared_ptr<std::atomic_bool> cancel = {});
    ~SyncSession();
    SyncSession(const SyncSession &) = delete;
    SyncSession &operator=(const SyncSession &) = delete;

    const PlatformAccount &account() const { return m_account; }

    // Reads and stores the platform's meta, signs in with the password grant and keeps
    // the password and refresh token in the keychain (only there).
    SyncError signIn(const QString &password);
    SyncError signOut();
    SyncResult sync();
    PushResult push();
    // One GET /api/v1/meta without retries: is the platform reachable?
    bool probe();

    // Thread-safe; the running call stops after the page being stored.
    void cancel() { *m_cancel = true; }
    void resetCancel() { *m_cancel = false; }

    // Called on the session's thread after every page and at the end.
    void setProgressObserver(std::function<void(const SyncProgress &)> observer);
    // Called on the session's thread when the platform becomes reachable or not.
    void setOnlineObserver(std::function<void(bool)> observer);

    bool isOnline() const;
    // Invalid when this account never completed a sync.
    QDateTime lastSyncTime() const;
    PlatformClient &client() { return *m_client; }

private:
    SyncError loadProfile(std::optional<PlatformProfile> *profile);
    SyncError pullList(CacheList list, PageParser &parser, PageWriter &writer, SyncResult &result,
                       const QDateTime &platformNow);
    void report(SyncResult &result, PageWriter *writer, CacheList current, double fraction);
    // What each list should bring, from the cache and the stored cursors (SyncEstimate).
    SyncEstimate::Expected expectedRecords() const;
    // How this sync stores: an incremental sync or a re-pull as usual; a first pull as a
    // bulk load (CacheWriter::BulkLoad); the rest of a stopped one as a bulk load with
    // its indexes dropped or live (ResumeIndexes.h).
    enum class Storing { Usual, BulkDroppingIndexes, BulkLiveIndexes };
    Storing storingFor(const QDateTime &platformNow);

    PlatformAccount m_account;
    CacheDatabase &m_cache;
    LocalWorkDatabase &m_localWork;
    PersonalDataCipher *m_cipher;
    SyncOptions m_options;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::unique_ptr<PlatformClient> m_client;
    std::function<void(const SyncProgress &)> m_progressObserver;
    QElapsedTimer m_clock;
    SyncEstimate::Expected m_expected{};
    struct Timing {
        qint64 fetchMs = 0;         // requests, retries and parsing
        qint64 waitForWriterMs = 0; // the writer's queue was full
    } m_timing;
};

} // namespace pingjia
