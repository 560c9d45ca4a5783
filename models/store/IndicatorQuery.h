// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Indicators, rankings, trends and the dashboard's figures from the cache (issue 8),
// counted in SQL, never by loading evaluation rows into C++. Platform state only: local
// actions not yet acknowledged by the platform do not move any figure (the figures are
// the ones the platform will publish; README "Rankings: definitions").
//
// Speed: the per-unit, per-month figures live in rollup tables (cache schema v4,
// IndicatorRollup.h), refreshed at the start of each query for the months touched since
// the last refresh (watermark on `updated_at`, which the platform keeps monotonic per
// list). A period is read as whole months from the rollups plus, for a custom range, its
// days outside whole months straight from the rows (IndicatorSql::referenceCountsSql);
// the 7-day defaults not yet due "now" are taken off from the rows of those few days.
// Bad-review handling figures likewise: whole months from indicator_handling_month (schema
// v6), less the deadlines not yet passed "now", a custom range's other days from the rows.
//
// Threads: an IndicatorQuery uses the calling thread's cache connection; create and use
// it on one worker thread (never the GUI thread). cancel() may be called from any
// thread: the running call stops at its next step and reports StoreErrorKind::Sql with
// cancelled() true; nothing is written but whole rollup refreshes.
//
// Scope codes: empty = everything in the cache; a division code (either form: "6208" or
// "620800"), a center ("C620802"), a department (credit code) or a window ("W620802-007").
// A division holds every center whose areaCode lies inside it (townships included); a
// center its departments, windows and staff; a department its windows and staff.

#include "models/domain/Channel.h"
#include "models/domain/IntegrityRules.h"
#include "models/domain/Period.h"
#include "models/domain/Ranking.h"
#include "models/domain/UnitIndicators.h"
#include "models/domain/UnitLevel.h"
#include "models/store/StoreResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariantList>

#include <atomic>
#include <memory>
#include <optional>

class QSqlQuery;

namespace pingjia {

class CacheDatabase;
class LocalWorkDatabase;
struct UnitScope;

// A ranking table: every unit of the level in the scope, active or not.
struct RankingTable {
    UnitLevel level = UnitLevel::Department;
    Period period;
    QString scopeCode;
    RankingSettings settings;
    QList<RankedUnit> units;     // ranked first (by rank), then the unranked by unit code
    bool withoutFlagged = false; // figures without the flagged evaluations (issue 14)
};

// Review integrity in a ranking (issue 14). countFlags fills RankedUnit::
// flaggedEvaluations: the unit's evaluations of the period that an evaluation rule of
// IntegrityRules.h flagged (IntegrityQuery::evaluationFlags; the unit rule flags units,
// not evaluations, and is left to the 评价核查 page). withoutFlagged takes those
// evaluations out of every period the ranking reads (the period and the earlier ones for
// rankChange and the flag): from evaluations, valid and invalid counts and the levels, so
// from the rates, satisfaction and score made of them. Served and evaluated cases,
// coverage, the 7-day defaults and the handling figures stay: the case was served and
// evaluated, and a flag is a reason to look, not a verdict.
// A flag a supervisor cleared (IntegrityVerdicts::counts) is left out of both, so the
// verdicts of the 评价核查 page are read from `localWork` when given (null: every flag
// counts, e.g. no local-work file).
struct RankingIntegrityOptions {
    bool countFlags = false;
    bool withoutFlagged = false;
    IntegritySettings settings;
    LocalWorkDatabase *localWork = nullptr;
};

// The counts of a scope (or one unit) in one period.
struct PeriodCounts {
    Period period;
    UnitCounts counts;
};

struct ChannelCount {
    QString channelCode; // the platform's raw `pf`
    QString channelName; // the platform's label (meta), or "unknown channel (code)"
    ChannelKind kind = ChannelKind::Unknown;
    qint64 evaluations = 0;      // non-withdrawn, assessed in the period
    qint64 validEvaluations = 0; // of those, valid
};

// A served case not yet evaluated whose 7-day default has not come yet (待评价办件). No
// evaluator or applicant data: the case is named by its number and service item.
struct ChaseItem {
    QString projectNo;
    QString taskCode, taskName;
    QString centerCode, centerName;
    QString deptCode, deptName;
    QString windowCode, windowName;
    QString staffId, staffName;
    QDateTime finishDate;
    QDateTime defaultAt; // finishDate + 7×24 h (DefaultEvaluation.h)
    qint64 secondsLeft(const QDateTime &now) const { return now.secsTo(defaultAt); }
};

// Chase-list counts per department (for the dashboard and the list's department picker).
struct ChaseCount {
    QString deptCode, deptName;
    qint64 cases = 0;
};

// The dashboard's key figures for this period against the previous one.
struct DashboardFigures {
    QString scopeCode;
    PeriodCounts current;
    PeriodCounts previous;
    qint64 openBadReviews = 0; // valid, not withdrawn, state unverified…rectified (isOpenState)
    qint64 overdueBadReviews = 0; // of those, past their running deadline now (Overdue.h)
    qint64 chaseCases = 0;        // served, unevaluated, default not yet due (chaseList)
};

// A unit for pickers and labels.
struct UnitInfo {
    UnitLevel level = UnitLevel::Department;
    QString code;
    QString name;
    QString parentCode; // department → center, window → department, staff → window/department,
                        // area → the enclosing area ("" at the top)
    QString centerCode; // the center it belongs to ("" for areas)
    bool withdrawn = false;
};

// The scope tree for pickers: areas (one node per division that has a center) with
// their centers, nested by area code.
struct ScopeNode {
    QString code; // division code (6/9/12 digits) or center code
    QString name;
    bool isCenter = false;
    QList<ScopeNode> children;
};

// A period as whole calendar months [firstMonth, lastMonth] (first days; invalid when none)
// and the days outside them.
struct PeriodParts {
    QDate firstMonth, lastMonth;
    QList<Period> spans;
    bool hasMonths() const { return firstMonth.isValid(); }
    Period months() const;
};
PeriodParts splitIntoMonths(const Period &period);

namespace IndicatorSql {
enum class Grain;
}

class IndicatorQuery {
    Q_DECLARE_TR_FUNCTIONS(pingjia::IndicatorQuery)
public:
    explicit IndicatorQuery(CacheDatabase &cache);
    ~IndicatorQuery();
    IndicatorQuery(const IndicatorQuery &) = delete;
    IndicatorQuery &operator=(const IndicatorQuery &) = delete;

