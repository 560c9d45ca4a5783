// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/IndicatorQuery.h"

#include "models/domain/DefaultEvaluation.h"
#include "models/domain/PlatformTime.h"
#include "models/store/BadReviewQuery.h"
#include "models/store/CacheDatabase.h"
#include "models/store/IndicatorRollup.h"
#include "models/store/IndicatorSql.h"
#include "models/store/IntegrityQuery.h"
#include "models/store/IntegrityVerdicts.h"
#include "models/store/LocalWorkDatabase.h"
#include "models/store/Logging.h"
#include "models/store/StoredTime.h"
#include "models/store/UnitDirectory.h"

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <memory>

namespace pingjia {

using IndicatorSql::Grain;
using ScopeKind = UnitScopeKind;

namespace {

Grain grainOf(UnitLevel level)
{
    switch (level) {
    case UnitLevel::Area:
    case UnitLevel::Center:
        return Grain::Center;
    case UnitLevel::Department:
        return Grain::Department;
    case UnitLevel::Window:
        return Grain::Window;
    case UnitLevel::Staff:
        return Grain::Staff;
    }
    return Grain::Department;
}

// The grain a scope's own total is kept at, and the units summed for it.
Grain grainOf(ScopeKind kind)
{
    switch (kind) {
    case ScopeKind::Division:
    case ScopeKind::Center:
        return Grain::Center;
    case ScopeKind::Department:
        return Grain::Department;
    case ScopeKind::Window:
        return Grain::Window;
    default:
        return Grain::All;
    }
}

bool isZero(const UnitCounts &c)
{
    return c == UnitCounts{};
}

QString monthText(QDate d)
{
    return d.toString(u"yyyy-MM");
}

QDate monthStart(QDate d)
{
    return QDate(d.year(), d.month(), 1);
}

} // namespace

// A period as whole calendar months (read from the month rollups) and the days outside
// them (a custom range's ends, read from the rows).
PeriodParts splitIntoMonths(const Period &p)
{
    PeriodParts parts;
    const QDate first = p.first().day() == 1 ? p.first() : monthStart(p.first()).addMonths(1);
    QDate last = monthStart(p.last());
    if (last.addMonths(1).addDays(-1) != p.last())
        last = last.addMonths(-1);
    if (first > last) {
        parts.spans << Period::range(p.first(), p.last());
        return parts;
    }
    parts.firstMonth = first;
    parts.lastMonth = last;
    if (p.first() < first)
        parts.spans << Period::range(p.first(), first.addDays(-1));
    if (last.addMonths(1) <= p.last())
        parts.spans << Period::range(last.addMonths(1), p.last());
    return parts;
}

Period PeriodParts::months() const
{
    return Period::range(firstMonth, lastMonth.addMonths(1).addDays(-1));
}

namespace {

} // namespace

namespace {

// The directory of each cache file, shared by every IndicatorQuery of the process while
// the file's stamp (UnitDirectory::stamp) is unchanged: a bulletin asks through three of
// them and the dashboard through more, and loading it reads every org unit and staff row.
// Read-only once loaded (const), so threads share it.
struct SharedDirectory {
    QString stamp;
    std::shared_ptr<const UnitDirectory> directory;
};

QMutex g_directoriesLock;
QHash<QString, SharedDirectory> g_directories;

std::shared_ptr<const UnitDirectory> sharedDirectory(const QString &file, const QString &stamp)
{
    const QMutexLocker lock(&g_directoriesLock);
    const auto it = g_directories.constFind(file);
    return it != g_directories.cend() && it->stamp == stamp ? it->directory : nullptr;
}

void shareDirectory(const QString &file, const QString &stamp,
                    std::shared_ptr<const UnitDirectory> directory)
{
    const QMutexLocker lock(&g_directoriesLock);
    g_directories.insert(file, {stamp, std::move(directory)});
}

} // namespace

struct IndicatorQuery::Private {
    std::shared_ptr<const UnitDirectory> directory = std::make_shared<const UnitDirectory>();
    QString directoryStamp;
    bool directoryLoaded = false;
};

IndicatorQuery::IndicatorQuery(CacheDatabase &cache)
    : m_cache(cache), d(std::make_unique<Private>())
{
}

IndicatorQuery::~IndicatorQuery() = default;

StoreResult IndicatorQuery::refresh()
{
    Connection &c = m_cache.connection();
    IndicatorRollup rollup(c, &m_cancelled);
    StoreResult r = rollup.refresh();
    if (r.kind == StoreErrorKind::Busy) {
        // A sync holds the write lock: answer from the last refresh rather than wait.
        qCInfo(lcStore) << "indicator rollups not refreshed (cache busy):" << r.message;
        return {};
    }
    if (!r.ok())
        return r;
    if (m_cancelled)
        return cancelledResult();
    const QString stamp = UnitDirectory::stamp(c, &r);
    if (!r.ok())
        return r;
    if (!d->directoryLoaded || stamp != d->directoryStamp) {
        auto directory = sharedDirectory(m_cache.path(), stamp);
        if (!directory) {
            auto loaded = std::make_shared<UnitDirectory>();
            if (r = loaded->load(c); !r.ok())
                return r;
            directory = std::move(loaded);
            shareDirectory(m_cache.path(), stamp, directory);
        }
        d->directory = std::move(directory);
        d->directoryStamp = stamp;
        d->directoryLoaded = true;
    }
    return {};
}

StoreResult IndicatorQuery::cancelledResult() const
{
    return StoreResult::failure(StoreErrorKind::Sql, tr("Cancelled."));
}

std::optional<UnitScope> IndicatorQuery::refreshedScope(const QString &code, StoreResult *error)
{
    if (StoreResult r = refresh(); !r.ok())
        return setError(error, r), std::nullopt;
    return resolveScope(code, error);
}

std::optional<UnitScope> IndicatorQuery::resolveScope(const QString &code, StoreResult *error)
{
    const UnitScope scope = d->directory->scope(code);
    if (scope.kind == ScopeKind::Unknown) {
        setError(error, StoreResult::failure(
                            StoreErrorKind::Data,
                            tr("No area, center, department or window with the code \"%1\" is in "
                               "the cache; use a division code (620800), a center (C620802), a "
                               "department's credit code or a window (W620802-007).")
                                .arg(code)));
        return std::nullopt;
    }
    return scope;
}

// Prepares and runs `sql` with its named binds; nullopt (and `error`) when it fails or the
// query was cancelled.
std::optional<QSqlQuery> IndicatorQuery::run(const QString &sql, const NamedBinds &binds,
                                             const QString &what, StoreResult *error)
{
    if (m_cancelled)
        return setError(error, cancelledResult()), std::nullopt;
    Connection &c = m_cache.connection();
    QSqlQuery q(c.database());
    if (!q.prepare(sql))
        return setError(error, c.failure(q.lastError(), what)), std::nullopt;
    for (const auto &[name, value] : binds)
        q.bindValue(name, value);
    if (!q.exec())
        return setError(error, c.failure(q.lastError(), what)), std::nullopt;
    return q;
}

// Runs a per-unit count statement (IndicatorSql.h column order) and adds its rows.
bool IndicatorQuery::addCounts(const QString &sql, const NamedBinds &binds,
                               QHash<QString, UnitCounts> &out, StoreResult *error)
{
    auto q = run(sql, binds, tr("indicator figures"), error);
    if (!q)
        return false;
    while (q->next()) {
        UnitCounts u;
        u.servedCases = q->value(1).toLongLong();
        u.evaluatedCases = q->value(2).toLongLong();
        u.evaluations = q->value(3).toLongLong();
        u.validEvaluations = q->value(4).toLongLong();
        u.invalidEvaluations = u.evaluations - u.validEvaluations;
        for (int l = 0; l < 5; ++l)
            u.levels[l] = q->value(5 + l).toLongLong();
        u.defaultEvaluations = q->value(10).toLongLong();
        out[q->value(0).toString()] += u;
    }
    return true;
}

// Takes off the defaults of the cases finished in [from, to] (not yet due by now).
bool IndicatorQuery::subtractDefaults(Grain grain, const QDateTime &from, const QDateTime &to,
                                      QHash<QString, UnitCounts> &out, StoreResult *error)
{
    auto q = run(IndicatorSql::defaultCountsSql(grain),
                 {{QStringLiteral(":dfrom"), StoredTime::toText(from)},
                  {QStringLiteral(":dto"), StoredTime::toText(to)}},
                 tr("indicator figures"), error);
    if (!q)
        return false;
    while (q->next())
        out[q->value(0).toString()].defaultEvaluations -= q->value(1).toLongLong();
    return true;
}

std::optional<QHash<QString, UnitCounts>>
IndicatorQuery::countsByUnit(int grainValue, const Period &period, const QDateTime &now,
                             StoreResult *error, bool withHandling)
{
    const Grain grain = Grain(grainValue);
    QHash<QString, UnitCounts> out;
    const PeriodParts parts = splitIntoMonths(period);
    if (parts.hasMonths()) {
        // Whole months from the month rollups (every default dated in them), less the
        // defaults not yet due: finish in [max(now − 7 d + 1 s, start − 7 d), end − 7 d].
        const Period months = parts.months();
        const QDateTime notDueFrom = std::max(now.addSecs(1 - kDefaultAfterSeconds),
                                              months.start().addSecs(-kDefaultAfterSeconds));
        const QDateTime notDueTo = months.end().addSecs(-kDefaultAfterSeconds);
        if (!addCounts(IndicatorSql::monthCountsSql(grain),
                       {{QStringLiteral(":m1"), monthText(months.first())},
                        {QStringLiteral(":m2"), monthText(months.last())}},
                       out, error) ||
            (notDueFrom <= notDueTo && !subtractDefaults(grain, notDueFrom, notDueTo, out, error)))
            return std::nullopt;
    }
    // Days outside whole months (a custom range's ends): straight from the rows.
    for (const Period &span : parts.spans) {
        const auto window = IndicatorSql::defaultFinishWindow(span, now);
        if (!addCounts(IndicatorSql::referenceCountsSql(grain),
                       {{QStringLiteral(":ps"), IndicatorSql::periodStart(span)},
                        {QStringLiteral(":pe"), IndicatorSql::periodEnd(span)},
                        {QStringLiteral(":dfrom"), window.from},
                        {QStringLiteral(":dto"), window.to}},
                       out, error))
            return std::nullopt;
    }
    if (m_cancelled) {
        setError(error, cancelledResult());
        return std::nullopt;
    }
    if (!withHandling || addHandling(grain, period, now, out, error))
        return out;
    return std::nullopt;
}

// Runs a handling statement (handlingCountsSql's columns) and adds its rows times `sign`;
// `dueOnly`: the four deadline columns alone.
bool IndicatorQuery::readHandling(const QString &sql, const NamedBinds &binds, int sign,
                                  bool dueOnly, QHash<QString, UnitCounts> &out, StoreResult *error)
{
    auto h = run(sql, binds, tr("handling figures"), error);
    if (!h)
        return false;
    while (h->next()) {
        UnitCounts &u = out[h->value(0).toString()];
        u.verifyDue += sign * h->value(1).toLongLong();
        u.verifiedByDeadline += sign * h->value(2).toLongLong();
        u.rectificationDue += sign * h->value(3).toLongLong();
        u.rectifiedByDeadline += sign * h->value(4).toLongLong();
        if (dueOnly)
            continue;
        u.confirmedBadReviews += sign * h->value(5).toLongLong();
        u.rectifiedBadReviews += sign * h->value(6).toLongLong();
        u.followedUp += sign * h->value(7).toLongLong();
        u.followUpSatisfactionSum += sign * h->value(8).toLongLong();
        u.followUpSatisfactionCount += sign * h->value(9).toLongLong();
    }
    return true;
}

// The handling figures: whole months from indicator_handling_month (every deadline in
// them counted as due), less the deadlines after "now" (BadReviewTimeliness: due means
// the deadline has passed); a custom range's other days straight from bad_reviews.
bool IndicatorQuery::addHandling(Grain grain, const Period &period, const QDateTime &now,
                                 QHash<QString, UnitCounts> &out, StoreResult *error)
{
    const PeriodParts parts = splitIntoMonths(period);
    if (parts.hasMonths()) {
        const Period months = parts.months();
        if (!readHandling(IndicatorSql::monthHandlingSql(grain),
                          {{QStringLiteral(":m1"), monthText(months.first())},
                           {QStringLiteral(":m2"), monthText(months.last())}},
                          1, false, out, error))
            return false;
        // Stored times have whole seconds: "deadline ≤ now" fails from now's second + 1.
        const QDateTime afterNow = StoredTime::fromText(StoredTime::toText(now)).addSecs(1);
        if (afterNow <= months.end() &&
            !readHandling(
                IndicatorSql::handlingCountsSql(grain),
                {{QStringLiteral(":ps"), StoredTime::toText(std::max(afterNow, months.start()))},
                 {QStringLiteral(":pe"), IndicatorSql::periodEnd(months)},
                 {QStringLiteral(":now"), IndicatorSql::periodEnd(months)}},
                -1, true, out, error))
            return false;
    }
    for (const Period &span : parts.spans) {
        if (!readHandling(IndicatorSql::handlingCountsSql(grain),
                          {{QStringLiteral(":ps"), IndicatorSql::periodStart(span)},
                           {QStringLiteral(":pe"), IndicatorSql::periodEnd(span)},
                           {QStringLiteral(":now"), StoredTime::toText(now)}},
                          1, false, out, error))
            return false;
    }
    return true;
}

QHash<QString, UnitCounts> IndicatorQuery::toAreas(const UnitScope &scope,
                                                   const QHash<QString, UnitCounts> &byCenter) const
{
    const auto tier = d->directory->areaTierFor(scope);
    QHash<QString, UnitCounts> areas;
    if (!tier)
        return areas;
    for (auto it = byCenter.cbegin(); it != byCenter.cend(); ++it) {
        const QString area = d->directory->areaOfCenter(it.key(), *tier);
        if (!area.isEmpty())
            areas[area] += it.value();
    }
    return areas;
}

std::optional<QHash<QString, UnitCounts>>
IndicatorQuery::countsForLevel(UnitLevel level, const UnitScope &scope, const Period &period,
                               const QDateTime &now, StoreResult *error)
{
    auto byUnit = countsByUnit(int(grainOf(level)), period, now, error);
    if (!byUnit || level != UnitLevel::Area)
        return byUnit;
    return toAreas(scope, *byUnit);
}

// What the flagged evaluations of the period add to each unit's counts (evaluations,
// valid, invalid, levels): read by id from the rows IntegrityQuery flagged.
std::optional<QHash<QString, UnitCounts>> IndicatorQuery::flaggedForLevel(UnitLevel level,
                                                                          const UnitScope &scope,
                                                                          const Period &period,
                                                                          StoreResult *error)
{
    const auto flags = IntegrityQuery(m_cache).evaluationFlags(period, m_integrity.settings, error);
    if (!flags)
        return std::nullopt;
    QSet<QPair<QString, QString>> cleared;
    if (m_integrity.localWork && m_integrity.localWork->isOpen()) {
        QStringList months;
        for (const Period &m : monthsBetween(period.first(), period.last()))
            months << m.key();
        const auto items = IntegrityVerdicts(*m_integrity.localWork).clearedItems(months, error);
        if (!items)
            return std::nullopt;
        cleared = *items;
    }
    Connection &c = m_cache.connection();
    QSqlQuery q(c.database());
    const auto failed = [&](const QString &what) {
        setError(error, c.failure(q.lastError(), what));
        return std::nullopt;
    };
    if (!q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS ranking_flagged (eval_id TEXT "
                               "PRIMARY KEY NOT NULL) WITHOUT ROWID")) ||
        !q.exec(QStringLiteral("DELETE FROM temp.ranking_flagged")) ||
        !q.prepare(QStringLiteral("INSERT OR IGNORE INTO temp.ranking_flagged VALUES (?)")))
        return failed(tr("flagged evaluations"));
    for (const IntegrityFlag &f : *flags) {
        if (f.evalId.isEmpty() || !IntegrityVerdicts::counts(f, cleared))
            continue;
        q.addBindValue(f.evalId);
        if (!q.exec())
            return failed(tr("flagged evaluations"));
    }
    const QString unit = IndicatorSql::unitColumn(grainOf(level), QStringLiteral("e"));
    QStringList levels;
    for (int l = 1; l <= 5; ++l)
        levels << QStringLiteral("sum(CASE WHEN e.valid = 1 AND e.level = %1 THEN 1 ELSE 0 END)")
                      .arg(l);
    // countsInIndicators (EvaluationValidity.h): as the evaluation columns of the rollups.
    if (!q.exec(QStringLiteral("SELECT %1, count(*), sum(e.valid), %2 FROM temp.ranking_flagged "
                               "f JOIN evaluations e ON e.eval_id = f.eval_id WHERE e.withdrawn "
                               "= 0 GROUP BY %1")
                    .arg(unit, levels.join(QStringLiteral(", ")))))
        return failed(tr("flagged evaluations"));
    QHash<QString, UnitCounts> out;
    while (q.next()) {
        UnitCounts &u = out[q.value(0).toString()];
        u.evaluations = q.value(1).toLongLong();
        u.validEvaluations = q.value(2).toLongLong();
        u.invalidEvaluations = u.evaluations - u.validEvaluations;
        for (int l = 0; l < 5; ++l)
            u.levels[l] = q.value(3 + l).toLongLong();
    }
    return level == UnitLevel::Area ? toAreas(scope, out) : out;
}

