// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The SQL of the indicators (issue 8), plain enough for the planned PostgreSQL store:
// no date arithmetic in SQL (period bounds and the 7-day shift are computed in C++ and
// bound as "yyyy-MM-dd HH:mm:ss" texts, which sort like the instants), upserts with
// ON CONFLICT. The one dialect-specific part is reading the handling record's JSON
// (json_extract / json_each; PostgreSQL: ->> and jsonb_array_elements).
//
// Each statement that mirrors a domain rule says which; tests/rankings compares both.

#include "models/domain/Period.h"

#include <QDateTime>
#include <QString>

namespace pingjia::IndicatorSql {

// What a rollup row's unit_code is: 0 the whole cache ('' unit), 1 center, 2 department,
// 3 window, 4 staff.
enum class Grain { All = 0, Center = 1, Department = 2, Window = 3, Staff = 4 };
inline constexpr Grain kAllGrains[] = {Grain::All, Grain::Center, Grain::Department, Grain::Window,
                                       Grain::Staff};

// The unit column of cases and evaluations for a grain ("dept_code"), or "''" for All;
// prefixed with `alias.` when given.
QString unitColumn(Grain grain, const QString &alias = {});

// Bounds bound as text: the period's first second and last second (UTC+8).
QString periodStart(const Period &p);
QString periodEnd(const Period &p);

// The finishDate window of the 7-day defaults dated in `p` and due by `now`
// (DefaultEvaluation.h: default at finish + 7×24 h, counted when that is ≤ now):
// finish ∈ [start − 7 d, min(end − 7 d, now − 7 d)]. Empty (from > to) when none.
struct FinishWindow {
    QString from, to;
    bool isEmpty() const { return to < from; }
};
FinishWindow defaultFinishWindow(const Period &p, const QDateTime &now);

// Columns of every per-unit count statement below, in this order:
//   unit, served, evaluated_cases, evaluations, valid, level1..level5, defaults
// Binds: :ps :pe (period), :dfrom :dto (defaultFinishWindow).
// The straightforward aggregate over the raw tables: the reference the rollups are
// checked against (tests) and measured against (bench), and what a period's days outside
// whole months (a custom range's ends) are counted with.
QString referenceCountsSql(Grain grain);

// The same columns from the month rollups (indicator_month, IndicatorRollup.h) summed over
// the whole months [:m1, :m2] ("yyyy-MM"); `defaults` is every 7-day default dated in
// those months, due or not yet (subtract defaultCountsSql over the not-yet-due finishes).
QString monthCountsSql(Grain grain);

// Served cases without any non-withdrawn evaluation finished in [:dfrom, :dto], per unit
// (columns: unit, cases). DefaultEvaluation.h countsAsDefault when :dto ≤ now − 7×24 h.
QString defaultCountsSql(Grain grain);

// Evaluations per unit and channel (columns: unit, channel, evaluations, valid): from the
// month rollups over [:m1, :m2], or straight over the rows assessed in [:ps, :pe].
QString monthChannelSql(Grain grain);
QString referenceChannelSql(Grain grain);

// Handling figures per unit (columns: unit, verify_due, verified_by_deadline, rectification_due,
// rectified_by_deadline, confirmed, rectified, followed_up, follow_up_sum,
// follow_up_count). Binds :ps :pe :now. Valid, non-withdrawn bad reviews with a synced
// handling record (platform state). Mirrors BadReviewTimeliness.h.
// The straightforward aggregate over bad_reviews: the reference the handling rollups are
// checked against (tests) and measured against (bench), and what a custom range's days
// outside whole months and the deadlines not yet passed "now" are counted with.
QString handlingCountsSql(Grain grain);

// The facts of every counted bad review (columns: center_code, dept_code, window_code,
// staff_id, verify_month, verified_ok, rectification_month, rectified_ok, confirmed_month,
// rectified, followed_up, follow_up_sum, follow_up_count): what indicator_handling_month
// is summed from. The same rules as handlingCountsSql, from the same fragments.
QString handlingFactsSql();
// Inserts into `into` (indicator_handling_month's columns) a grain's rows summed from
// `factsTable` (rows of handlingFactsSql): each figure under the month of the date its
// period test reads; only the months passing `monthFilter` (a condition on `month`) when
// one is given.
QString handlingRollupSql(Grain grain, const QString &factsTable, const QString &into,
                          const QString &monthFilter = QString());
// handlingCountsSql's columns from indicator_handling_month over the whole months
// [:m1, :m2], every deadline counted as due (subtract handlingCountsSql over the part of
// the period after "now" for the deadlines not yet passed).
QString monthHandlingSql(Grain grain);

// Open and overdue bad reviews per unit (columns: unit, open, overdue). Bind :now.
// Mirrors isOpenState (HandlingState.h) and verifyOverdue / rectificationOverdue (Overdue.h).
QString openBadReviewsSql(Grain grain);

} // namespace pingjia::IndicatorSql