    const RankingSettings &settings() const { return m_settings; }
    void setSettings(const RankingSettings &settings) { m_settings = settings; }
    // Off unless set (reading the flags costs a pass over the period's evaluations).
    void setIntegrity(const RankingIntegrityOptions &options) { m_integrity = options; }

    // Thread-safe: stops the running (and next) call; resetCancel() to use it again.
    void cancel() { m_cancelled = true; }
    void resetCancel() { m_cancelled = false; }
    bool cancelled() const { return m_cancelled; }

    // Brings the rollup tables up to date (every query does this first; call it after a
    // sync to pay the cost before the user asks). Cheap when nothing changed.
    StoreResult refresh();

    // Every unit of `level` in `scopeCode` with its counts, score, rank, rank change and
    // flag, for `period` as of `now` (which decides the 7-day defaults and what is due).
    std::optional<RankingTable> ranking(UnitLevel level, const Period &period,
                                        const QString &scopeCode, const QDateTime &now,
                                        StoreResult *error = nullptr);

    // The counts of the scope (or of the unit `scopeCode` names) in `period`.
    std::optional<UnitCounts> counts(const QString &scopeCode, const Period &period,
                                     const QDateTime &now, StoreResult *error = nullptr);

    // Month by month from firstMonth to lastMonth (any day of each; 12-month trend, the
    // five-level distribution), oldest first. Cases, evaluations, levels and defaults
    // only: the bad-review handling counts (verifyDue … followUpSatisfactionCount) are 0
    // here (no trend shows them; counts() of a month has them).
    std::optional<QList<PeriodCounts>> monthlyCounts(const QString &scopeCode, QDate firstMonth,
                                                     QDate lastMonth, const QDateTime &now,
                                                     StoreResult *error = nullptr);

    // Evaluations per channel (platform's names from the stored meta), most first.
    std::optional<QList<ChannelCount>> evaluationsByChannel(const QString &scopeCode,
                                                            const Period &period,
                                                            StoreResult *error = nullptr);