// The counts a ranking ranks: with RankingIntegrityOptions::withoutFlagged, less what the
// flagged evaluations add. `flagged` (optional) gets those per unit.
std::optional<QHash<QString, UnitCounts>>
IndicatorQuery::rankedCounts(UnitLevel level, const UnitScope &scope, const Period &period,
                             const QDateTime &now, StoreResult *error,
                             QHash<QString, UnitCounts> *flagged)
{
    auto counts = countsForLevel(level, scope, period, now, error);
    const bool wanted = m_integrity.withoutFlagged || (flagged && m_integrity.countFlags);
    if (!counts || !wanted)
        return counts;
    const auto byUnit = flaggedForLevel(level, scope, period, error);
    if (!byUnit)
        return std::nullopt;
    if (flagged)
        *flagged = *byUnit;
    if (m_integrity.withoutFlagged) {
        for (auto it = byUnit->cbegin(); it != byUnit->cend(); ++it) {
            UnitCounts &u = (*counts)[it.key()];
            u.evaluations -= it->evaluations;
            u.validEvaluations -= it->validEvaluations;
            u.invalidEvaluations -= it->invalidEvaluations;
            for (int l = 0; l < 5; ++l)
                u.levels[l] -= it->levels[l];
        }
    }
    return counts;
}

