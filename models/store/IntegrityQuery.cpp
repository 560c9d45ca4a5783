// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/IntegrityQuery.h"

#include "models/store/CacheDatabase.h"
#include "models/store/IndicatorQuery.h"
#include "models/store/IntegrityFlagStore.h"
#include "models/store/IntegrityMemo.h"
#include "models/store/IntegrityPeriodMarks.h"
#include "models/store/Logging.h"
#include "models/store/ReadSnapshot.h"
#include "models/store/StoredTime.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace pingjia {

namespace {

// The department ranking of IndicatorQuery: the unit rule's counts.
std::optional<RankingTable> departmentRanking(CacheDatabase &cache, const Period &period,
                                              const QString &scopeCode, const QDateTime &now,
                                              StoreResult *error)
{
    StoreResult ignored;
    StoreResult &r = error ? *error : ignored;
    r = {};
    return IndicatorQuery(cache).ranking(UnitLevel::Department, period, scopeCode, now, &r);
}

// The staff members with a phone hash and the center they work in (a window's parent is
// its department, a department's parent its center).
const char kStaffPhones[] = R"(
    SELECT s.mobile_hash, s.org_code,
           CASE WHEN o.kind = 'department' THEN o.parent_code ELSE d.parent_code END AS center_code
      FROM staff s
      JOIN org_units o ON o.org_code = s.org_code
      LEFT JOIN org_units d ON d.org_code = o.parent_code
     WHERE s.mobile_hash IS NOT NULL AND s.withdrawn = 0)";

std::optional<qint64> optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

bool prepareAndRun(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    return q.exec();
}

QVariantList periodBinds(const Period &period)
{
    return {StoredTime::toSql(period.start()), StoredTime::toSql(period.end())};
}

// Runs `sql` on the calling thread's connection and turns each row into a Row with `read`;
// std::nullopt with `error` naming `what` when SQLite refuses.
template <typename Row, typename Read>
std::optional<QList<Row>> readRows(CacheDatabase &cache, const QString &sql,
                                   const QVariantList &binds, const char *what, StoreResult *error,
                                   Read read)
{
    Connection &c = cache.connection();
    QSqlQuery q(c.database());
    if (!prepareAndRun(q, sql, binds)) {
        *error = c.failure(q.lastError(), QStringLiteral("integrity: ") + QLatin1String(what));
        return std::nullopt;
    }
    QList<Row> out;
    while (q.next())
        out.append(read(q));
    return out;
}

// In rule order, then by evalId / unitCode (as runRules gives them).
void sortFlags(QList<IntegrityFlag> &flags)
{
    std::stable_sort(
        flags.begin(), flags.end(), [](const IntegrityFlag &a, const IntegrityFlag &b) {
            if (a.rule != b.rule)
                return int(a.rule) < int(b.rule);
            return a.evalId != b.evalId ? a.evalId < b.evalId : a.unitCode < b.unitCode;
        });
}

// The flags of the departments of `departments` (all of them for an unscoped ranking).
QList<IntegrityFlag> keptToScope(QList<IntegrityFlag> flags, const RankingTable &departments)
{
    if (departments.scopeCode.isEmpty())
        return flags;
    QSet<QString> inScope;
    for (const RankedUnit &u : departments.units)
        inScope.insert(u.unitCode);
    flags.removeIf([&](const IntegrityFlag &f) { return !inScope.contains(f.unitCode); });
    return flags;
}

// The period's evaluations the SQL rules read (bound: the period's bounds), as the
// common table `m` of every candidate below: read once for all four rules
// (evaluationFlagsBySql) instead of once per rule (measured at 1M, October 2026: about
// 60 ms of 470 ms CPU, warm).
const char kPeriodRows[] =
    "m AS MATERIALIZED (SELECT eval_id, project_no, center_code, dept_code, window_code, "
    "level, valid, assess_time, mobile_hash, coalesce(cert_hash, mobile_hash) AS who "
    "FROM evaluations WHERE withdrawn = 0 AND assess_time BETWEEN ? AND ?)";

