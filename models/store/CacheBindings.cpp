// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/CacheBindings.h"

#include "models/secrets/PersonalDataMask.h"
#include "models/store/SqliteStatement.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pingjia::CacheBindings {

namespace {

using Q = SqliteStatement;

void bindHash(Q &q, int i, const std::optional<qint64> &hash)
{
    if (hash)
        q.bindInt(i, *hash);
    else
        q.bindNull(i);
}

QString compactJson(const QJsonDocument &d)
{
    return QString::fromUtf8(d.toJson(QJsonDocument::Compact));
}

} // namespace

// The lambdas capture nothing, so each is a plain function pointer.
#define PJ_COL(Row, column, ...)                                                                   \
    BoundColumn<Row>                                                                               \
    {                                                                                              \
        column, [](Q &q, int i, const Row &r) { __VA_ARGS__; }                                     \
    }

const QList<BoundColumn<OrgUnit>> &orgs()
{
    using R = OrgUnit;
    static const QList<BoundColumn<R>> c = {
        PJ_COL(R, "org_code", q.bindText(i, r.orgCode)),
        PJ_COL(R, "name", q.bindRequiredText(i, r.name)),
        PJ_COL(R, "level", q.bindText(i, r.level)),
        PJ_COL(R, "kind", q.bindText(i, r.kind)),
        PJ_COL(R, "parent_code", q.bindOptionalText(i, r.parentCode)),
        PJ_COL(R, "area_code", q.bindText(i, r.areaCode)),
        PJ_COL(R, "credit_code", q.bindOptionalText(i, r.creditCode)),
        PJ_COL(R, "withdrawn", q.bindInt(i, r.withdrawn ? 1 : 0)),
        PJ_COL(R, "updated_at", q.bindTime(i, r.updatedAt)),
    };
    return c;
}

const QList<BoundColumn<StaffRow>> &staff()
{
    using R = StaffRow;
    static const QList<BoundColumn<R>> c = {
        PJ_COL(R, "staff_id", q.bindText(i, r.record->staffId)),
        PJ_COL(R, "name", q.bindRequiredText(i, r.record->name)),
        PJ_COL(R, "org_code", q.bindText(i, r.record->orgCode)),
        PJ_COL(R, "withdrawn", q.bindInt(i, r.record->withdrawn ? 1 : 0)),
        PJ_COL(R, "updated_at", q.bindTime(i, r.record->updatedAt)),
        // Cache v4 (issue 14): the staff member's mobile, protected like the evaluator's.
        PJ_COL(R, "mobile_enc", q.bindBlob(i, r.mobileEnc)),
        PJ_COL(R, "mobile_masked",
               q.bindOptionalText(i, PersonalDataMask::mobile(r.record->mobile))),
        PJ_COL(R, "mobile_hash", bindHash(q, i, r.mobileHash)),
    };
    return c;
}

const QList<BoundColumn<ServiceItem>> &items()
{
    using R = ServiceItem;
    static const QList<BoundColumn<R>> c = {
        PJ_COL(R, "task_code", q.bindText(i, r.taskCode)),
        PJ_COL(R, "task_name", q.bindRequiredText(i, r.taskName)),
        PJ_COL(R, "task_type", q.bindText(i, r.taskType)),
        PJ_COL(R, "dept_code", q.bindText(i, r.deptCode)),
        PJ_COL(R, "withdrawn", q.bindInt(i, r.withdrawn ? 1 : 0)),
        PJ_COL(R, "updated_at", q.bindTime(i, r.updatedAt)),
    };
    return c;
}

const QList<BoundColumn<ServiceCase>> &cases()
{
    using R = ServiceCase;
    static const QList<BoundColumn<R>> c = {
        PJ_COL(R, "project_no", q.bindText(i, r.projectNo)),
        PJ_COL(R, "task_code", q.bindText(i, r.taskCode)),
        PJ_COL(R, "dept_code", q.bindText(i, r.deptCode)),
        PJ_COL(R, "center_code", q.bindText(i, r.centerCode)),
        PJ_COL(R, "window_code", q.bindText(i, r.windowCode)),
        PJ_COL(R, "staff_id", q.bindText(i, r.staffId)),
        PJ_COL(R, "accept_date", q.bindTime(i, r.acceptDate)),
        PJ_COL(R, "finish_date", q.bindTime(i, r.finishDate)),
        PJ_COL(R, "pro_status", q.bindInt(i, r.proStatus)),
        PJ_COL(R, "withdrawn", q.bindInt(i, r.withdrawn ? 1 : 0)),
        PJ_COL(R, "updated_at", q.bindTime(i, r.updatedAt)),
    };
    return c;
}