std::optional<RankingTable> IndicatorQuery::ranking(UnitLevel level, const Period &period,
                                                    const QString &scopeCode, const QDateTime &now,
                                                    StoreResult *error)
{
    const auto scope = refreshedScope(scopeCode, error);
    if (!scope)
        return std::nullopt;
    QHash<QString, UnitCounts> flagged;
    const auto current = rankedCounts(level, *scope, period, now, error, &flagged);
    if (!current)
        return std::nullopt;
    // The earlier periods of the same kind: one for rankChange, M − 1 for the flag.
    QList<QHash<QString, UnitCounts>> history;
    Period earlier = period;
    for (int i = 0; i < std::max(1, m_settings.consecutiveM - 1); ++i) {
        earlier = earlier.previous();
        const auto counts = rankedCounts(level, *scope, earlier, now, error);
        if (!counts)
            return std::nullopt;
        history << *counts;
    }
    QSet<QString> active;
    for (auto it = current->cbegin(); it != current->cend(); ++it) {
        if (!it.key().isEmpty() && !isZero(it.value()))
            active.insert(it.key());
    }
    RankingTable table;
    table.level = level;
    table.period = period;
    table.scopeCode = scopeCode;
    table.settings = m_settings;
    table.withoutFlagged = m_integrity.withoutFlagged;
    QSet<QString> listed;
    const auto add = [&](const QString &code, const QString &name) {
        RankedUnit u;
        u.unitCode = code;
        u.unitName = name;
        u.counts = current->value(code);
        if (m_integrity.countFlags)
            u.flaggedEvaluations = flagged.value(code).evaluations;
        table.units << u;
        listed.insert(code);
    };
    for (const UnitInfo &info : d->directory->units(level, *scope, active))
        add(info.code, info.name);
    // Activity of units not synced yet (lists arrive in any order): listed by code when
    // the scope is everything (a narrower scope cannot place them).
    if (scope->kind == ScopeKind::Everything && level != UnitLevel::Area) {
        for (const QString &code : std::as_const(active)) {
            if (!listed.contains(code) && !d->directory->find(level, code))
                add(code, {});
        }
    }
    Ranking::rank(table.units, period, history, m_settings);
    return table;
}