// The SQL candidate of one evaluation rule over `m`: rows (eval_id, dept_code,
// window_code); the settings are integers, written into the text so that the period's
// bounds are the only binds. Each names the domain function it mirrors
// (models/domain/IntegrityRules.h); tst_integrityquery compares them on the same rows.
QString candidateSql(IntegrityRule rule, const IntegritySettings &settings)
{
    switch (rule) {
    case IntegrityRule::StaffEvaluator:
        // Mirrors staffEvaluatorFlags: the evaluator's mobile hash equals the phone hash of
        // a staff member of the evaluated center.
        // EXISTS, not a join with DISTINCT: SQLite would read every evaluation in eval_id
        // order to skip the sort.
        return QStringLiteral("SELECT e.eval_id, e.dept_code, e.window_code FROM m e "
                              "WHERE e.mobile_hash IS NOT NULL AND EXISTS (SELECT 1 FROM (%1) sp "
                              "WHERE sp.mobile_hash = e.mobile_hash "
                              "AND sp.center_code = e.center_code)")
            .arg(QString::fromLatin1(kStaffPhones));
    case IntegrityRule::RepeatEvaluator:
        // Mirrors repeatEvaluatorFlags: every evaluation of an evaluator (the ID number's
        // hash when given, else the mobile's) who rated at least repeatMinCases different
        // cases (a missing case number counts as one case, as the empty string there).
        return QStringLiteral("SELECT eval_id, dept_code, window_code FROM m WHERE who IN "
                              "(SELECT who FROM m WHERE who IS NOT NULL GROUP BY who "
                              "HAVING count(DISTINCT coalesce(project_no, '')) >= %1)")
            .arg(settings.repeatMinCases);
    case IntegrityRule::LevelFiveBurst:
        // Mirrors levelFiveBurstFlags: a valid level-5 evaluation on a window is marked
        // when some span of burstMinutes holding it holds burstMinCount of them. n: how
        // many end at each one's time within the span; marked when a row up to a span
        // later has n ≥ burstMinCount. Stored times are UTC+8 text: their differences
        // in seconds are those of the domain's QDateTimes. The window functions cost most,
        // so they run only on windows that can hold a burst: a span lies within two
        // consecutive span-long buckets, so some pair of them must hold burstMinCount.
        return QStringLiteral(
                   "WITH f AS (SELECT eval_id, dept_code, window_code, "
                   "CAST(strftime('%s', assess_time) AS INTEGER) AS t FROM m "
                   "WHERE level = 5 AND valid = 1 AND window_code <> ''), "
                   "b AS (SELECT window_code, t / %1 AS bucket, count(*) AS n FROM f "
                   "GROUP BY 1, 2), "
                   "w AS (SELECT DISTINCT b1.window_code FROM b b1 LEFT JOIN b b2 "
                   "ON b2.window_code = b1.window_code AND b2.bucket = b1.bucket + 1 "
                   "WHERE b1.n + coalesce(b2.n, 0) >= %2), "
                   "g AS (SELECT * FROM f WHERE window_code IN (SELECT window_code FROM w)), "
                   "c AS (SELECT *, count(*) OVER (PARTITION BY window_code ORDER BY t "
                   "RANGE BETWEEN %1 PRECEDING AND CURRENT ROW) AS n FROM g), "
                   "k AS (SELECT *, max(n) OVER (PARTITION BY window_code ORDER BY t "
                   "RANGE BETWEEN CURRENT ROW AND %1 FOLLOWING) AS best FROM c) "
                   "SELECT eval_id, dept_code, window_code FROM k WHERE best >= %2")
            .arg(qint64(settings.burstMinutes) * 60)
            .arg(settings.burstMinCount);
    case IntegrityRule::EvaluatedBeforeFinish:
        // Mirrors evaluatedBeforeFinishFlags: assessed before the case's finishDate (stored
        // times compare as text: "yyyy-MM-dd HH:mm:ss").
        return QStringLiteral("SELECT e.eval_id, e.dept_code, e.window_code "
                              "FROM m e JOIN cases c "
                              "ON c.project_no = e.project_no AND c.withdrawn = 0 "
                              "WHERE c.finish_date IS NOT NULL "
                              "AND e.assess_time < c.finish_date");
    case IntegrityRule::FollowUpStaffPhone:
    case IntegrityRule::CeilingLowCoverage:
        break; // not evaluation rules over the period's evaluations
    }
    return {};
}

