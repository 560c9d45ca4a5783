// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reports/BulletinHandling.h"

#include "models/store/BadReviewQuery.h"

#include <QHash>

#include <algorithm>

namespace pingjia {

namespace {

constexpr int kChunk = 2000;

void countOutcome(BulletinOutcomes &o, const BadReviewRow &r)
{
    ++o.total;
    if (r.state == HandlingState::Invalid) {
        ++o.invalid;
        return;
    }
    if (r.state == HandlingState::Unverified || r.state == HandlingState::InvalidRequested) {
        ++o.pending;
        return;
    }
    switch (r.verifyResult) {
    case VerifyResult::Mistaken:
        ++o.mistaken;
        break;
    case VerifyResult::Malicious:
        ++o.malicious;
        break;
    case VerifyResult::Confirmed:
    case VerifyResult::None: // confirmed states always carry "confirmed"
        ++o.confirmed;
        break;
    }
}

void countHandling(BulletinDepartmentHandling &d, const BadReviewRow &r, const QDateTime &now)
{
    ++d.badReviews;
    if (r.verifyResult == VerifyResult::Confirmed && r.state != HandlingState::NotAdopted)
        ++d.confirmed;
    if (r.state == HandlingState::Rectified || r.state == HandlingState::Closed)
        ++d.rectified;
    if (r.state == HandlingState::Closed)
        ++d.followedUp;
    if (r.overdue(now))
        ++d.overdue;
    if (r.delayDeadline.isValid())
        ++d.delaysGranted;
    if (r.delayPending)
        ++d.delaysPending;
}

} // namespace

BadReviewFilter bulletinMonthFilter(const BadReviewFilter &scope, QDate month)
{
    BadReviewFilter f = scope;
    f.from = QDate(month.year(), month.month(), 1);
    f.to = f.from.addMonths(1).addDays(-1);
    return f;
}

BulletinHandlingFacts bulletinHandlingFacts(BadReviewQuery &query, const BadReviewFilter &scope,
                                            QDate month, const QDateTime &now, StoreResult *error)
{
    setError(error, {});
    BulletinHandlingFacts facts;
    facts.asOf = now;
    const BadReviewFilter filter = bulletinMonthFilter(scope, month);
    QHash<QString, BulletinDepartmentHandling> departments;
    for (qint64 offset = 0;; offset += kChunk) {
        StoreResult r;
        const QList<BadReviewRow> rows = query.page(filter, BadReviewSort::AssessTime,
                                                    Qt::AscendingOrder, offset, kChunk, now, &r);
        if (!r.ok()) {
            setError(error, r);
            return {};
        }
        for (const BadReviewRow &row : rows) {
            countOutcome(facts.outcomes, row);
            if (row.state == HandlingState::Invalid)
                continue; // no handling, no responsible department to name
            BulletinDepartmentHandling &d = departments[row.deptCode];
            d.deptCode = row.deptCode;
            d.deptName = row.deptName.isEmpty() ? row.deptCode : row.deptName;
            countHandling(d, row, now);
            if (row.state == HandlingState::Confirmed || row.state == HandlingState::Rectifying)
                ++facts.inRectification;
        }
        if (rows.size() < kChunk)
            break;
    }
    for (const BulletinDepartmentHandling &d : std::as_const(departments)) {
        facts.rectified += d.rectified;
        facts.followedUp += d.followedUp;
        facts.overdue += d.overdue;
        facts.delaysGranted += d.delaysGranted;
        facts.delaysPending += d.delaysPending;
        facts.departments << d;
    }
    std::sort(facts.departments.begin(), facts.departments.end(),
              [](const BulletinDepartmentHandling &a, const BulletinDepartmentHandling &b) {
                  if (a.badReviews != b.badReviews)
                      return a.badReviews > b.badReviews;
                  return a.deptCode < b.deptCode;
              });
    return facts;
}

BulletinProblemFacts bulletinProblemFacts(BadReviewQuery &query, const CommonProblemRules &rules,
                                          const BadReviewFilter &scope, QDate month,
                                          const QDateTime &now, StoreResult *error)
{
    setError(error, {});
    BulletinProblemFacts facts;
    RectificationStats stats(query);
    StoreResult r;
    facts.byCategory = stats.problemsByCategory(scope, rules, month, month, &r);
    if (r.ok())
        facts.byItem = stats.problemsByItem(scope, month, month, &r);
    if (r.ok())
        facts.doubleZero = stats.doubleZero(StatsUnit::Department, scope, month, rules, now, &r);
    if (!r.ok()) {
        setError(error, r);
        return {};
    }
    auto mostFirst = [](const ProblemCount &a, const ProblemCount &b) {
        const bool aOther = a.key == problemCategoryKey(ProblemCategory::Other);
        const bool bOther = b.key == problemCategoryKey(ProblemCategory::Other);
        if (aOther != bOther)
            return bOther;
        if (a.count != b.count)
            return a.count > b.count;
        return a.key < b.key;
    };
    std::sort(facts.byCategory.begin(), facts.byCategory.end(), mostFirst);
    facts.byItem.erase(std::remove_if(facts.byItem.begin(), facts.byItem.end(),
                                      [](const ProblemCount &p) {
                                          return p.count < RectificationStats::kRecurringThreshold;
                                      }),
                       facts.byItem.end());
    std::sort(facts.byItem.begin(), facts.byItem.end(), mostFirst);
    for (const DoubleZeroStatus &d : std::as_const(facts.doubleZero))
        ++(d.reached() ? facts.unitsReached : facts.unitsNotReached);
    std::stable_sort(facts.doubleZero.begin(), facts.doubleZero.end(),
                     [](const DoubleZeroStatus &a, const DoubleZeroStatus &b) {
                         if (a.reached() != b.reached())
                             return !a.reached();
                         return a.unitCode < b.unitCode;
                     });
    return facts;
}

} // namespace pingjia