// The units at grainOf(scope.kind) whose sum is the scope's total.
QSet<QString> IndicatorQuery::scopeUnits(const UnitScope &scope) const
{
    if (scope.kind == ScopeKind::Division) {
        const QStringList centers = d->directory->centersIn(scope);
        return QSet<QString>(centers.begin(), centers.end());
    }
    return {grainOf(scope.kind) == Grain::All ? QString() : scope.code};
}

std::optional<UnitCounts> IndicatorQuery::scopeCounts(const UnitScope &scope, const Period &period,
                                                      const QDateTime &now, StoreResult *error,
                                                      bool withHandling)
{
    const auto byUnit = countsByUnit(int(grainOf(scope.kind)), period, now, error, withHandling);
    if (!byUnit)
        return std::nullopt;
    UnitCounts total;
    for (const QString &unit : scopeUnits(scope))
        total += byUnit->value(unit);
    return total;
}

std::optional<UnitCounts> IndicatorQuery::counts(const QString &scopeCode, const Period &period,
                                                 const QDateTime &now, StoreResult *error)
{
    const auto scope = refreshedScope(scopeCode, error);
    if (!scope)
        return std::nullopt;
    return scopeCounts(*scope, period, now, error);
}

std::optional<QList<PeriodCounts>> IndicatorQuery::monthlyCounts(const QString &scopeCode,
                                                                 QDate firstMonth, QDate lastMonth,
                                                                 const QDateTime &now,
                                                                 StoreResult *error)
{
    const auto scope = refreshedScope(scopeCode, error);
    if (!scope)
        return std::nullopt;
    QList<PeriodCounts> out;
    for (const Period &month : monthsBetween(firstMonth, lastMonth)) {
        const auto c = scopeCounts(*scope, month, now, error, false);
        if (!c)
            return std::nullopt;
        out << PeriodCounts{month, *c};
    }
    return out;
}

