// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The column lists of the cached lists, in the order CacheWriter binds and CacheReader
// reads them (internal to the store).

#include <QStringList>

namespace pingjia::CacheColumns {

inline const QStringList &orgs()
{
    static const QStringList c = {
        QStringLiteral("org_code"),    QStringLiteral("name"),        QStringLiteral("level"),
        QStringLiteral("kind"),        QStringLiteral("parent_code"), QStringLiteral("area_code"),
        QStringLiteral("credit_code"), QStringLiteral("withdrawn"),   QStringLiteral("updated_at")};
    return c;
}

inline const QStringList &staff()
{
    static const QStringList c = {QStringLiteral("staff_id"), QStringLiteral("name"),
                                  QStringLiteral("org_code"), QStringLiteral("withdrawn"),
                                  QStringLiteral("updated_at")};
    return c;
}

inline const QStringList &items()
{
    static const QStringList c = {QStringLiteral("task_code"), QStringLiteral("task_name"),
                                  QStringLiteral("task_type"), QStringLiteral("dept_code"),
                                  QStringLiteral("withdrawn"), QStringLiteral("updated_at")};
    return c;
}

inline const QStringList &cases()
{
    static const QStringList c = {
        QStringLiteral("project_no"),  QStringLiteral("task_code"),   QStringLiteral("dept_code"),
        QStringLiteral("center_code"), QStringLiteral("window_code"), QStringLiteral("staff_id"),
        QStringLiteral("accept_date"), QStringLiteral("finish_date"), QStringLiteral("pro_status"),
        QStringLiteral("withdrawn"),   QStringLiteral("updated_at")};
    return c;
}

inline const QStringList &evaluations()
{
    static const QStringList c = {
        QStringLiteral("eval_id"),       QStringLiteral("project_no"),
        QStringLiteral("task_code"),     QStringLiteral("dept_code"),
        QStringLiteral("center_code"),   QStringLiteral("window_code"),
        QStringLiteral("staff_id"),      QStringLiteral("area_code"),
        QStringLiteral("channel_code"),  QStringLiteral("raw_satisfaction"),
        QStringLiteral("level"),         QStringLiteral("valid"),
        QStringLiteral("eval_detail"),   QStringLiteral("text"),
        QStringLiteral("assess_time"),   QStringLiteral("assess_number"),
        QStringLiteral("user_prop"),     QStringLiteral("anonymous"),
        QStringLiteral("user_name_enc"), QStringLiteral("mobile_enc"),
        QStringLiteral("cert_enc"),      QStringLiteral("user_name_masked"),
        QStringLiteral("mobile_masked"), QStringLiteral("withdrawn"),
        QStringLiteral("updated_at")};
    return c;
}

inline const QStringList &badReviews()
{
    static const QStringList c = {
        QStringLiteral("eval_id"),         QStringLiteral("state"),
        QStringLiteral("verify_result"),   QStringLiteral("verified_at"),
        QStringLiteral("verify_deadline"), QStringLiteral("reform_deadline"),
        QStringLiteral("delay_deadline"),  QStringLiteral("delay_reason"),
        QStringLiteral("delay_pending"),   QStringLiteral("deadline_estimated"),
        QStringLiteral("follow_up"),       QStringLiteral("version"),
        QStringLiteral("history"),         QStringLiteral("withdrawn"),
        QStringLiteral("updated_at")};
    return c;
}

} // namespace pingjia::CacheColumns
