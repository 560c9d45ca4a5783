// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The rectification tracker (整改跟踪): per department or center, how many bad reviews
// are open, in rectification, overdue, delayed, rectified and followed up; how old the
// open ones are; the common problems (共性问题) per month by service item and by
// category; and whether "双归零" (003 art.35(4)) is reached. Every number carries the
// BadReviewFilter that lists exactly its rows in the queue. All counted in SQL over the
// effective state (BadReviewQuery), except categories, which run the keyword rules over
// the comments of the months asked for.

#include "models/domain/CommonProblemCategory.h"
#include "models/store/BadReviewFilter.h"
#include "models/store/StoreResult.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace pingjia {

class BadReviewQuery;

enum class StatsUnit { Department, Center };

// The columns of the tracker. Definitions (effective states):
enum class ProgressMeasure {
    Open,       // unverified, invalid_requested, confirmed, rectifying, rectified
    InProgress, // rectifying
    Overdue,    // running deadline passed (verify or rectification)
    Delayed,    // confirmed/rectifying with a delay approved or pending
    Done,       // rectified or closed (the rectification is finished)
    FollowedUp, // closed (回访 done)
};
inline constexpr ProgressMeasure kAllProgressMeasures[] = {
    ProgressMeasure::Open,    ProgressMeasure::InProgress, ProgressMeasure::Overdue,
    ProgressMeasure::Delayed, ProgressMeasure::Done,       ProgressMeasure::FollowedUp};
QString progressMeasureName(ProgressMeasure measure); // translated

struct UnitProgress {
    QString unitCode;
    QString unitName;                      // empty while the org has not synced
    qint64 counts[6] = {0, 0, 0, 0, 0, 0}; // indexed by ProgressMeasure
    BadReviewFilter scope;                 // the caller's scope restricted to this unit

    qint64 count(ProgressMeasure m) const { return counts[int(m)]; }
    // The queue filter listing exactly the rows behind count(m).
    BadReviewFilter filterFor(ProgressMeasure m) const;
};

// Open items by days since assessTime (UTC+8 calendar days, today = 0).
struct AgeingBucket {
    int minDays = 0;
    int maxDays = -1; // inclusive; -1 = no upper bound
    qint64 count = 0;
    BadReviewFilter filter; // lists the bucket's rows
    QString label() const;  // translated ("≤ 1 day", "2–3 days", …, "> 15 days")
};

// Counts of one group (service item or category) in one month ("yyyy-MM").
struct ProblemCount {
    QString key;  // taskCode, or problemCategoryKey()
    QString name; // task name / translated category name (taskCode while unsynced)
    QString month;
    qint64 count = 0;
    QStringList evalIds; // the rows behind the number (BadReviewFilter::evalIds)
};

// 双归零 of one unit and month: open cases at zero and no recurring common problem.
struct DoubleZeroStatus {
    QString unitCode;
    QString unitName;
    QString month;
    qint64 openCases = 0;         // bad reviews assessed up to the month's end, still open
    qint64 recurringProblems = 0; // groups with ≥ kRecurringThreshold adopted bad reviews
    bool reached() const { return openCases == 0 && recurringProblems == 0; }
};

class RectificationStats {
    Q_DECLARE_TR_FUNCTIONS(RectificationStats)
public:
    // A common problem "recurs" when at least this many adopted (not invalid, not
    // not_adopted) bad reviews of one unit share a service item or a category other
    // than Other within one month.
    static constexpr int kRecurringThreshold = 2;

    explicit RectificationStats(BadReviewQuery &query);
    // `scope` restricted to the open states (isOpenState): every open bad review in it.
    static BadReviewFilter openFilter(const BadReviewFilter &scope);
    BadReviewQuery &query() { return m_query; }

    // One row per unit with any bad review in `scope`, ordered by unit code.
    QList<UnitProgress> progress(StatsUnit unit, const BadReviewFilter &scope, const QDateTime &now,
                                 StoreResult *error = nullptr);
    // Buckets ≤1, 2–3, 4–7, 8–15, >15 days for the open items in `scope`.
    QList<AgeingBucket> ageing(const BadReviewFilter &scope, const QDateTime &now,
                               StoreResult *error = nullptr);

    // Valid bad reviews assessed in [firstMonth, lastMonth] (any day of those months).
    QList<ProblemCount> problemsByItem(const BadReviewFilter &scope, QDate firstMonth,
                                       QDate lastMonth, StoreResult *error = nullptr);
    QList<ProblemCount> problemsByCategory(const BadReviewFilter &scope,
                                           const CommonProblemRules &rules, QDate firstMonth,
                                           QDate lastMonth, StoreResult *error = nullptr);

    // One entry per unit with any bad review in `scope` up to the end of `month`.
    QList<DoubleZeroStatus> doubleZero(StatsUnit unit, const BadReviewFilter &scope, QDate month,
                                       const CommonProblemRules &rules, const QDateTime &now,
                                       StoreResult *error = nullptr);

private:
    BadReviewQuery &m_query;
};

} // namespace pingjia