std::optional<QList<ChannelCount>> IndicatorQuery::evaluationsByChannel(const QString &scopeCode,
                                                                        const Period &period,
                                                                        StoreResult *error)
{
    const auto scope = refreshedScope(scopeCode, error);
    if (!scope)
        return std::nullopt;
    const Grain grain = grainOf(scope->kind);
    const QSet<QString> units = scopeUnits(*scope);
    QHash<QString, ChannelCount> byChannel;
    auto add = [&](const QString &sql, const NamedBinds &binds) {
        auto q = run(sql, binds, tr("evaluations by channel"), error);
        while (q && q->next()) {
            if (!units.contains(q->value(0).toString()))
                continue;
            ChannelCount &cc = byChannel[q->value(1).toString()];
            cc.channelCode = q->value(1).toString();
            cc.evaluations += q->value(2).toLongLong();
            cc.validEvaluations += q->value(3).toLongLong();
        }
        return q.has_value();
    };
    const PeriodParts parts = splitIntoMonths(period);
    if (parts.hasMonths() && !add(IndicatorSql::monthChannelSql(grain),
                                  {{QStringLiteral(":m1"), monthText(parts.firstMonth)},
                                   {QStringLiteral(":m2"), monthText(parts.lastMonth)}}))
        return std::nullopt;
    for (const Period &span : parts.spans) {
        if (!add(IndicatorSql::referenceChannelSql(grain),
                 {{QStringLiteral(":ps"), IndicatorSql::periodStart(span)},
                  {QStringLiteral(":pe"), IndicatorSql::periodEnd(span)}}))
            return std::nullopt;
    }
    const ChannelTable channels = BadReviewQuery(m_cache, nullptr).channels();
    QList<ChannelCount> out = byChannel.values();
    for (ChannelCount &cc : out) {
        cc.channelName = channels.name(cc.channelCode);
        cc.kind = channels.kind(cc.channelCode);
    }
    std::sort(out.begin(), out.end(), [](const ChannelCount &a, const ChannelCount &b) {
        return a.evaluations != b.evaluations ? a.evaluations > b.evaluations
                                              : a.channelCode < b.channelCode;
    });
    return out;
}