// The candidates of `rules` in one statement over one read of the period's rows: rows
// (rule, eval_id, dept_code, window_code).
QString candidatesSql(std::initializer_list<IntegrityRule> rules, const IntegritySettings &settings)
{
    QStringList parts;
    for (IntegrityRule rule : rules)
        parts << QStringLiteral("SELECT %1 AS rule, * FROM (%2)")
                     .arg(int(rule))
                     .arg(candidateSql(rule, settings));
    return QStringLiteral("WITH %1 %2")
        .arg(QString::fromLatin1(kPeriodRows), parts.join(QStringLiteral(" UNION ALL ")));
}

// The set the cache file keeps for `key` while its marks hold. Failures are logged, not
// returned: the stored set is an optimisation, and a damaged table must not cost the
// figures (the rules then run).
std::optional<QList<IntegrityFlag>> storedFlags(IntegrityFlagStore &stored,
                                                IntegrityPeriodMarks &marks,
                                                const IntegrityMemo::Key &key, const Period &period)
{
    auto unreadable = [](const StoreResult &failure) {
        qCWarning(lcStore) << "stored integrity flags unreadable, running the rules:"
                           << failure.message;
    };
    StoreResult checked, read;
    auto out = stored.find(
        key,
        [&](const QString &text) {
            const auto holds = marks.hold(period, text, &checked);
            if (!holds)
                unreadable(checked);
            return holds.value_or(false);
        },
        &read);
    if (!read.ok())
        unreadable(read);
    return out;
}

} // namespace

IntegrityQuery::IntegrityQuery(CacheDatabase &cache) : m_cache(cache)
{
}

std::optional<QList<IntegrityEvaluation>> IntegrityQuery::evaluations(const Period &period,
                                                                      StoreResult *error)
{
    const QString sql = QStringLiteral(
        "SELECT e.eval_id, e.project_no, e.center_code, e.dept_code, e.window_code, e.level, "
        "e.valid, e.assess_time, c.finish_date, e.mobile_hash, e.cert_hash "
        "FROM evaluations e LEFT JOIN cases c ON c.project_no = e.project_no AND c.withdrawn = 0 "
        "WHERE e.withdrawn = 0 AND e.assess_time BETWEEN ? AND ?");
    return readRows<IntegrityEvaluation>(m_cache, sql, periodBinds(period), "evaluations", error,
                                         [](const QSqlQuery &q) {
                                             IntegrityEvaluation e;
                                             e.evalId = q.value(0).toString();
                                             e.projectNo = q.value(1).toString();
                                             e.centerCode = q.value(2).toString();
                                             e.deptCode = q.value(3).toString();
                                             e.windowCode = q.value(4).toString();
                                             e.level = q.value(5).toInt();
                                             e.valid = q.value(6).toInt() != 0;
                                             e.assessTime = StoredTime::fromSql(q.value(7));
                                             e.caseFinish = StoredTime::fromSql(q.value(8));
                                             e.mobileHash = optionalInt(q.value(9));
                                             e.certHash = optionalInt(q.value(10));
                                             return e;
                                         });
}

std::optional<QList<StaffPhone>> IntegrityQuery::staffPhones(StoreResult *error)
{
    return readRows<StaffPhone>(m_cache, QString::fromLatin1(kStaffPhones), {}, "staff phones",
                                error, [](const QSqlQuery &q) {
                                    return StaffPhone{q.value(0).toLongLong(),
                                                      q.value(2).toString(), q.value(1).toString()};
                                });
}

std::optional<QList<FollowUpCall>> IntegrityQuery::followUpCalls(const Period &period,
                                                                 StoreResult *error)
{
    const QString sql = QStringLiteral(
        "SELECT b.eval_id, e.center_code, e.dept_code, b.follow_up_phone_hash "
        "FROM bad_reviews b JOIN evaluations e ON e.eval_id = b.eval_id "
        "WHERE b.follow_up_phone_hash IS NOT NULL AND b.withdrawn = 0 AND e.withdrawn = 0 "
        "AND e.assess_time BETWEEN ? AND ?");
    return readRows<FollowUpCall>(
        m_cache, sql, periodBinds(period), "follow-up calls", error, [](const QSqlQuery &q) {
            return FollowUpCall{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toLongLong()};
        });
}

