// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The bad-review work queue in SQL: every non-withdrawn level 1–2 evaluation of the
// cache, with its *effective* handling record — the pending overlay of the local-work
// file (ATTACHed read-only to the cache connection as `lw`) on top of the platform's
// record. Filtering, sorting, counting and paging all happen in SQLite, so a cache of
// 1,000,000 evaluations is never loaded into memory.
//
// A level 1–2 evaluation without a bad_reviews row (the handling list has not synced
// yet) still appears: its state is derived (invalid without text, else unverified) and
// its verify deadline is assessTime + policy.verifyHours.
//
// Use on one thread (the cache connection is that thread's).

#include "models/domain/Channel.h"
#include "models/domain/DeadlinePolicy.h"
#include "models/domain/HandlingRecord.h"
#include "models/domain/PlatformRecords.h"
#include "models/store/BadReviewFilter.h"
#include "models/store/LocalWorkStore.h"
#include "models/store/StoreResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <iterator>
#include <optional>

namespace pingjia {

class CacheDatabase;
class LocalWorkDatabase;

// One line of the queue.
struct BadReviewRow {
    QString evalId;
    int level = 0; // normalized 1..5 (1–2 here)
    bool valid = false;
    QDateTime assessTime;
    QString centerCode, centerName; // names empty while the org has not synced
    QString deptCode, deptName;
    QString windowCode, windowName;
    QString staffId, staffName;
    QString channelCode; // raw `pf`
    QString taskCode;
    QString commentExcerpt;                          // the first kExcerptLength characters
    HandlingState state = HandlingState::Unverified; // effective
    VerifyResult verifyResult = VerifyResult::None;
    QDateTime verifyDeadline;
    QDateTime rectificationDeadline;          // as computed at verification (or reopen)
    QDateTime delayDeadline;                  // approved delay
    QDateTime effectiveRectificationDeadline; // delayDeadline when set, else rectificationDeadline
    bool delayPending = false;
    bool deadlineEstimated = false;
    bool pendingUpload = false; // a local action not yet acknowledged by the platform
    bool derived = false;       // no handling record synced yet: state derived
    int version = 0;

    // The deadline that is running now: verify while unverified, rectification while
    // confirmed or rectifying; invalid otherwise.
    QDateTime runningDeadline() const;
    bool verifyOverdue(const QDateTime &now) const;
    bool rectificationOverdue(const QDateTime &now) const;
    bool overdue(const QDateTime &now) const
    {
        return verifyOverdue(now) || rectificationOverdue(now);
    }
};

// The sortable columns (SQL ORDER BY; ties broken by evaluation row id).
enum class BadReviewSort {
    Level,
    AssessTime,
    Center,
    Department,
    Window,
    Staff,
    Channel,
    Comment,
    State,
    VerifyDeadline,
    RectificationDeadline, // effective
    Urgency,               // running deadline, earliest first (none last)
};

// Every sort, in declaration order: for the tests and benches that try each one.
inline constexpr BadReviewSort kEveryBadReviewSort[] = {BadReviewSort::Level,
                                                        BadReviewSort::AssessTime,
                                                        BadReviewSort::Center,
                                                        BadReviewSort::Department,
                                                        BadReviewSort::Window,
                                                        BadReviewSort::Staff,
                                                        BadReviewSort::Channel,
                                                        BadReviewSort::Comment,
                                                        BadReviewSort::State,
                                                        BadReviewSort::VerifyDeadline,
                                                        BadReviewSort::RectificationDeadline,
                                                        BadReviewSort::Urgency};
static_assert(std::size(kEveryBadReviewSort) == std::size_t(BadReviewSort::Urgency) + 1,
              "a new BadReviewSort belongs in kEveryBadReviewSort");

// One entry of the history timeline: from the platform's record or the local outbox.
struct TimelineEntry {
    enum class Source { Platform, Local };
    Source source = Source::Platform;
    QString actionId;
    ActionType type = ActionType::Verify;
    QString actor;
    QDateTime at;
    QJsonObject payload;
    std::optional<OutboxStatus> uploadStatus; // Local only
    QString uploadError;                      // Local: conflict or refusal message
};

struct BadReviewDetail {
    BadReviewRow row;
    QString fullComment;
    QString evalDetail; // platform's detail codes ("510,517")
    int assessNumber = 1;
    std::optional<ServiceCase> serviceCase; // 办件, when synced
    std::optional<ServiceItem> serviceItem; // 事项, when synced
    std::optional<StaffMember> staff;
    QString evaluatorNameMasked;
    QString evaluatorMobileMasked;
    bool anonymous = false;
    bool revealable = false;       // encrypted personal data stored (reveal needs a reason)
    HandlingRecord record;         // effective (overlay, else platform, else derived)
    QList<TimelineEntry> timeline; // platform history + local actions, oldest first
};

class BadReviewQuery {
    Q_DECLARE_TR_FUNCTIONS(BadReviewQuery)
public:
    static constexpr int kExcerptLength = 60;

    // `localWork` may be null (no overlay: the platform's state only). The policy is the
    // stored platform's (platform_meta, newest) unless setPolicy() overrides it.
    BadReviewQuery(CacheDatabase &cache, LocalWorkDatabase *localWork);

    CacheDatabase &cache() { return m_cache; }
    LocalWorkDatabase *localWork() { return m_localWork; }
    const DeadlinePolicy &policy() const { return m_policy; }
    void setPolicy(const DeadlinePolicy &policy) { m_policy = policy; }
    // The newest stored platform's channel table (built-in gbt39046 when none).
    const ChannelTable &channels() const { return m_channels; }
    // Re-reads policy and channels from platform_meta (after a sync).
    StoreResult reloadMeta();

    qint64 count(const BadReviewFilter &filter, const QDateTime &now, StoreResult *error = nullptr);
    QList<BadReviewRow> page(const BadReviewFilter &filter, BadReviewSort sort, Qt::SortOrder order,
                             qint64 offset, int limit, const QDateTime &now,
                             StoreResult *error = nullptr);
    // Every matching row's evalId in the given order (bulk selection, drill-downs).
    QStringList evalIds(const BadReviewFilter &filter, BadReviewSort sort, Qt::SortOrder order,
                        const QDateTime &now, StoreResult *error = nullptr);
    // The rows of these evaluations, in the order given (those no longer in the queue
    // left out): a page of an evalIds() list.
    QList<BadReviewRow> rows(const QStringList &evalIds, const QDateTime &now,
                             StoreResult *error = nullptr);
    std::optional<BadReviewRow> row(const QString &evalId, const QDateTime &now,
                                    StoreResult *error = nullptr);
    // nullopt when the evaluation is unknown, withdrawn or not a bad review.
    std::optional<BadReviewDetail> detail(const QString &evalId, StoreResult *error = nullptr);

private:
    friend class RectificationStats;
    friend class BadReviewIndex;
    StoreResult ensureAttached();

    CacheDatabase &m_cache;
    LocalWorkDatabase *m_localWork;
    DeadlinePolicy m_policy;
    ChannelTable m_channels;
};

// The policy of the newest stored platform (defaults when none or unreadable).
DeadlinePolicy storedDeadlinePolicy(CacheDatabase &cache, StoreResult *error = nullptr);

} // namespace pingjia