std::optional<DashboardFigures> IndicatorQuery::dashboard(const QString &scopeCode,
                                                          const Period &period,
                                                          const QDateTime &now, StoreResult *error,
                                                          QList<ChaseCount> *chaseOut)
{
    const auto scope = refreshedScope(scopeCode, error);
    if (!scope)
        return std::nullopt;
    DashboardFigures f;
    f.scopeCode = scopeCode;
    const auto current = scopeCounts(*scope, period, now, error);
    const auto previous =
        current ? scopeCounts(*scope, period.previous(), now, error) : std::nullopt;
    if (!previous)
        return std::nullopt;
    f.current = {period, *current};
    f.previous = {period.previous(), *previous};
    const Grain grain = grainOf(scope->kind);
    const QSet<QString> units = scopeUnits(*scope);
    Connection &c = m_cache.connection();
    QSqlQuery q(c.database());
    q.prepare(IndicatorSql::openBadReviewsSql(grain));
    q.bindValue(QStringLiteral(":now"), StoredTime::toText(now));
    if (!q.exec())
        return setError(error, c.failure(q.lastError(), tr("open bad reviews"))), std::nullopt;
    while (q.next()) {
        if (!units.contains(q.value(0).toString()))
            continue;
        f.openBadReviews += q.value(1).toLongLong();
        f.overdueBadReviews += q.value(2).toLongLong();
    }
    const auto chase = chaseCounts(scopeCode, now, error);
    if (!chase)
        return std::nullopt;
    for (const ChaseCount &cc : *chase)
        f.chaseCases += cc.cases;
    if (chaseOut)
        *chaseOut = *chase;
    return f;
}

