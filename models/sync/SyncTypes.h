// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Values the sync layer hands to its callers (UI, CLI, tests): what went wrong, what was
// skipped, how far a sync has come, and what it did in the end.

#include "models/store/CacheTypes.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <array>

namespace pingjia {

inline constexpr std::array<CacheList, 6> kSyncedLists = {
    CacheList::Orgs,  CacheList::Staff,       CacheList::Items,
    CacheList::Cases, CacheList::Evaluations, CacheList::BadReviews};

// What kind of failure stopped an operation; callers branch on it (ask for a password on
// Credentials, offer a CA file on Tls, go offline on Network).
enum class SyncErrorKind {
    None,
    Network,     // no HTTP answer at all after every retry: offline, refused, timeouts, resets
    Busy,        // the platform answered, but with 5xx, 429 or unusable bodies after every retry
    Credentials, // the platform refused the token, the refresh token and the password
    Keychain,    // no keychain to read or keep the password and refresh token
    Tls,         // the certificate is not trusted, or the handshake failed
    Platform,    // the platform answered with a request error we cannot retry
    Store,       // the cache or the local-work file refused a write
    NotSignedIn, // no platform and user configured yet
    Cancelled,   // the user asked to stop; what was committed stays
};
// "network", "credentials", … for logs and JSON (not named toString: QTest finds that by ADL).
QString syncErrorKindName(SyncErrorKind kind);

struct SyncError {
    SyncErrorKind kind = SyncErrorKind::None;
    QString message; // translated, says what to do next
    int httpStatus = 0;
    QString platformCode; // the platform's error.code, when it sent one

    bool ok() const { return kind == SyncErrorKind::None; }
    static SyncError none() { return {}; }
};

// A record left out of the cache (or kept in a changed form) and why. `id` is the
// record's id when it had a readable one, else "#<position in page>".
struct SkippedRecord {
    enum class Action { Skipped, Truncated, Kept };
    CacheList list = CacheList::Evaluations;
    QString id;
    QString reason; // translated
    Action action = Action::Skipped;
};

struct ListProgress {
    qint64 fetched = 0;  // records received and committed in this run
    qint64 skipped = 0;  // records left out (see SkippedRecord)
    qint64 pages = 0;    // pages committed
    double fraction = 0; // 0..1, estimated (see SyncEstimate.h); 1 when done
    bool done = false;
    bool restarted = false; // the platform forgot our cursor: pulled again from the start
    // Records received in this run and handed to the writer. `fetched` trails it while the
    // writer thread is behind (a small list is received in full before it is committed).
    qint64 received = 0;
};

struct SyncProgress {
    std::array<ListProgress, kSyncedLists.size()> lists{};
    CacheList current = CacheList::Orgs;
    double recordsPerSecond = 0;
    qint64 etaSeconds = -1; // -1 while unknown
    qint64 elapsedMs = 0;

    const ListProgress &of(CacheList list) const { return lists[std::size_t(list)]; }
    ListProgress &of(CacheList list) { return lists[std::size_t(list)]; }
    qint64 totalFetched() const;
    qint64 totalReceived() const;
};

struct PushResult {
    int acked = 0;
    int conflicts = 0;
    int refused = 0;
    int remaining = 0; // still pending (offline, or the push stopped)
    SyncError error;
};

struct SyncResult {
    SyncError error;
    SyncProgress progress;
    QList<SkippedRecord> skipped; // the first kMaxReportedSkips; counts are in progress
    PushResult push;
    QDateTime finishedAt; // set when the sync completed (the last-sync time)

    static constexpr int kMaxReportedSkips = 1000;
    bool ok() const { return error.ok(); }
};

} // namespace pingjia

Q_DECLARE_METATYPE(pingjia::SyncProgress)
Q_DECLARE_METATYPE(pingjia::SyncResult)
Q_DECLARE_METATYPE(pingjia::PushResult)
Q_DECLARE_METATYPE(pingjia::SyncError)