// The period's evaluations, the staff phones and the follow-up calls (no units yet).
std::optional<IntegrityInput> IntegrityQuery::rows(const Period &period, StoreResult &r)
{
    IntegrityInput in;
    auto evaluations = this->evaluations(period, &r);
    if (!evaluations)
        return std::nullopt;
    in.evaluations = std::move(*evaluations);
    auto staff = staffPhones(&r);
    if (!staff)
        return std::nullopt;
    in.staff = std::move(*staff);
    auto calls = followUpCalls(period, &r);
    if (!calls)
        return std::nullopt;
    in.followUpCalls = std::move(*calls);
    return in;
}

std::optional<IntegrityInput> IntegrityQuery::input(const Period &period, const QString &scopeCode,
                                                    const QDateTime &now, StoreResult *error)
{
    const auto ranking = departmentRanking(m_cache, period, scopeCode, now, error);
    return ranking ? input(*ranking, error) : std::nullopt;
}

std::optional<IntegrityInput> IntegrityQuery::input(const RankingTable &departments,
                                                    StoreResult *error)
{
    StoreResult ignored;
    StoreResult &r = error ? *error : ignored;
    r = {};
    auto in = rows(departments.period, r);
    if (!in)
        return std::nullopt;
    for (const RankedUnit &u : departments.units)
        in->units.append(IntegrityUnit{u.unitCode, u.counts});
    return in;
}

QList<IntegrityFlag> IntegrityQuery::runRules(const IntegrityInput &in,
                                              const IntegritySettings &settings)
{
    QList<IntegrityFlag> out;
    out += staffEvaluatorFlags(in.evaluations, in.staff);
    out += repeatEvaluatorFlags(in.evaluations, settings);
    out += levelFiveBurstFlags(in.evaluations, settings);
    out += followUpStaffPhoneFlags(in.followUpCalls, in.staff);
    out += ceilingLowCoverageFlags(in.units, settings);
    out += evaluatedBeforeFinishFlags(in.evaluations);
    sortFlags(out);
    return out;
}

std::optional<QList<IntegrityFlag>>
IntegrityQuery::evaluationFlags(const Period &period, const IntegritySettings &settings,
                                StoreResult *error)
{
    StoreResult ignored;
    StoreResult &r = error ? *error : ignored;
    r = {};
    const IntegrityMemo::Key key{m_cache.path(),
                                 StoredTime::toSql(period.start()).toString(),
                                 StoredTime::toSql(period.end()).toString(),
                                 settings.repeatMinCases,
                                 settings.burstMinCount,
                                 settings.burstMinutes};
    Connection &c = m_cache.connection();
    // The marks and the flags read from one snapshot, so a sync committing in between
    // cannot leave newer flags under older marks (in a caller's transaction: its own).
    std::optional<ReadSnapshot> snapshot;
    if (c.transactionDepth() == 0)
        snapshot.emplace(c);
    const auto marks =
        readRows<QVariantList>(m_cache, QString::fromLatin1(IntegrityMemo::marksSql()), {}, "marks",
                               &r, [](const QSqlQuery &q) {
                                   QVariantList row;
                                   for (int i = 0; i < IntegrityMemo::kMarkColumns; ++i)
                                       row << q.value(i);
                                   return row;
                               });
    if (!marks || marks->size() != 1)
        return std::nullopt;
    if (auto kept = IntegrityMemo::find(key, marks->constFirst()))
        return kept;
    IntegrityFlagStore stored(c);
    IntegrityPeriodMarks periodMarks(m_cache);
    auto out = storedFlags(stored, periodMarks, key, period);
    const bool fromFile = out.has_value();
    std::optional<QString> marksNow;
    if (!out) {
        out = evaluationRules(period, settings, &r);
        marksNow = out ? periodMarks.now(period) : std::nullopt;
    }
    if (!out)
        return std::nullopt;
    if (snapshot && snapshot->status().ok())
        snapshot->end(); // storing takes the write lock: no read transaction left open
    IntegrityMemo::store(key, marks->constFirst(), *out);
    if (marksNow && !fromFile)
        stored.store(key, *marksNow, *out);
    return out;
}