// The cases of a scope, as an SQL condition on `c`.
QString IndicatorQuery::scopeCondition(const UnitScope &scope, QVariantList &binds) const
{
    switch (scope.kind) {
    case ScopeKind::Everything:
        return QStringLiteral("1 = 1");
    case ScopeKind::Division: {
        const QStringList centers = d->directory->centersIn(scope);
        if (centers.isEmpty())
            return QStringLiteral("1 = 0");
        QStringList marks;
        for (const QString &center : centers) {
            marks << QStringLiteral("?");
            binds << center;
        }
        return QStringLiteral("c.center_code IN (%1)").arg(marks.join(QStringLiteral(", ")));
    }
    case ScopeKind::Center:
        binds << scope.code;
        return QStringLiteral("c.center_code = ?");
    case ScopeKind::Department:
        binds << scope.code;
        return QStringLiteral("c.dept_code = ?");
    case ScopeKind::Window:
        binds << scope.code;
        return QStringLiteral("c.window_code = ?");
    case ScopeKind::Unknown:
        break;
    }
    return QStringLiteral("1 = 0");
}

// 待评价办件: served, no non-withdrawn evaluation, finish ≤ now < finish + 7×24 h (the
// default of DefaultEvaluation.h not yet due).
QString IndicatorQuery::chaseConditions(const UnitScope &scope, const QString &deptCode,
                                        const QDateTime &now, QVariantList &binds) const
{
    binds << StoredTime::toText(now.addSecs(-kDefaultAfterSeconds)) << StoredTime::toText(now);
    QString sql = QStringLiteral(
        "c.withdrawn = 0 AND c.pro_status = 3 AND c.finish_date > ? AND c.finish_date <= ? AND "
        "NOT EXISTS (SELECT 1 FROM evaluations x WHERE x.project_no = c.project_no AND "
        "x.withdrawn = 0) AND ");
    sql += scopeCondition(scope, binds);
    if (!deptCode.isEmpty()) {
        sql += QStringLiteral(" AND c.dept_code = ?");
        binds << deptCode;
    }
    return sql;
}

