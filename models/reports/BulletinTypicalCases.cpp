// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reports/BulletinTypicalCases.h"

#include "models/domain/Clock.h"
#include "models/reports/BulletinHandling.h"
#include "models/store/BadReviewQuery.h"

namespace pingjia {

namespace {

// The proposal order: the cases furthest along first (closed, rectified, rectifying, then
// confirmed), the newest first within each.
constexpr HandlingState kByProgress[] = {HandlingState::Closed, HandlingState::Rectified,
                                         HandlingState::Rectifying, HandlingState::Confirmed};

// The payload text of the last history entry of `type` (the platform's or a local one).
QString lastPayload(const BadReviewDetail &d, ActionType type, const char *key)
{
    for (auto it = d.timeline.crbegin(); it != d.timeline.crend(); ++it) {
        if (it->type == type)
            return it->payload.value(QLatin1String(key)).toString().trimmed();
    }
    return {};
}

BulletinTypicalCase fromDetail(const BadReviewDetail &d)
{
    BulletinTypicalCase c;
    c.evalId = d.row.evalId;
    c.assessTime = d.row.assessTime;
    c.deptName = d.row.deptName.isEmpty() ? d.row.deptCode : d.row.deptName;
    c.windowName = d.row.windowName;
    c.staffName = d.row.staffName;
    c.serviceItem = d.serviceItem ? d.serviceItem->taskName : d.row.taskCode;
    c.comment = d.fullComment.trimmed();
    c.measures = lastPayload(d, ActionType::Plan, "measures");
    c.responsible = lastPayload(d, ActionType::Plan, "person");
    c.changes = lastPayload(d, ActionType::Complete, "changes");
    if (d.record.followUp) {
        c.followUpSatisfaction = d.record.followUp->satisfaction;
        c.followUpNote = d.record.followUp->note.trimmed();
    }
    c.closed = d.record.state == HandlingState::Closed;
    return c;
}

} // namespace

QList<BulletinTypicalCase> proposeTypicalCases(BadReviewQuery &query, const BadReviewFilter &scope,
                                               QDate month, int limit, StoreResult *error)
{
    setError(error, {});
    BadReviewFilter f = bulletinMonthFilter(scope, month);
    f.validity = BadReviewFilter::Validity::Valid;
    // One state at a time, only as many rows as are still wanted: a month of a province
    // holds hundreds of such cases and the bulletin proposes a few.
    QStringList ids;
    for (HandlingState state : kByProgress) {
        if (ids.size() >= limit)
            break;
        f.states = {state};
        StoreResult r;
        const QList<BadReviewRow> rows =
            query.page(f, BadReviewSort::AssessTime, Qt::DescendingOrder, 0,
                       int(limit - ids.size()), Clock::now(), &r);
        if (!r.ok()) {
            setError(error, r);
            return {};
        }
        for (const BadReviewRow &row : rows)
            ids << row.evalId;
    }
    return typicalCases(query, ids, error);
}

QList<BulletinTypicalCase> typicalCases(BadReviewQuery &query, const QStringList &evalIds,
                                        StoreResult *error)
{
    setError(error, {});
    QList<BulletinTypicalCase> out;
    for (const QString &id : evalIds) {
        StoreResult r;
        const auto d = query.detail(id, &r);
        if (!r.ok()) {
            setError(error, r);
            return {};
        }
        if (d)
            out << fromDetail(*d);
    }
    return out;
}

} // namespace pingjia