const QList<BoundColumn<EvaluationRow>> &evaluations()
{
    using R = EvaluationRow;
    static const QList<BoundColumn<R>> c = {
        PJ_COL(R, "eval_id", q.bindText(i, r.record->evalId)),
        PJ_COL(R, "project_no", q.bindText(i, r.record->projectNo)),
        PJ_COL(R, "task_code", q.bindText(i, r.record->taskCode)),
        PJ_COL(R, "dept_code", q.bindText(i, r.record->deptCode)),
        PJ_COL(R, "center_code", q.bindText(i, r.record->centerCode)),
        PJ_COL(R, "window_code", q.bindText(i, r.record->windowCode)),
        PJ_COL(R, "staff_id", q.bindText(i, r.record->staffId)),
        PJ_COL(R, "area_code", q.bindText(i, r.record->areaCode)),
        PJ_COL(R, "channel_code", q.bindText(i, r.record->channelCode)),
        PJ_COL(R, "raw_satisfaction", q.bindText(i, r.record->rawSatisfaction)),
        PJ_COL(R, "level", q.bindInt(i, r.record->level)),
        PJ_COL(R, "valid", q.bindInt(i, r.valid ? 1 : 0)),
        PJ_COL(R, "eval_detail", q.bindText(i, r.record->evalDetail)),
        PJ_COL(R, "text", q.bindRequiredText(i, r.record->text)),
        PJ_COL(R, "assess_time", q.bindTime(i, r.record->assessTime)),
        PJ_COL(R, "assess_number", q.bindInt(i, r.record->assessNumber)),
        PJ_COL(R, "user_prop", q.bindInt(i, r.record->userProp)),
        PJ_COL(R, "anonymous", q.bindInt(i, r.record->anonymous ? 1 : 0)),
        PJ_COL(R, "user_name_enc", q.bindBlob(i, r.userNameEnc)),
        PJ_COL(R, "mobile_enc", q.bindBlob(i, r.mobileEnc)),
        PJ_COL(R, "cert_enc", q.bindBlob(i, r.certEnc)),
        PJ_COL(R, "user_name_masked",
               q.bindOptionalText(i, PersonalDataMask::name(r.record->userName))),
        PJ_COL(R, "mobile_masked",
               q.bindOptionalText(i, PersonalDataMask::mobile(r.record->mobile))),
        PJ_COL(R, "withdrawn", q.bindInt(i, r.record->withdrawn ? 1 : 0)),
        PJ_COL(R, "updated_at", q.bindTime(i, r.record->updatedAt)),
        // Cache v4 (issue 14): equality of evaluators without decrypting.
        PJ_COL(R, "mobile_hash", bindHash(q, i, r.mobileHash)),
        PJ_COL(R, "cert_hash", bindHash(q, i, r.certHash)),
    };
    return c;
}

const QList<BoundColumn<BadReviewRow>> &badReviews()
{
    using R = BadReviewRow;
    static const QList<BoundColumn<R>> c = {
        PJ_COL(R, "eval_id", q.bindText(i, r.record->evalId)),
        PJ_COL(R, "state", q.bindText(i, toString(r.record->state))),
        PJ_COL(R, "verify_result", q.bindOptionalText(i, toString(r.record->verifyResult))),
        PJ_COL(R, "verified_at", q.bindTime(i, r.record->verifiedAt)),
        PJ_COL(R, "verify_deadline", q.bindTime(i, r.record->verifyDeadline)),
        PJ_COL(R, "rectification_deadline", q.bindTime(i, r.record->rectificationDeadline)),
        PJ_COL(R, "delay_deadline", q.bindTime(i, r.record->delayDeadline)),
        PJ_COL(R, "delay_reason", q.bindOptionalText(i, r.record->delayReason)),
        PJ_COL(R, "delay_pending", q.bindInt(i, r.record->delayPending ? 1 : 0)),
        PJ_COL(R, "deadline_estimated", q.bindInt(i, r.record->deadlineEstimated ? 1 : 0)),
        PJ_COL(R, "follow_up",
               r.record->followUp
                   ? q.bindText(i, compactJson(QJsonDocument(r.record->followUp->toJson())))
                   : q.bindNull(i)),
        PJ_COL(R, "version", q.bindInt(i, r.record->version)),
        PJ_COL(R, "history",
               {
                   QJsonArray history;
                   for (const HistoryEntry &entry : r.record->history)
                       history.append(entry.toJson());
                   q.bindText(i, compactJson(QJsonDocument(history)));
               }),
        PJ_COL(R, "withdrawn", q.bindInt(i, r.record->withdrawn ? 1 : 0)),
        PJ_COL(R, "updated_at", q.bindTime(i, r.record->updatedAt)),
        // Cache v7 (issue 14): the follow-up's phone as a keyed hash only.
        PJ_COL(R, "follow_up_phone_hash", bindHash(q, i, r.followUpPhoneHash)),
    };
    return c;
}

#undef PJ_COL

} // namespace pingjia::CacheBindings
