// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reports/BulletinTypicalCases.h"

#include "models/domain/Clock.h"
#include "models/reports/BulletinHandling.h"
#include "models/store/BadReviewQuery.h"

#include <algorithm>

namespace pingjia {

namespace {

int progressRank(HandlingState s)
{
    switch (s) {
    case HandlingState::Closed:
        return 0;
    case HandlingState::Rectified:
        return 1;
    case HandlingState::Rectifying:
        return 2;
    default:
        return 3;
    }
}

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
    f.states = {HandlingState::Closed, HandlingState::Rectified, HandlingState::Rectifying,
                HandlingState::Confirmed};
    StoreResult r;
    QList<BadReviewRow> rows;
    for (qint64 offset = 0;; offset += 2000) {
        const QList<BadReviewRow> page = query.page(
            f, BadReviewSort::AssessTime, Qt::DescendingOrder, offset, 2000, Clock::now(), &r);
        if (!r.ok()) {
            setError(error, r);
            return {};
        }
        rows += page;
        if (page.size() < 2000)
            break;
    }
    std::stable_sort(rows.begin(), rows.end(), [](const BadReviewRow &a, const BadReviewRow &b) {
        return progressRank(a.state) < progressRank(b.state);
    });
    QStringList ids;
    for (const BadReviewRow &row : std::as_const(rows)) {
        if (ids.size() >= limit)
            break;
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