    // `chase` (optional) gets the chase-list counts the figure is the sum of.
    std::optional<DashboardFigures> dashboard(const QString &scopeCode, const Period &period,
                                              const QDateTime &now, StoreResult *error = nullptr,
                                              QList<ChaseCount> *chase = nullptr);

    // 待评价办件: served cases of the scope with no non-withdrawn evaluation whose default
    // is still ahead (finishDate ≤ now < finishDate + 7×24 h), oldest first; `deptCode`
    // narrows to one department (empty: all).
    std::optional<QList<ChaseItem>> chaseList(const QString &scopeCode, const QString &deptCode,
                                              const QDateTime &now, qint64 offset, int limit,
                                              StoreResult *error = nullptr);
    std::optional<QList<ChaseCount>> chaseCounts(const QString &scopeCode, const QDateTime &now,
                                                 StoreResult *error = nullptr);

    // Units of a level in the scope (non-withdrawn, plus withdrawn ones that have rows),
    // ordered by code. For Area: the divisions one tier below the scope (or below the
    // widest tier in the cache when the scope is empty).
    std::optional<QList<UnitInfo>> units(UnitLevel level, const QString &scopeCode,
                                         StoreResult *error = nullptr);
    std::optional<QList<ScopeNode>> scopeTree(StoreResult *error = nullptr);

    // A translated description of a scope code ("崆峒区政务服务中心", "平凉市") or an
    // error message when the cache knows no such code.
    std::optional<QString> scopeName(const QString &scopeCode, StoreResult *error = nullptr);

private:
    struct Private;
    StoreResult cancelledResult() const;
    std::optional<UnitScope> resolveScope(const QString &code, StoreResult *error);
    // refresh(), then resolveScope(): where every public query starts.
    std::optional<UnitScope> refreshedScope(const QString &code, StoreResult *error);
    using NamedBinds = QList<std::pair<QString, QString>>;
    std::optional<QSqlQuery> run(const QString &sql, const NamedBinds &binds, const QString &what,
                                 StoreResult *error);
    bool addCounts(const QString &sql, const NamedBinds &binds, QHash<QString, UnitCounts> &out,
                   StoreResult *error);
    bool subtractDefaults(IndicatorSql::Grain grain, const QDateTime &from, const QDateTime &to,
                          QHash<QString, UnitCounts> &out, StoreResult *error);
    bool readHandling(const QString &sql, const NamedBinds &binds, int sign, bool dueOnly,
                      QHash<QString, UnitCounts> &out, StoreResult *error);
    bool addHandling(IndicatorSql::Grain grain, const Period &period, const QDateTime &now,
                     QHash<QString, UnitCounts> &out, StoreResult *error);
    std::optional<QHash<QString, UnitCounts>> countsByUnit(int grain, const Period &period,
                                                           const QDateTime &now, StoreResult *error,
                                                           bool withHandling = true);
    std::optional<QHash<QString, UnitCounts>>
    countsForLevel(UnitLevel level, const UnitScope &scope, const Period &period,
                   const QDateTime &now, StoreResult *error);
    std::optional<QHash<QString, UnitCounts>> flaggedForLevel(UnitLevel level,
                                                              const UnitScope &scope,
                                                              const Period &period,
                                                              StoreResult *error);
    std::optional<QHash<QString, UnitCounts>>
    rankedCounts(UnitLevel level, const UnitScope &scope, const Period &period,
                 const QDateTime &now, StoreResult *error,
                 QHash<QString, UnitCounts> *flagged = nullptr);
    QHash<QString, UnitCounts> toAreas(const UnitScope &scope,
                                       const QHash<QString, UnitCounts> &byCenter) const;
    std::optional<UnitCounts> scopeCounts(const UnitScope &scope, const Period &period,
                                          const QDateTime &now, StoreResult *error,
                                          bool withHandling = true);
    QSet<QString> scopeUnits(const UnitScope &scope) const;
    QString scopeCondition(const UnitScope &scope, QVariantList &binds) const;
    QString chaseConditions(const UnitScope &scope, const QString &deptCode, const QDateTime &now,
                            QVariantList &binds) const;

    CacheDatabase &m_cache;
    RankingSettings m_settings;
    RankingIntegrityOptions m_integrity;
    std::atomic_bool m_cancelled{false};
    std::unique_ptr<Private> d;
};

} // namespace pingjia