std::optional<QList<IntegrityFlag>>
IntegrityQuery::evaluationRules(const Period &period, const IntegritySettings &settings,
                                StoreResult *error)
{
    auto out = evaluationFlagsBySql(period, settings, error);
    const auto staff = out ? staffPhones(error) : std::nullopt;
    const auto calls = staff ? followUpCalls(period, error) : std::nullopt;
    if (!calls)
        return std::nullopt;
    for (IntegrityFlag f : followUpStaffPhoneFlags(*calls, *staff)) {
        f.evidence.clear();
        out->append(std::move(f));
    }
    sortFlags(*out);
    return out;
}

std::optional<QList<IntegrityFlag>>
IntegrityQuery::flags(const Period &period, const QString &scopeCode, const QDateTime &now,
                      const IntegritySettings &settings, StoreResult *error)
{
    const auto ranking = departmentRanking(m_cache, period, scopeCode, now, error);
    return ranking ? flags(*ranking, settings, error) : std::nullopt;
}

std::optional<QList<IntegrityFlag>> IntegrityQuery::flags(const RankingTable &departments,
                                                          const IntegritySettings &settings,
                                                          StoreResult *error)
{
    const auto in = input(departments, error);
    if (!in)
        return std::nullopt;
    return keptToScope(runRules(*in, settings), departments);
}

std::optional<QList<IntegrityFlag>>
IntegrityQuery::evaluationFlagsBySql(const Period &period, const IntegritySettings &settings,
                                     StoreResult *error)
{
    return candidates(
        candidatesSql({IntegrityRule::StaffEvaluator, IntegrityRule::RepeatEvaluator,
                       IntegrityRule::LevelFiveBurst, IntegrityRule::EvaluatedBeforeFinish},
                      settings),
        period, error);
}

std::optional<QList<IntegrityFlag>>
IntegrityQuery::flagsWithoutEvidence(const RankingTable &departments,
                                     const IntegritySettings &settings, StoreResult *error)
{
    auto out = evaluationFlags(departments.period, settings, error);
    if (!out)
        return std::nullopt;
    QList<IntegrityUnit> units;
    for (const RankedUnit &u : departments.units)
        units.append(IntegrityUnit{u.unitCode, u.counts});
    for (IntegrityFlag f : ceilingLowCoverageFlags(units, settings)) {
        f.evidence.clear();
        out->append(std::move(f));
    }
    sortFlags(*out);
    return keptToScope(std::move(*out), departments);
}

std::optional<QList<IntegrityFlag>>
IntegrityQuery::candidates(const QString &sql, const Period &period, StoreResult *error)
{
    StoreResult ignored;
    return readRows<IntegrityFlag>(m_cache, sql, periodBinds(period), "candidates",
                                   error ? error : &ignored, [](const QSqlQuery &q) {
                                       return IntegrityFlag{IntegrityRule(q.value(0).toInt()),
                                                            q.value(1).toString(),
                                                            q.value(2).toString(),
                                                            q.value(3).toString(),
                                                            {}};
                                   });
}

std::optional<QStringList> IntegrityQuery::ids(IntegrityRule rule,
                                               const IntegritySettings &settings,
                                               const Period &period, StoreResult *error)
{
    const auto flags = candidates(candidatesSql({rule}, settings), period, error);
    if (!flags)
        return std::nullopt;
    QStringList out;
    for (const IntegrityFlag &f : *flags)
        out.append(f.evalId);
    out.sort();
    return out;
}

std::optional<QStringList> IntegrityQuery::staffEvaluatorIds(const Period &period,
                                                             StoreResult *error)
{
    return ids(IntegrityRule::StaffEvaluator, {}, period, error);
}

std::optional<QStringList> IntegrityQuery::repeatEvaluatorIds(const Period &period,
                                                              const IntegritySettings &settings,
                                                              StoreResult *error)
{
    return ids(IntegrityRule::RepeatEvaluator, settings, period, error);
}

std::optional<QStringList> IntegrityQuery::levelFiveBurstIds(const Period &period,
                                                             const IntegritySettings &settings,
                                                             StoreResult *error)
{
    return ids(IntegrityRule::LevelFiveBurst, settings, period, error);
}

std::optional<QStringList> IntegrityQuery::evaluatedBeforeFinishIds(const Period &period,
                                                                    StoreResult *error)
{
    return ids(IntegrityRule::EvaluatedBeforeFinish, {}, period, error);
}

} // namespace pingjia
