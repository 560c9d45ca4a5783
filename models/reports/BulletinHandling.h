// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The figures of 三、差评处置情况 and 五、共性问题与"双归零": what became of the month's bad
// reviews as of `now` (the effective state of BadReviewQuery: platform record with the
// user's unsent actions on top), per outcome and per responsible department, and the
// month's common problems and double-zero status (RectificationStats). Counting only:
// the rules (overdue, open, recurring) are the store's and the domain's.

#include "models/store/RectificationStats.h"
#include "models/store/StoreResult.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace pingjia {

class BadReviewQuery;

// Bad reviews (level 1–2, not withdrawn) assessed in the month, by what verification
// found (000 art.7): 属实 / 误评 / 恶意 / 待核实, and the invalid ones (no text).
struct BulletinOutcomes {
    qint64 total = 0;     // every level 1–2 evaluation of the month
    qint64 invalid = 0;   // 无效 (no text, 000 art.6): no handling
    qint64 confirmed = 0; // 属实 (incl. reopened)
    qint64 mistaken = 0;  // 误评, not adopted
    qint64 malicious = 0; // 恶意, not adopted
    qint64 pending = 0;   // 待核实: unverified, or an invalid request awaiting approval
};

// One responsible department's handling of the month's bad reviews.
struct BulletinDepartmentHandling {
    QString deptCode;
    QString deptName; // the code while the org has not synced
    qint64 badReviews = 0;
    qint64 confirmed = 0;
    qint64 rectified = 0;  // rectified or closed
    qint64 followedUp = 0; // closed
    qint64 overdue = 0;    // running deadline passed at `now`
    qint64 delaysGranted = 0;
    qint64 delaysPending = 0;
};

struct BulletinHandlingFacts {
    BulletinOutcomes outcomes;
    qint64 rectified = 0;
    qint64 followedUp = 0;
    qint64 inRectification = 0; // confirmed or rectifying
    qint64 overdue = 0;
    qint64 delaysGranted = 0;
    qint64 delaysPending = 0;
    QList<BulletinDepartmentHandling> departments; // by bad reviews, most first
    QDateTime asOf;
};

struct BulletinProblemFacts {
    QList<ProblemCount> byCategory;     // the month's, most first (Other last)
    QList<ProblemCount> byItem;         // service items with ≥ 2, most first
    QList<DoubleZeroStatus> doubleZero; // departments, not reached first
    qint64 unitsReached = 0;
    qint64 unitsNotReached = 0;
};

// `scope`: the centers or departments of the bulletin (an empty filter: the whole
// cache). `month`: any day of the month.
BulletinHandlingFacts bulletinHandlingFacts(BadReviewQuery &query, const BadReviewFilter &scope,
                                            QDate month, const QDateTime &now,
                                            StoreResult *error = nullptr);

BulletinProblemFacts bulletinProblemFacts(BadReviewQuery &query, const CommonProblemRules &rules,
                                          const BadReviewFilter &scope, QDate month,
                                          const QDateTime &now, StoreResult *error = nullptr);

// `scope` restricted to the bad reviews assessed in the month.
BadReviewFilter bulletinMonthFilter(const BadReviewFilter &scope, QDate month);

} // namespace pingjia