std::optional<QList<ChaseItem>> IndicatorQuery::chaseList(const QString &scopeCode,
                                                          const QString &deptCode,
                                                          const QDateTime &now, qint64 offset,
                                                          int limit, StoreResult *error)
{
    const auto scope = refreshedScope(scopeCode, error);
    if (!scope)
        return std::nullopt;
    QVariantList binds;
    const QString where = chaseConditions(*scope, deptCode, now, binds);
    Connection &c = m_cache.connection();
    QSqlQuery q(c.database());
    q.prepare(
        QStringLiteral("SELECT c.project_no, c.task_code, si.task_name, c.center_code, oc.name, "
                       "c.dept_code, od.name, c.window_code, ow.name, c.staff_id, sf.name, "
                       "c.finish_date FROM cases c "
                       "LEFT JOIN service_items si ON si.task_code = c.task_code "
                       "LEFT JOIN org_units oc ON oc.org_code = c.center_code "
                       "LEFT JOIN org_units od ON od.org_code = c.dept_code "
                       "LEFT JOIN org_units ow ON ow.org_code = c.window_code "
                       "LEFT JOIN staff sf ON sf.staff_id = c.staff_id "
                       "WHERE %1 ORDER BY c.finish_date, c.project_no LIMIT ? OFFSET ?")
            .arg(where));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return setError(error, c.failure(q.lastError(), tr("cases not yet evaluated"))),
               std::nullopt;
    QList<ChaseItem> out;
    while (q.next()) {
        ChaseItem item;
        item.projectNo = q.value(0).toString();
        item.taskCode = q.value(1).toString();
        item.taskName = q.value(2).toString();
        item.centerCode = q.value(3).toString();
        item.centerName = q.value(4).toString();
        item.deptCode = q.value(5).toString();
        item.deptName = q.value(6).toString();
        item.windowCode = q.value(7).toString();
        item.windowName = q.value(8).toString();
        item.staffId = q.value(9).toString();
        item.staffName = q.value(10).toString();
        item.finishDate = StoredTime::fromText(q.value(11).toString());
        item.defaultAt = defaultEvaluationFrom(item.finishDate);
        out << item;
    }
    return out;
}

std::optional<QList<ChaseCount>>
IndicatorQuery::chaseCounts(const QString &scopeCode, const QDateTime &now, StoreResult *error)
{
    const auto scope = refreshedScope(scopeCode, error);
    if (!scope)
        return std::nullopt;
    QVariantList binds;
    const QString where = chaseConditions(*scope, {}, now, binds);
    Connection &c = m_cache.connection();
    QSqlQuery q(c.database());
    q.prepare(
        QStringLiteral("SELECT coalesce(c.dept_code, ''), max(od.name), count(*) FROM cases c "
                       "LEFT JOIN org_units od ON od.org_code = c.dept_code WHERE %1 "
                       "GROUP BY coalesce(c.dept_code, '') ORDER BY 1")
            .arg(where));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec())
        return setError(error, c.failure(q.lastError(), tr("cases not yet evaluated"))),
               std::nullopt;
    QList<ChaseCount> out;
    while (q.next())
        out << ChaseCount{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()};
    return out;
}

std::optional<QList<UnitInfo>> IndicatorQuery::units(UnitLevel level, const QString &scopeCode,
                                                     StoreResult *error)
{
    const auto scope = refreshedScope(scopeCode, error);
    if (!scope)
        return std::nullopt;
    return d->directory->units(level, *scope);
}

std::optional<QList<ScopeNode>> IndicatorQuery::scopeTree(StoreResult *error)
{
    if (StoreResult r = refresh(); !r.ok())
        return setError(error, r), std::nullopt;
    return d->directory->tree();
}

std::optional<QString> IndicatorQuery::scopeName(const QString &scopeCode, StoreResult *error)
{
    const auto scope = refreshedScope(scopeCode, error);
    if (!scope)
        return std::nullopt;
    return d->directory->nameOf(*scope);
}

} // namespace pingjia
