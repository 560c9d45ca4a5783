// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The SQL text of the bad-review queue (internal to the store; BadReviewQuery and
// RectificationStats run it). One place builds the *effective* row — the pending
// overlay of the local-work file (`lw.pending_overlay`) on top of the platform's
// bad_reviews row, else a state derived from the evaluation — so that the queue, its
// counts and the tracker's statistics can never disagree.
//
// The effective rows are exposed as the relation `r` with the columns
//   rid, eval_id, level, valid, assess_time, center_code, dept_code, window_code,
//   staff_id, channel_code, task_code, text,
//   st (state), vr (verify result), vd (verify deadline), rd (rectification deadline),
//   dd (delay deadline), erd (effective rectification deadline), running (the running
//   deadline), dp (delay pending), de (deadline estimated), ver (version),
//   hist (history JSON), pu (pending upload), derived (no bad_reviews row).

#include "models/domain/DeadlinePolicy.h"
#include "models/domain/PlatformRecords.h"
#include "models/store/BadReviewFilter.h"
#include "models/store/BadReviewQuery.h"
#include "models/store/StoreResult.h"

#include <QDateTime>
#include <QString>
#include <QVariantList>

#include <optional>

namespace pingjia {
class Connection;
}

namespace pingjia::BadReviewSql {

struct Statement {
    QString sql;
    QVariantList binds;
};

// "SELECT <columns> FROM <effective rows> r [joins] WHERE <filter> <tail>". `joinNames`
// adds oc/od/ow (org_units of center, department, window) and sf (staff).
Statement select(const QString &columns, const BadReviewFilter &filter, const QDateTime &now,
                 const DeadlinePolicy &policy, bool withOverlay, bool joinNames = false,
                 const QString &tail = {});

Statement count(const BadReviewFilter &filter, const QDateTime &now, const DeadlinePolicy &policy,
                bool withOverlay);
Statement page(const BadReviewFilter &filter, BadReviewSort sort, Qt::SortOrder order,
               qint64 offset, int limit, const QDateTime &now, const DeadlinePolicy &policy,
               bool withOverlay, int excerptLength);
// The evalIds of one page, in order: only the sort key is read for every matching row;
// page() then reads the full columns of these rows alone.
Statement idPage(const BadReviewFilter &filter, BadReviewSort sort, Qt::SortOrder order,
                 qint64 offset, int limit, const QDateTime &now, const DeadlinePolicy &policy,
                 bool withOverlay);
Statement evalIds(const BadReviewFilter &filter, BadReviewSort sort, Qt::SortOrder order,
                  const QDateTime &now, const DeadlinePolicy &policy, bool withOverlay);

// The ORDER BY of a sort (nulls last in both directions, ties by row id).
QString orderBy(BadReviewSort sort, Qt::SortOrder order);
// The key a sort orders by, over `r` (names through the joins of select(joinNames)).
QString sortKey(BadReviewSort sort);

// SQL mirrors of the rules of models/domain, over `r`. Each is built from or names its
// domain function; tst_badreviewquery compares both on the same rows.
// "'confirmed', 'rectifying'": the states where rectificationRunning() (Overdue.h).
QString rectificationRunningStates();
// A delay approved or asked for while the rectification runs.
QString delayed();
// A request waits for a second person's decision (HandlingStateMachine: same_actor).
QString awaitingApproval();
// The actor of the last request in the record's history ('' when none).
QString lastRequester();

// Single records for the detail panel (nullopt when not synced).
std::optional<ServiceCase> serviceCase(Connection &c, const QString &projectNo, StoreResult *error);
std::optional<ServiceItem> serviceItem(Connection &c, const QString &taskCode, StoreResult *error);
std::optional<StaffMember> staffMember(Connection &c, const QString &staffId, StoreResult *error);

} // namespace pingjia::BadReviewSql
